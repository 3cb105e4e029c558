/// Terminal colours for the table format, as SGR escape sequences (`"\u{1B}[1m"`); an empty
/// sequence leaves that part uncoloured.
///
/// Colour is applied after measuring and padding, so escapes never count toward width.
public struct RenderStyle: Sendable, Hashable {
    /// Column names (and field names in vertical records).
    public var header: String
    /// The `null` marker, so it cannot be mistaken for the text "null".
    public var null: String
    /// Borders, record separators and the row-count footer.
    public var border: String

    public init(header: String = "", null: String = "", border: String = "") {
        self.header = header
        self.null = null
        self.border = border
    }

    /// No escapes at all: for pipes, files and tests.
    public static let plain = RenderStyle()
    /// Bold headers, dim nulls and dim borders.
    public static let ansi = RenderStyle(header: "\u{1B}[1m", null: "\u{1B}[2m", border: "\u{1B}[2m")

    static let reset = "\u{1B}[0m"

    /// Wraps `text` in `code`; `code` is one of this style's sequences.
    func paint(_ text: String, _ code: String) -> String {
        code.isEmpty || text.isEmpty ? text : code + text + RenderStyle.reset
    }
}
