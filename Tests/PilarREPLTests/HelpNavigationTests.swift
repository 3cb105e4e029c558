import PilarLanguage
import PilarStore
import Testing
@testable import PilarREPL

/// `.help` covers the additions of issue #8 that are names rather than functions or stages:
/// previous/next (from the catalog's sequence declaration) and outer.
@Suite struct HelpNavigationTests {
    @Test func previousAndNextAreOnTheDataPageFromTheCatalog() {
        #expect(HelpCatalog.lookup("previous").topicName == "data")
        #expect(HelpCatalog.lookup("next").topicName == "data")
        guard case .found(let topic) = HelpCatalog.lookup("data") else {
            Issue.record("no data topic")
            return
        }
        #expect(topic.syntax.contains { $0.contains("previous, next: the measurement of the same indicator, year − 1, + 1") })
        #expect(topic.examples.contains { $0.contains("previous.actual") })
    }

    @Test func outerIsOnTheExpressionsPage() {
        #expect(HelpCatalog.lookup("outer").topicName == "expressions")
        guard case .found(let topic) = HelpCatalog.lookup("expressions") else {
            Issue.record("no expressions topic")
            return
        }
        #expect(topic.syntax.contains { $0.contains("outer.year") })
        #expect(topic.syntax.contains { $0.contains("previous.actual") })
        #expect(topic.examples.contains { $0.contains("outer.") })
    }

    @Test func windowPagePointsToTheWindowFunctions() {
        guard case .found(let topic) = HelpCatalog.lookup("window") else {
            Issue.record("no window topic")
            return
        }
        #expect(topic.body.contains("See .help window-functions."))
        #expect(HelpCatalog.lookup("window-functions").topicName == "window-functions")
    }
}
