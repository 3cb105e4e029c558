import PilarLanguage
@testable import PilarREPL
import Testing

/// `.help check` lists every declared rule with its help, and a rule's name finds the page.
@Suite struct CheckHelpTests {
    @Test func helpListsEveryRule() {
        guard case .found(let topic) = HelpCatalog.lookup("check") else {
            Issue.record("no help topic 'check'")
            return
        }
        for rule in CheckRule.all {
            #expect(topic.syntax.contains { $0.hasPrefix(rule.name) && $0.hasSuffix(rule.summary) })
            #expect(topic.body.contains("\(rule.name): \(rule.help)."))
        }
        #expect(topic.body.contains("--strict"))
        #expect(HelpCatalog.lookup("strict").topicName == "check")
        #expect(HelpCatalog.lookup("missing_actual").topicName == "check")
    }

    @Test func indonesianHelpListsEveryRuleInIndonesian() {
        guard let topic = HelpTopics.all.first(where: { $0.name == "check" }) else {
            Issue.record("no help topic 'check'")
            return
        }
        let page = HelpTopics.localized(topic, in: .indonesian)
        for rule in CheckRule.all {
            #expect(page.syntax.contains { $0.hasPrefix(rule.name) && $0.hasSuffix(rule.summary(in: .indonesian)) })
            #expect(page.body.contains("\(rule.name): \(rule.help(in: .indonesian))."))
            #expect(!page.body.contains(rule.help))
        }
        #expect(page.body.contains("  past_end_not_done: program yang end_year-nya sebelum tahun acuan"))
    }
}
