import PilarCore

/// Tab-separated values with a header row and LF line ends, never quoted.
///
/// Tab, LF, CR and backslash inside a cell are written as `\t` `\n` `\r` `\\`, the
/// convention of PostgreSQL's text COPY format and of most TSV readers. A null and an empty
/// string are both an empty field: TSV has no way to tell them apart. Numbers are written
/// in full as in CSV. A result with no columns renders as the empty string.
enum TSVRenderer {
    static func render(_ result: ResultSet, poll: RowPoll = RowPoll(interrupt: nil)) -> String {
        DelimitedRenderer.render(result, dialect: .tsv, poll: poll, appendText: appendField)
    }

    static func write(_ result: ResultSet, poll: RowPoll, to out: inout ByteBuffer) {
        DelimitedRenderer.write(result, dialect: .tsv, poll: poll, appendText: appendField, to: &out)
    }

    static func appendField(_ text: String, to out: inout ByteBuffer) {
        UTF8Text.withBytes(text) { bytes in
            // Copy runs that need no escaping in one go; most text is a single run.
            var runStart = 0
            for (index, byte) in bytes.enumerated() {
                let letter: UInt8
                switch byte {
                case UInt8(ascii: "\t"): letter = UInt8(ascii: "t")
                case UInt8(ascii: "\n"): letter = UInt8(ascii: "n")
                case UInt8(ascii: "\r"): letter = UInt8(ascii: "r")
                case UInt8(ascii: "\\"): letter = UInt8(ascii: "\\")
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(UInt8(ascii: "\\"))
                out.append(letter)
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
