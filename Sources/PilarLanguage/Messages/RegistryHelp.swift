import PilarCore

/// The help of registry entries (stages, functions, aggregates, window functions,
/// dot-commands) in the session's language. The English text is part of each entry's
/// declaration; the other languages' texts are in their catalogue
/// (`Messages/Indonesian/RegistryHelp+Indonesian.swift`), keyed by the entry
/// (`stage.where.summary`, `function.round`). `RegistryHelpTests` fails when an entry has no
/// translation or a translation names no entry.
public enum RegistryHelp {
    /// The text for `key` in `language`; the English text when no translation exists (the
    /// test makes sure none is missing).
    public static func text(_ key: String, english: String, in language: Language) -> String {
        switch language {
        case .english: english
        case .indonesian: indonesian[key] ?? english
        }
    }

    /// Every key the registries have, with the English text: what the catalogue must cover.
    public static var englishEntries: [String: String] {
        var entries: [String: String] = [:]
        for stage in StageDeclaration.all {
            entries["stage.\(stage.name).summary"] = stage.summary
            if let help = stage.help { entries["stage.\(stage.name).help"] = help }
        }
        for function in ScalarFunction.all { entries["function.\(function.name)"] = function.help }
        for aggregate in AggregateFunction.all { entries["aggregate.\(aggregate.name)"] = aggregate.help }
        for window in WindowFunction.all { entries["window.\(window.name)"] = window.help }
        for command in Session.commands.map(\.spec) { entries["command.\(command.name)"] = command.summary }
        return entries
    }
}

extension StageDeclaration {
    public func summary(in language: Language) -> String {
        RegistryHelp.text("stage.\(name).summary", english: summary, in: language)
    }

    public func help(in language: Language) -> String? {
        help.map { RegistryHelp.text("stage.\(name).help", english: $0, in: language) }
    }
}

extension ScalarFunction {
    public func help(in language: Language) -> String { RegistryHelp.text("function.\(name)", english: help, in: language) }
}

extension AggregateFunction {
    public func help(in language: Language) -> String { RegistryHelp.text("aggregate.\(name)", english: help, in: language) }
}

extension WindowFunction {
    public func help(in language: Language) -> String { RegistryHelp.text("window.\(name)", english: help, in: language) }
}

extension CommandSpec {
    public func summary(in language: Language) -> String {
        RegistryHelp.text("command.\(name)", english: summary, in: language)
    }
}
