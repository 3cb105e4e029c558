import PilarCore

/// The shared frame of CSV and TSV: a header row, one line per row, a separator between
/// cells, numbers in full; the two differ only in how a text cell is written.
enum DelimitedRenderer {
    static func render(_ result: ResultSet, separator: UInt8, poll: RowPoll,
                       appendText: (String, inout ByteBuffer) -> Void) -> String {
        var out = ByteBuffer(reserving: ByteBuffer.estimate(result))
        write(result, separator: separator, poll: poll, appendText: appendText, to: &out)
        return out.string
    }

    static func write(_ result: ResultSet, separator: UInt8, poll: RowPoll,
                      appendText: (String, inout ByteBuffer) -> Void, to out: inout ByteBuffer) {
        guard !result.columns.isEmpty else { return }
        for (index, column) in result.columns.enumerated() {
            if index > 0 { out.append(separator) }
            appendText(column.name, &out)
        }
        out.append(UInt8(ascii: "\n"))
        let count = result.columns.count
        for row in 0..<result.rowCount {
            if poll.stops(at: row) { break }
            for index in 0..<count {
                if index > 0 { out.append(separator) }
                switch result.cell(row, index) {
                case .null: break
                case .bool(let flag): out.append(flag ? "true" : "false")
                case .int(let number): out.appendInteger(number)
                case .decimal(let number): out.appendDecimal(number)
                case .text(let text): appendText(text, &out)
                case .ref(_, let row): out.appendReference(row: row)
                }
            }
            out.append(UInt8(ascii: "\n"))
            out.flushIfFull()
        }
    }
}
