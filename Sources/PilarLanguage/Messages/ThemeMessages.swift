import PilarCore

/// Messages of `.theme`: its argument mistakes and what it says about the current theme.
public enum ThemeMessage: String, MessageKey {
    case themeArguments, unknownTheme, themesAre
    case currentDefault, currentProjector

    public static let area = "theme"

    public var english: String {
        switch self {
        case .themeArguments: ".theme takes default or projector"
        case .unknownTheme: "unknown theme '{name}'"
        case .themesAre: "themes: {names}"
        case .currentDefault: "the theme is default; .theme projector gives high contrast and wider cells for a projector"
        case .currentProjector: "the theme is projector (high contrast, wider cells); .theme default changes it back"
        }
    }
}
