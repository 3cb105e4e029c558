import Foundation
import PilarCore

/// One page of `.help`: a short explanation of a stage, a part of the language, or the shell,
/// with examples that run on the demo data.
struct HelpTopic: Equatable {
    /// The name typed after `.help`.
    var name: String
    /// Other words that find this topic (`aggregate`, `schema`, `pager`).
    var aliases: [String] = []
    /// One line for the topic index.
    var summary: String
    /// The syntax, one form per line; empty when the topic has none.
    var syntax: [String] = []
    /// A few sentences of explanation.
    var body: String
    /// Statements to try, each runnable on the demo data.
    var examples: [String]

    /// The full page as printed by `.help NAME`.
    var text: String { text(in: .english) }

    /// The page in `language`: its words translated (`HelpTopics.localized`), its name,
    /// code and examples as they are.
    func text(in language: Language) -> String {
        let page = HelpTopics.localized(self, in: language)
        return page.layout(in: language)
    }

    private func layout(in language: Language) -> String {
        var out = "\(name) — \(summary)\n"
        if !syntax.isEmpty {
            out += "\n" + syntax.map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        out += "\n" + body + "\n"
        if !examples.isEmpty {
            let heading = examples.count == 1 ? ShellMessage.exampleHeading : ShellMessage.examplesHeading
            out += "\n" + heading.template(in: language) + "\n"
            out += examples.map { "  " + $0.replacingOccurrences(of: "\n", with: "\n  ") }.joined(separator: "\n") + "\n"
        }
        return out
    }
}

/// Finds help pages and writes the index.
enum HelpCatalog {
    /// The result of looking a topic up.
    enum Lookup: Equatable {
        case found(HelpTopic)
        case notFound(suggestion: String?)
    }

    /// Looks `query` up by name or alias, ignoring case and a leading dot, so `.help .format`
    /// and `.help Where` both work.
    static func lookup(_ query: String, in topics: [HelpTopic] = HelpTopics.all) -> Lookup {
        let key = normalized(query)
        if let topic = topics.first(where: { normalized($0.name) == key || $0.aliases.contains { normalized($0) == key } }) {
            return .found(topic)
        }
        return .notFound(suggestion: DidYouMean.suggest(key, from: topics.map(\.name)))
    }

    /// The page `.help` prints with no topic: how to start, then every topic with its summary.
    static func index(topics: [HelpTopic] = HelpTopics.all, in language: Language = .english) -> String {
        let width = topics.map(\.name.count).max() ?? 0
        var out = HelpTopics.introduction(in: language) + "\n\n" + ShellMessage.topicsHeading.template(in: language) + "\n"
        for topic in topics {
            out += "  " + topic.name.padded(to: width + 2) + HelpTopics.localized(topic, in: language).summary + "\n"
        }
        return out
    }

    private static func normalized(_ text: String) -> String {
        var key = text.lowercased().trimmingCharacters(in: .whitespaces)
        if key.hasPrefix(".") { key.removeFirst() }
        return key.replacingOccurrences(of: " ", with: "-")
    }
}

extension String {
    /// Pads with spaces on the right to `length` characters (never cuts).
    func padded(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}

extension REPL {
    /// Every example statement `.help` shows, in order (dot-commands included), so the
    /// language's own tests can check that each one runs on the demo data.
    public static var helpExamples: [String] { HelpTopics.all.flatMap(\.examples) }
}
