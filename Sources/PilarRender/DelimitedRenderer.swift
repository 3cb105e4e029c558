import PilarCore

/// The shared frame of CSV and TSV: a header row, one line per row, a separator between
/// cells, numbers in full; the two differ only in how a text cell is written.
enum DelimitedRenderer {
    /// What differs between plain CSV/TSV and the CSV Excel opens in an Indonesian locale.
    struct Dialect {
        var separator: UInt8
        /// CRLF line ends instead of LF.
        var crlf = false
        var decimalPoint = UInt8(ascii: ".")
        /// A UTF-8 byte order mark first: without it Excel reads the file as the system's
        /// ANSI code page and breaks every non-ASCII name.
        var byteOrderMark = false

        static let csv = Dialect(separator: UInt8(ascii: ","))
        static let tsv = Dialect(separator: UInt8(ascii: "\t"))
        /// `;` because `,` is the decimal separator there; CRLF as Windows writes it.
        static let excel = Dialect(separator: UInt8(ascii: ";"), crlf: true,
                                   decimalPoint: UInt8(ascii: ","), byteOrderMark: true)
    }

    static func render(_ result: ResultSet, dialect: Dialect, poll: RowPoll,
                       appendText: (String, inout ByteBuffer) -> Void) -> String {
        var out = ByteBuffer(reserving: ByteBuffer.estimate(result))
        write(result, dialect: dialect, poll: poll, appendText: appendText, to: &out)
        return out.string
    }

    static func write(_ result: ResultSet, dialect: Dialect, poll: RowPoll,
                      appendText: (String, inout ByteBuffer) -> Void, to out: inout ByteBuffer) {
        guard !result.columns.isEmpty else { return }
        let separator = dialect.separator
        if dialect.byteOrderMark { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        for (index, column) in result.columns.enumerated() {
            if index > 0 { out.append(separator) }
            appendText(column.name, &out)
        }
        endLine(dialect, &out)
        let count = result.columns.count
        for row in 0..<result.rowCount {
            if poll.stops(at: row) { break }
            for index in 0..<count {
                if index > 0 { out.append(separator) }
                switch result.cell(row, index) {
                case .null: break
                case .bool(let flag): out.append(flag ? "true" : "false")
                case .int(let number): out.appendInteger(number)
                case .decimal(let number): out.appendDecimal(number, point: dialect.decimalPoint)
                case .text(let text): appendText(text, &out)
                case .ref(_, let row): out.appendReference(row: row)
                }
            }
            endLine(dialect, &out)
            out.flushIfFull()
        }
    }

    @inline(__always)
    private static func endLine(_ dialect: Dialect, _ out: inout ByteBuffer) {
        if dialect.crlf { out.append(UInt8(ascii: "\r")) }
        out.append(UInt8(ascii: "\n"))
    }
}
