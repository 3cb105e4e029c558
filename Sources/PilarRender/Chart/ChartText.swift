import PilarCore

/// A chart drawn in text, for the table format (on screen) and markdown (in a ```text block).
enum ChartText {
    /// The drawing of `result`'s chart; nil when it has none or its columns are not there (the
    /// caller then writes the rows as usual).
    static func render(_ result: ResultSet, _ options: RenderOptions) -> String? {
        guard let spec = result.chart, let columns = ChartColumns(result, spec, display: options.display) else { return nil }
        var options = options
        options.style = options.themedStyle
        let drawing = switch spec.kind {
        case .bar: BarChartText.render(columns, options)
        case .line: LineChartText.render(columns, options)
        }
        guard let title = spec.title else { return drawing }
        return options.style.paint(title, options.style.header) + "\n" + drawing
    }

    /// Markdown: the drawing, without colour, as a fenced text block.
    static func markdown(_ result: ResultSet, _ options: RenderOptions) -> String? {
        var plain = options
        plain.style = .plain
        return render(result, plain).map { "```text\n" + $0 + "```\n" }
    }
}
