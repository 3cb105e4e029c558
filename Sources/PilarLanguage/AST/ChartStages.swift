import PilarCore

/// `chart bar VALUE [by LABEL]` or `chart line VALUE by X [, SERIES]`, either with an
/// optional `title "TEXT"`: the last stage of a
/// query, which keeps the rows and asks people's formats to draw them.
public struct ChartStage: Sendable, Hashable {
    /// `bar` or `line` as written; the checker refuses other words (did-you-mean).
    public var kind: String
    public var kindSpan: Span
    /// The column names, as written (a name or a `quoted` one), with where they are.
    public var value: ChartColumnName
    /// After `by`: the label (bar) or the x column then the series (line).
    public var by: [ChartColumnName]
    /// After `title`: the caption drawn above the chart.
    public var title: String?

    public init(kind: String, kindSpan: Span, value: ChartColumnName, by: [ChartColumnName], title: String? = nil) {
        self.kind = kind
        self.kindSpan = kindSpan
        self.value = value
        self.by = by
        self.title = title
    }
}

/// A column a chart names.
public struct ChartColumnName: Sendable, Hashable {
    public var name: String
    public var span: Span

    public init(_ name: String, _ span: Span) {
        self.name = name
        self.span = span
    }
}
