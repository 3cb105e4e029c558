/// Turns a finished result into the text of one output format.
///
/// Every format ends its output with a newline, except where there is nothing to write at
/// all: csv, tsv and markdown of a result without columns, and jsonl of a result without
/// rows, are empty strings.
public enum Renderer {
    public static func render(_ result: ResultSet, _ options: RenderOptions) -> String {
        // A chart (`| chart …`) is a presentation for people; programs get the rows.
        if result.chart != nil, options.format == .table, let chart = ChartText.render(result, options) { return chart }
        if result.chart != nil, options.format == .markdown, let chart = ChartText.markdown(result, options) { return chart }
        return switch options.format {
        case .table: TableRenderer.render(result, options)
        case .csv: CSVRenderer.render(result, excel: options.display.excelCSV, poll: RowPoll(interrupt: options.interrupt))
        case .tsv: TSVRenderer.render(result, poll: RowPoll(interrupt: options.interrupt))
        case .json: JSONRenderer.render(result, lines: false, poll: RowPoll(interrupt: options.interrupt))
        case .jsonl: JSONRenderer.render(result, lines: true, poll: RowPoll(interrupt: options.interrupt))
        case .markdown: MarkdownRenderer.render(result, display: options.display, poll: RowPoll(interrupt: options.interrupt))
        }
    }

    /// Writes the same text as `render`, handing it to `sink` in chunks as it is made: the
    /// machine formats (csv, tsv, json, jsonl) stream row by row, so a large result never
    /// exists whole as text; the table and markdown need every width first and come whole.
    public static func write(_ result: ResultSet, _ options: RenderOptions, to sink: @escaping (ArraySlice<UInt8>) -> Void) {
        let poll = RowPoll(interrupt: options.interrupt)
        var out = ByteBuffer(streamingTo: sink)
        switch options.format {
        case .csv: CSVRenderer.write(result, excel: options.display.excelCSV, poll: poll, to: &out)
        case .tsv: TSVRenderer.write(result, poll: poll, to: &out)
        case .json: JSONRenderer.write(result, lines: false, poll: poll, to: &out)
        case .jsonl: JSONRenderer.write(result, lines: true, poll: poll, to: &out)
        case .table, .markdown: out.append(render(result, options))
        }
        out.flush()
    }
}
