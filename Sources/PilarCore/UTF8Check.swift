/// Finds the first byte that breaks UTF-8, so a file saved as Latin-1 or Windows-1252 is
/// reported once, up front, instead of turning into replacement characters in names or
/// being repaired silently in a script.
public enum UTF8Check {
    /// Offset of the first invalid byte, or nil when all of `bytes` is valid UTF-8.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var lowest: UInt8 = 0x80
                var highest: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lowest = 0xA0  // no overlong forms
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; highest = 0x9F  // no surrogates
                case 0xF0: length = 4; lowest = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; highest = 0x8F  // nothing past U+10FFFF
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                guard second >= lowest, second <= highest else { return index }
                for offset in 2..<max(2, length) where buffer[index + offset] & 0xC0 != 0x80 {
                    return index
                }
                index += length
            }
            return nil
        }
    }
}

extension Diagnostic {
    /// `file:line:col: error: invalid UTF-8 (byte 0xE9) in the script`, for a script whose
    /// bytes are not UTF-8; nil when they are.
    public static func invalidUTF8(in source: SourceFile) -> Diagnostic? {
        guard let bad = UTF8Check.firstInvalidOffset(in: source.bytes) else { return nil }
        let digits = Array("0123456789ABCDEF")
        let byte = source.bytes[bad]
        let hex = "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
        return Diagnostic(.lexer, CoreMessage.invalidUTF8, ["byte": .text(hex)], source: source, span: Span(bad, bad + 1),
                          hint: Message(CoreMessage.invalidUTF8Hint))
    }
}
