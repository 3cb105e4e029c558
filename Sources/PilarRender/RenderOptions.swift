import PilarCore

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
/// programs and documents, so they never cut, colour or reshape anything. `interrupt`, when
/// given, is polled every few thousand rows: once it is raised the renderer stops and returns
/// what it has, which the caller (who raised nothing but the flag) then discards.
public struct RenderOptions: Sendable, Hashable {
    public var format: OutputFormat
    /// The terminal width in columns; nil (or a non-positive width, as a terminal whose size
    /// cannot be read reports) means never cut.
    public var maxWidth: Int?
    public var style: RenderStyle
    public var expanded: ExpandedMode
    public var interrupt: InterruptFlag?
    /// Number locale, null text, decimals and the Excel csv: the session's display settings.
    public var display: DisplaySettings
    /// The language of the words a format writes itself (the `N rows` footer).
    public var language: Language

    public init(
        format: OutputFormat = .table,
        maxWidth: Int? = nil,
        style: RenderStyle = .plain,
        expanded: ExpandedMode = .off,
        interrupt: InterruptFlag? = nil,
        display: DisplaySettings = DisplaySettings(),
        language: Language = .english
    ) {
        self.format = format
        self.maxWidth = maxWidth
        self.style = style
        self.expanded = expanded
        self.interrupt = interrupt
        self.display = display
        self.language = language
    }

    // The flag is a means of stopping, not part of what the output looks like.
    public static func == (a: RenderOptions, b: RenderOptions) -> Bool {
        a.format == b.format && a.maxWidth == b.maxWidth && a.style == b.style && a.expanded == b.expanded
            && a.display == b.display && a.language == b.language
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(format)
        hasher.combine(maxWidth)
        hasher.combine(style)
        hasher.combine(expanded)
        hasher.combine(display)
        hasher.combine(language)
    }
}

/// Polls an optional interrupt flag cheaply inside a renderer's row loop.
struct RowPoll {
    let interrupt: InterruptFlag?

    /// True when rendering should stop before `row`; looks at the flag every 4,096 rows.
    func stops(at row: Int) -> Bool {
        row & 0xFFF == 0 && (interrupt?.isRaised ?? false)
    }
}
