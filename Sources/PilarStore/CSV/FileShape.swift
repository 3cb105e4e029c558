import PilarCore

/// What must hold of a whole CSV file before its records are worth splitting: text in UTF-8,
/// no NUL bytes, LF or CRLF line ends; and which delimiter its header uses.
///
/// Each check reports one located problem for the file instead of letting a wrong encoding
/// or line end surface as dozens of confusing cell errors ("missing required column 'kind'").
public enum FileShape {
    /// The first problem with the file as a whole, or nil when its records can be read.
    public static func problem(in source: SourceFile) -> Diagnostic? {
        let bytes = source.bytes
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Diagnostic(.loader, LoaderMessage.utf16, source: source, span: Span(0, 2),
                              hint: Message(LoaderMessage.saveAsUTF8Hint))
        }
        if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
            return Diagnostic(.loader, LoaderMessage.notUTF8, ["byte": .text(hex(bytes[bad]))], source: source,
                              span: Span(bad, bad + 1), hint: Message(LoaderMessage.saveAsUTF8Hint))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return Diagnostic(.loader, LoaderMessage.nulByte, source: source, span: Span(nul, nul + 1),
                              hint: Message(LoaderMessage.nulByteHint))
        }
        if let breakAt = bytes.firstIndex(where: { $0 == ASCII.newline || $0 == ASCII.carriageReturn }),
           bytes[breakAt] == ASCII.carriageReturn, breakAt + 1 < bytes.count, bytes[breakAt + 1] != ASCII.newline {
            return Diagnostic(.loader, LoaderMessage.carriageReturns,
                              source: source, span: Span(breakAt, breakAt + 1),
                              hint: Message(LoaderMessage.carriageReturnsHint))
        }
        return nil
    }

    /// The delimiter of the header line: a comma unless the header has none and has `;`
    /// (Excel in an Indonesian or other comma-decimal locale) or tabs. Only the header is
    /// looked at, so one rule decides the whole file.
    public static func delimiter(of source: SourceFile) -> UInt8 {
        let bytes = source.bytes
        var index = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var commas = 0, semicolons = 0, tabs = 0
        var quoted = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == ASCII.quote { quoted.toggle(); continue }
            if quoted { continue }
            if byte == ASCII.newline || byte == ASCII.carriageReturn {
                if commas + semicolons + tabs > 0 { break }
                continue  // blank lines before the header
            }
            switch byte {
            case ASCII.comma: commas += 1
            case ASCII.semicolon: semicolons += 1
            case ASCII.tab: tabs += 1
            default: break
            }
        }
        if commas > 0 { return ASCII.comma }
        if semicolons > 0 && semicolons >= tabs { return ASCII.semicolon }
        if tabs > 0 { return ASCII.tab }
        return ASCII.comma
    }

    /// How a delimiter is named in messages.
    public static func name(of delimiter: UInt8) -> Message {
        switch delimiter {
        case ASCII.semicolon: Message(LoaderMessage.delimiterSemicolon)
        case ASCII.tab: Message(LoaderMessage.delimiterTab)
        default: Message(LoaderMessage.delimiterComma)
        }
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
    }
}
