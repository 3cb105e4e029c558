import PilarCore

/// RFC 4180 CSV with a header row and LF line ends (LF rather than CRLF because every
/// spreadsheet and CSV library reads it, and it is what Unix tools expect).
///
/// A field is quoted when it contains `,` `"` CR or LF, or begins or ends with a space or
/// tab (many readers trim those). A null is an empty unquoted field and an empty string is
/// `""`, so the two survive a round trip. Numbers are written in full: ints as digits,
/// decimals in their shortest round-trip form (`NumberText.decimal`), never grouped.
/// A result with no columns renders as the empty string.
///
/// With `excel` it writes what Excel in an Indonesian locale opens with numbers as numbers
/// (`DelimitedRenderer.Dialect.excel`): `;` between fields, a decimal comma and no grouping
/// (`1250000,5`), a UTF-8 byte order mark and CRLF line ends; a field with `;` is quoted.
enum CSVRenderer {
    static func render(_ result: ResultSet, excel: Bool = false, poll: RowPoll = RowPoll(interrupt: nil)) -> String {
        excel
            ? DelimitedRenderer.render(result, dialect: .excel, poll: poll, appendText: appendExcelField)
            : DelimitedRenderer.render(result, dialect: .csv, poll: poll, appendText: appendField)
    }

    static func write(_ result: ResultSet, excel: Bool = false, poll: RowPoll, to out: inout ByteBuffer) {
        if excel {
            DelimitedRenderer.write(result, dialect: .excel, poll: poll, appendText: appendExcelField, to: &out)
        } else {
            DelimitedRenderer.write(result, dialect: .csv, poll: poll, appendText: appendField, to: &out)
        }
    }

    static func appendField(_ text: String, to out: inout ByteBuffer) {
        appendField(text, separator: UInt8(ascii: ","), to: &out)
    }

    static func appendExcelField(_ text: String, to out: inout ByteBuffer) {
        appendField(text, separator: UInt8(ascii: ";"), to: &out)
    }

    private static func appendField(_ text: String, separator: UInt8, to out: inout ByteBuffer) {
        UTF8Text.withBytes(text) { bytes in
            guard needsQuotes(bytes, separator: separator) else {
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

    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
        // Empty must be quoted: unquoted empty is how a null is written.
        guard let first = bytes.first, let last = bytes.last else { return true }
        if isBlank(first) || isBlank(last) { return true }
        for byte in bytes {
            switch byte {
            case separator, UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
            default: continue
            }
        }
        return false
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
