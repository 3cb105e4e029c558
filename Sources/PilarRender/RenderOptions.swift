/// When the table format turns each row into a vertical record (psql's `\x`).
public enum ExpandedMode: String, CaseIterable, Sendable, Hashable {
    /// Always a table, even one wider than the terminal.
    case off
    /// Always vertical records.
    case on
    /// A table, unless even its narrowest form is wider than `RenderOptions.maxWidth`.
    case auto
}

/// Everything that decides how a result is written out.
///
/// `maxWidth`, `style` and `expanded` only affect `.table`; the other formats are for
/// programs and documents, so they never cut, colour or reshape anything.
public struct RenderOptions: Sendable, Hashable {
    public var format: OutputFormat
    /// The terminal width in columns; nil (or a non-positive width, as a terminal whose size
    /// cannot be read reports) means never cut.
    public var maxWidth: Int?
    public var style: RenderStyle
    public var expanded: ExpandedMode

    public init(
        format: OutputFormat = .table,
        maxWidth: Int? = nil,
        style: RenderStyle = .plain,
        expanded: ExpandedMode = .off
    ) {
        self.format = format
        self.maxWidth = maxWidth
        self.style = style
        self.expanded = expanded
    }
}
