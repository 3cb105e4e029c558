/// Turns a finished result into the text of one output format.
///
/// Every format ends its output with a newline, except where there is nothing to write at
/// all: csv, tsv and markdown of a result without columns, and jsonl of a result without
/// rows, are empty strings.
public enum Renderer {
    public static func render(_ result: ResultSet, _ options: RenderOptions) -> String {
        switch options.format {
        case .table: TableRenderer.render(result, options)
        case .csv: CSVRenderer.render(result, poll: RowPoll(interrupt: options.interrupt))
        case .tsv: TSVRenderer.render(result, poll: RowPoll(interrupt: options.interrupt))
        case .json: JSONRenderer.render(result, lines: false, poll: RowPoll(interrupt: options.interrupt))
        case .jsonl: JSONRenderer.render(result, lines: true, poll: RowPoll(interrupt: options.interrupt))
        case .markdown: MarkdownRenderer.render(result, poll: RowPoll(interrupt: options.interrupt))
        }
    }
}
