/// The language pilar speaks to its user: messages, help, band names and the shell's words.
///
/// Chosen with `--lang`, `.lang`, `PILAR_LANG`, or the locale of the environment (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`) when it names Indonesian. Queries accept the words of both
/// languages whatever is chosen; only what pilar writes changes.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case english = "en"
    case indonesian = "id"

    /// Reads `en`, `id`, `english`, `indonesian`, `bahasa`, and locale names such as
    /// `id_ID.UTF-8` or `en_US`; nil for anything else.
    public init?(tag: String) {
        switch Self.languagePart(of: tag) {
        case "en", "english", "inggris": self = .english
        case "id", "in", "indonesian", "indonesia", "bahasa": self = .indonesian
        default: return nil
        }
    }

    /// The language part of a tag or POSIX locale name, lowercased: `id` of `id_ID.UTF-8`,
    /// `en` of `en-US`. The number locale (`--locale`) reads its tags the same way.
    public static func languagePart(of tag: String) -> String {
        tag.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." || $0 == "@" }).first.map(String.init) ?? ""
    }

    /// The language the environment asks for: `PILAR_LANG` first, then the POSIX locale
    /// variables in their order of precedence. English when nothing names a language pilar
    /// speaks (the `C` locale, an unknown one, nothing set).
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        if let chosen = environment["PILAR_LANG"], let language = Language(tag: chosen) { return language }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            // The first variable that is set decides, as for every POSIX program.
            return Language(tag: value) ?? .english
        }
        return .english
    }

    /// The language's own name, as `.lang` lists it.
    public var name: String {
        switch self {
        case .english: "English"
        case .indonesian: "Bahasa Indonesia"
        }
    }
}
