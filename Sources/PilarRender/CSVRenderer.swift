import PilarCore

/// RFC 4180 CSV with a header row and LF line ends (LF rather than CRLF because every
/// spreadsheet and CSV library reads it, and it is what Unix tools expect).
///
/// A field is quoted when it contains `,` `"` CR or LF, or begins or ends with a space or
/// tab (many readers trim those). A null is an empty unquoted field and an empty string is
/// `""`, so the two survive a round trip. Numbers are written in full: ints as digits,
/// decimals in their shortest round-trip form (`NumberText.decimal`), never grouped.
/// A result with no columns renders as the empty string.
enum CSVRenderer {
    static func render(_ result: ResultSet, poll: RowPoll = RowPoll(interrupt: nil)) -> String {
        DelimitedRenderer.render(result, separator: UInt8(ascii: ","), poll: poll, appendText: appendField)
    }

    static func write(_ result: ResultSet, poll: RowPoll, to out: inout ByteBuffer) {
        DelimitedRenderer.write(result, separator: UInt8(ascii: ","), poll: poll, appendText: appendField, to: &out)
    }

    static func appendField(_ text: String, to out: inout ByteBuffer) {
        UTF8Text.withBytes(text) { bytes in
            guard needsQuotes(bytes) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { out.append(byte) }
                out.append(byte)
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Empty must be quoted: unquoted empty is how a null is written.
        guard let first = bytes.first, let last = bytes.last else { return true }
        if isBlank(first) || isBlank(last) { return true }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
            default: continue
            }
        }
        return false
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
