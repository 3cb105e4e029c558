/// Turns a finished result into the text of one output format.
///
/// Every format ends its output with a newline, except where there is nothing to write at
/// all: csv, tsv and markdown of a result without columns, and jsonl of a result without
/// rows, are empty strings.
public enum Renderer {
    public static func render(_ result: ResultSet, _ options: RenderOptions) -> String {
        options.format.render(result, options)
    }

    /// Writes the same text as `render`, handing it to `sink` in chunks as it is made: the
    /// machine formats (csv, tsv, json, jsonl) stream row by row, so a large result never
    /// exists whole as text; the table and markdown need every width first and come whole.
    public static func write(_ result: ResultSet, _ options: RenderOptions, to sink: @escaping (ArraySlice<UInt8>) -> Void) {
        let poll = RowPoll(interrupt: options.interrupt)
        var out = ByteBuffer(streamingTo: sink)
        if let stream = options.format.stream {
            stream(result, options, poll, &out)
        } else {
            out.append(render(result, options))
        }
        out.flush()
    }
}
