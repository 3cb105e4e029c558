import PilarCore

/// JSON output: `json` is an array with one compact object per line, `jsonl` is one object
/// per line with nothing around it.
///
///     [
///       {"code":"MOB-01","budget":1500000},
///       {"code":"MOB-02","budget":null}
///     ]
///
/// Keys follow column order (the text is written by hand because dictionaries would lose
/// it). Ints are JSON numbers, decimals use `NumberText.decimal`, NaN and infinities become
/// null since JSON has no spelling for them. Duplicate column names are kept distinct by
/// suffixing later ones `_2`, `_3`, … (skipping names already taken), because parsers
/// silently drop all but one of repeated keys. An empty result is `[]` in json and the
/// empty string in jsonl.
enum JSONRenderer {
    static func render(_ result: ResultSet, lines: Bool, poll: RowPoll = RowPoll(interrupt: nil)) -> String {
        if result.rowCount == 0 { return lines ? "" : "[]\n" }
        var out = ByteBuffer(reserving: ByteBuffer.estimate(result) + result.columns.count * 8 * result.rowCount)
        write(result, lines: lines, poll: poll, to: &out)
        return out.string
    }

    static func write(_ result: ResultSet, lines: Bool, poll: RowPoll, to out: inout ByteBuffer) {
        if result.rowCount == 0 {
            if !lines { out.append("[]\n") }
            return
        }
        // Each key is escaped once, not once per row.
        let keys: [[UInt8]] = uniqueKeys(result.columns.map(\.name)).map { name in
            var key = ByteBuffer(reserving: name.utf8.count + 3)
            JSONText.appendString(name, to: &key)
            key.append(UInt8(ascii: ":"))
            return key.bytes
        }
        if !lines { out.append("[\n") }
        for rowIndex in 0..<result.rowCount {
            if poll.stops(at: rowIndex) { break }
            if !lines { out.append("  ") }
            out.append(UInt8(ascii: "{"))
            for (index, key) in keys.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: key)
                appendValue(result.cell(rowIndex, index), to: &out)
            }
            out.append(UInt8(ascii: "}"))
            if !lines, rowIndex < result.rowCount - 1 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\n"))
            out.flushIfFull()
        }
        if !lines { out.append("]\n") }
    }

    static func appendValue(_ value: Value, to out: inout ByteBuffer) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .int(let number): out.appendInteger(number)
        case .decimal(let number):
            out.appendDecimal(number)
        case .text(let text): JSONText.appendString(text, to: &out)
        case .ref(_, let row):
            out.append(UInt8(ascii: "\""))
            out.appendReference(row: row)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// Column names made unique: the first of each name stays, later ones get `_2`, `_3`, …
    static func uniqueKeys(_ names: [String]) -> [String] {
        var taken = Set<String>()
        let original = Set(names)
        return names.map { name in
            if taken.insert(name).inserted { return name }
            var suffix = 2
            while original.contains("\(name)_\(suffix)") || taken.contains("\(name)_\(suffix)") {
                suffix += 1
            }
            let unique = "\(name)_\(suffix)"
            taken.insert(unique)
            return unique
        }
    }
}

/// RFC 8259 string literals.
enum JSONText {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes `text` quoted and escaped: `"` and `\`, control characters as `\n` `\r` `\t`
    /// or `\u00XX`, and U+2028/U+2029 as `\u2028`/`\u2029` so JSON Lines also pastes
    /// safely into JavaScript.
    static func appendString(_ text: String, to out: inout ByteBuffer) {
        out.append(UInt8(ascii: "\""))
        UTF8Text.withBytes(text) { bytes in
            // Copy runs that need no escaping in one go; most text is a single run.
            var runStart = 0
            var index = 0
            let count = bytes.count
            func flush(upTo end: Int) {
                if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            while index < count {
                let byte = bytes[index]
                let escape: UInt16?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0..<0x20: escape = UInt16(byte)
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029
                    width = 3
                default: escape = nil
                }
                if let escape {
                    flush(upTo: index)
                    appendEscape(escape, to: &out)
                    runStart = index + width
                }
                index += width
            }
            flush(upTo: count)
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ code: UInt16, to out: inout ByteBuffer) {
        switch code {
        case 0x22, 0x5C: out.append(UInt8(ascii: "\\")); out.append(UInt8(code))
        case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
        default: appendUnicodeEscape(code, to: &out)
        }
    }

    private static func appendUnicodeEscape(_ code: UInt16, to out: inout ByteBuffer) {
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hexDigits[Int((code >> UInt16(shift)) & 0xF)])
        }
    }
}
