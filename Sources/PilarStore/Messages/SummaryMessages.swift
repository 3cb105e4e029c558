import PilarCore

/// Messages that sum up the store: what an edit changed ("3 measurements updated") and how
/// many rows each table holds ("5 OPDs, 40 programmes, …" in the banner and `.about`).
public enum SummaryMessage: String, MessageKey {
    case nothingChanged, noneChanged
    case rowsInserted, rowsUpdated, rowsDeleted, deletedWithOthers
    case columnAdded
    /// A count of an entity a catalog declared, by its declared nouns ("3 activities").
    case declaredCount
    /// Parts of a summary or counts, joined with commas.
    case parts

    public static let area = "summary"

    public var english: String {
        switch self {
        case .nothingChanged: "nothing changed"
        case .noneChanged: "{rows} changed"
        case .rowsInserted: "{rows} inserted"
        case .rowsUpdated: "{rows} updated"
        case .rowsDeleted: "{rows} deleted"
        case .deletedWithOthers: "{deleted} (and {others} with {count|it|them})"
        case .columnAdded: "column '{name}' added to {source}"
        case .declaredCount: "{count} {noun}"
        case .parts: "{parts}"
        }
    }
}

extension Message {
    /// Items joined with commas, each written in the reader's language.
    static func parts(_ items: [Message]) -> Message {
        Message(SummaryMessage.parts, ["parts": .list(items.map { .message($0) })])
    }
}
