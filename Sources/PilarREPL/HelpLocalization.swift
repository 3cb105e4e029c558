import PilarCore
import PilarLanguage

/// A help topic's words in another language. The name, aliases and examples are shared by
/// every language (they are what is typed); nil syntax keeps the English lines, which are
/// then code only or built from a registry.
struct HelpTranslation {
    var summary: String?
    var syntax: [String]?
    var body: String
}

extension HelpTopics {
    /// The introduction `.help` starts with, in `language`.
    static func introduction(in language: Language) -> String {
        switch language {
        case .english: introduction
        case .indonesian: indonesianIntroduction
        }
    }

    /// The translations of the topics for `language`, keyed by topic name; empty for English,
    /// whose text is the topics' own.
    static func translations(in language: Language) -> [String: HelpTranslation] {
        switch language {
        case .english: [:]
        case .indonesian: indonesianTopics
        }
    }

    /// `topic` with its words in `language`: a stage's page from the stage registry's
    /// translations, registry lines (functions, commands) from their entries, the rest from
    /// the language's topic catalogue.
    static func localized(_ topic: HelpTopic, in language: Language) -> HelpTopic {
        guard language != .english else { return topic }
        var page = topic
        if stages.contains(where: { $0.name == topic.name }),
           let stage = StageDeclaration.all.first(where: { $0.name == topic.name }) {
            page.summary = stage.summary(in: language)
            page.body = stage.help(in: language) ?? topic.body
            return page
        }
        switch topic.name {
        case "functions": page.syntax = registryLines(ScalarFunction.all.map { ($0.signature, $0.help(in: language)) })
        case "aggregates": page.syntax = registryLines(AggregateFunction.all.map { ($0.signature, $0.help(in: language)) })
        case "window-functions": page.syntax = registryLines(WindowFunction.all.map { ($0.signature, $0.help(in: language)) })
        case "commands":
            page.summary = ShellMessage.commandsSummary.template(in: language)
            page.syntax = Shell.helpOrder(engine: Session.commands.map(\.spec)).map {
                $0.usage.padded(to: commandUsageWidth) + Shell.summary(of: $0, in: language)
            }
        default: break
        }
        if let translation = translations(in: language)[topic.name] {
            if let summary = translation.summary { page.summary = summary }
            if let syntax = translation.syntax { page.syntax = syntax }
            page.body = translation.body
        }
        return page
    }
}
