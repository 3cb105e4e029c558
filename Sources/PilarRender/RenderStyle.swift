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
    /// One colour per series of a line chart, in turn; empty for none.
    public var series: [String]
    /// The colour of each band's cells, by the band's position from very low (0) to very
    /// high (4); empty for none.
    public var bands: [String]
    /// The bars of `chart bar`; empty for uncoloured.
    public var bar: String

    public init(header: String = "", null: String = "", border: String = "", series: [String] = [], bands: [String] = [],
                bar: String = "") {
        self.header = header
        self.null = null
        self.border = border
        self.series = series
        self.bands = bands
        self.bar = bar
    }

    /// No escapes at all: for pipes, files and tests.
    public static let plain = RenderStyle()
    /// Bold headers and dim nulls. Borders keep the terminal's normal intensity: dim lines
    /// vanish on a projector, and the issue asks for tables readable there.
    public static let ansi = RenderStyle(header: "\u{1B}[1m", null: "\u{1B}[2m", border: "",
                                         series: RenderStyle.seriesColours, bands: RenderStyle.bandColours)

    /// Blue, yellow, magenta, cyan, red, green: the first ones are told apart on a projector.
    static let seriesColours = ["\u{1B}[34m", "\u{1B}[33m", "\u{1B}[35m", "\u{1B}[36m", "\u{1B}[31m", "\u{1B}[32m"]
    /// Very low red, low light red, medium yellow, high light green, very high green.
    static let bandColours = ["\u{1B}[31m", "\u{1B}[91m", "\u{1B}[33m", "\u{1B}[92m", "\u{1B}[32m"]

    static let reset = "\u{1B}[0m"

    /// Wraps `text` in `code`; `code` is one of this style's sequences.
    func paint(_ text: String, _ code: String) -> String {
        code.isEmpty || text.isEmpty ? text : code + text + RenderStyle.reset
    }
}
