/// The registry of output formats: one declaration each, in the order help lists them.
extension OutputFormat {
    /// Box-drawn table for terminals; may shrink or turn vertical to fit the screen.
    public static let table = OutputFormat(
        name: "table", extensions: ["txt"], help: .table,
        render: { result, options in
            // A chart (`| chart …`) is drawn for people; the machine formats get its rows.
            if result.chart != nil, let chart = ChartText.render(result, options) { return chart }
            return TableRenderer.render(result, options)
        })

    /// RFC 4180 comma-separated values with LF line ends (or Excel's dialect, `csv-excel`).
    public static let csv = OutputFormat(
        name: "csv", extensions: ["csv"], help: .csv,
        render: { result, options in CSVRenderer.render(result, excel: options.display.excelCSV, poll: RowPoll(interrupt: options.interrupt)) },
        stream: { result, options, poll, out in CSVRenderer.write(result, excel: options.display.excelCSV, poll: poll, to: &out) })

    /// Tab-separated values with backslash escapes instead of quoting.
    public static let tsv = OutputFormat(
        name: "tsv", extensions: ["tsv"], help: .tsv,
        render: { result, options in TSVRenderer.render(result, poll: RowPoll(interrupt: options.interrupt)) },
        stream: { result, _, poll, out in TSVRenderer.write(result, poll: poll, to: &out) })

    /// A JSON array of objects, one object per line.
    public static let json = OutputFormat(
        name: "json", extensions: ["json"], help: .json,
        render: { result, options in JSONRenderer.render(result, lines: false, poll: RowPoll(interrupt: options.interrupt)) },
        stream: { result, _, poll, out in JSONRenderer.write(result, lines: false, poll: poll, to: &out) })

    /// JSON Lines: one object per line and nothing else.
    public static let jsonl = OutputFormat(
        name: "jsonl", aliases: ["ndjson"], extensions: ["jsonl", "ndjson"], help: .jsonl,
        render: { result, options in JSONRenderer.render(result, lines: true, poll: RowPoll(interrupt: options.interrupt)) },
        stream: { result, _, poll, out in JSONRenderer.write(result, lines: true, poll: poll, to: &out) })

    /// A GitHub-flavoured pipe table.
    public static let markdown = OutputFormat(
        name: "markdown", aliases: ["md"], extensions: ["md", "markdown"], help: .markdown,
        render: { result, options in
            if result.chart != nil, let chart = ChartText.markdown(result, options) { return chart }
            return MarkdownRenderer.render(result, display: options.display, poll: RowPoll(interrupt: options.interrupt))
        })

    /// An HTML `<table>`; a whole run is one standalone page (`DocumentWriter`, `HTMLPage`).
    public static let html = OutputFormat(
        name: "html", aliases: ["htm"], extensions: ["html", "htm"], help: .html,
        render: { result, options in HTMLRenderer.render(result, options) })

    /// Every format, in the order help and did-you-mean list them.
    public static let allCases: [OutputFormat] = [.table, .csv, .tsv, .json, .jsonl, .markdown, .html]
}
