import PilarCore

/// A presentation attached to a result by `| chart …`: which columns to draw and how. The
/// rows stay as they are, so the machine formats (csv, tsv, json, jsonl) ignore it; the table
/// format draws the chart instead of the table, markdown puts that drawing in a text block,
/// and html draws it as SVG (`ChartSVG`).
///
/// Columns are named, not numbered: the checker knows the names, and the result builder
/// decides the order of the columns.
public struct ChartSpec: Sendable, Hashable {
    /// The kinds of chart `chart` draws.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Horizontal bars, one per row.
        case bar
        /// Values over an x column (years), one line per series.
        case line
    }

    public var kind: Kind
    /// The numeric column the bars' lengths or the lines' heights show.
    public var value: String
    /// Bar: the label of each bar; nil means the row number. Line: the x column.
    public var label: String?
    /// Line: the column whose values split the rows into lines; nil for one line.
    public var series: String?
    /// A caption above the chart; nil for none.
    public var title: String?

    public init(kind: Kind, value: String, label: String? = nil, series: String? = nil, title: String? = nil) {
        self.kind = kind
        self.value = value
        self.label = label
        self.series = series
        self.title = title
    }
}

/// Numbers of a chart as plain doubles: only the drawing (lengths, heights) uses them; the
/// figures printed beside the marks come from the exact values.
enum ChartNumber {
    static func double(_ value: Value) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .decimal(let number): Double(number.description)
        default: nil
        }
    }
}
