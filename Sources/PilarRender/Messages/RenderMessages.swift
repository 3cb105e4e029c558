import PilarCore

/// Messages of the renderers: the row-count footer under a table.
public enum RenderMessage: String, MessageKey {
    case oneRow, rows

    public static let area = "render"

    public var english: String {
        switch self {
        case .oneRow: "1 row"
        // `count` is already grouped in the session's number locale (`1,500`).
        case .rows: "{count} rows"
        }
    }
}
