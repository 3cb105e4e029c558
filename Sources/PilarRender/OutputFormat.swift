/// The ways a result can be written out: one for people at a terminal, the rest for other
/// programs and documents.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    /// Box-drawn table for terminals; may shrink or turn vertical to fit the screen.
    case table
    /// RFC 4180 comma-separated values with LF line ends.
    case csv
    /// Tab-separated values with backslash escapes instead of quoting.
    case tsv
    /// A JSON array of objects, one object per line.
    case json
    /// JSON Lines: one object per line and nothing else.
    case jsonl
    /// A GitHub-flavoured pipe table.
    case markdown

    /// The canonical names, in declaration order, for help text and did-you-mean suggestions.
    public static var allNames: [String] { allCases.map(\.rawValue) }

    /// Parses a user-typed name, ignoring case and accepting the common aliases `md` and
    /// `ndjson`; nil when unknown, so the caller can suggest one of `allNames`.
    public init?(name: String) {
        let lowered = name.lowercased()
        switch lowered {
        case "md": self = .markdown
        case "ndjson": self = .jsonl
        default:
            guard let format = OutputFormat(rawValue: lowered) else { return nil }
            self = format
        }
    }
}
