import Testing
@testable import PilarREPL

@Suite struct HelpTests {
    static let stageNames = ["where", "select", "extend", "sort", "take", "top", "summarize", "count", "distinct"]
    static let required = stageNames + ["expressions", "functions", "aggregates", "data", "formats", "commands"]

    @Test(arguments: required)
    func everyRequiredTopicExistsWithAnExample(name: String) {
        guard case .found(let topic) = HelpCatalog.lookup(name) else {
            Issue.record("no help topic '\(name)'")
            return
        }
        #expect(topic.name == name)
        #expect(!topic.examples.isEmpty)
        #expect(topic.text.contains("Example"))
        #expect(!topic.body.isEmpty)
    }

    @Test(arguments: stageNames)
    func stageExamplesUseTheStage(name: String) {
        guard case .found(let topic) = HelpCatalog.lookup(name) else { return }
        #expect(topic.examples.contains { $0.contains("| \(name)") }, "no example of \(name) in a pipeline")
        #expect(topic.syntax.contains { $0.hasPrefix(name) })
    }

    @Test func lookupIgnoresCaseDotsAndAcceptsAliases() {
        #expect(HelpCatalog.lookup("WHERE") == HelpCatalog.lookup("where"))
        #expect(HelpCatalog.lookup(".format").topicName == "formats")
        #expect(HelpCatalog.lookup("data model").topicName == "data")
        #expect(HelpCatalog.lookup("dot-commands").topicName == "commands")
        #expect(HelpCatalog.lookup("pager").topicName == "commands")
        #expect(HelpCatalog.lookup("sum").topicName == "aggregates")
        #expect(HelpCatalog.lookup("coalesce").topicName == "functions")
    }

    @Test func unknownTopicSuggestsOne() {
        #expect(HelpCatalog.lookup("summarise") == .notFound(suggestion: "summarize"))
        #expect(HelpCatalog.lookup("xyzzy") == .notFound(suggestion: nil))
    }

    @Test func topicNamesAndAliasesAreUnique() {
        var seen: [String: String] = [:]
        for topic in HelpTopics.all {
            for word in [topic.name] + topic.aliases {
                #expect(seen[word] == nil, "'\(word)' names both \(seen[word] ?? "") and \(topic.name)")
                seen[word] = topic.name
            }
        }
    }

    @Test func indexListsEveryTopic() {
        let index = HelpCatalog.index()
        #expect(index.contains("programmes | where pillar == \"mobility\" | top 5 by budget"))
        for topic in HelpTopics.all {
            #expect(index.contains("  \(topic.name) "), "index misses \(topic.name)")
        }
    }

    @Test func pageLayout() {
        let topic = HelpTopic(name: "take", summary: "keep rows", syntax: ["take N"], body: "Keeps N.",
                              examples: ["opds | take 3"])
        #expect(topic.text == """
            take — keep rows

              take N

            Keeps N.

            Example:
              opds | take 3

            """)
    }

    @Test func examplesArePublishedForTheLanguageTests() {
        #expect(REPL.helpExamples.contains("programmes | top 5 by budget"))
        #expect(REPL.helpExamples.count == HelpTopics.all.map(\.examples.count).reduce(0, +))
    }
}

extension HelpCatalog.Lookup {
    var topicName: String? {
        if case .found(let topic) = self { topic.name } else { nil }
    }
}
