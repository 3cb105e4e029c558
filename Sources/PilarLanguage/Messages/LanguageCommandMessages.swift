import PilarCore

/// Messages of `.lang`, the command that chooses the language pilar speaks.
public enum LanguageCommandMessage: String, MessageKey {
    case current
    case unknownLanguage
    case languageList
    case tooManyArguments

    public static let area = "lang"

    public var english: String {
        switch self {
        case .current: "language: {name} ({tag}); .lang en or .lang id changes it"
        case .unknownLanguage: "unknown language '{name}'"
        case .languageList: "languages: en (English), id (Bahasa Indonesia)"
        case .tooManyArguments: ".lang takes at most one language"
        }
    }
}
