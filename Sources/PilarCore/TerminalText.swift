/// Makes text from data or scripts safe to print in a terminal message.
///
/// A cell or script can hold an escape sequence that would retitle or clear the terminal, so
/// diagnostics show control characters as visible stand-ins. The spelling is the one the
/// table renderer uses for cells (PilarRender's `DisplayText`, terminal target): newline and
/// carriage return `↵`, tab `→`, other C0 controls their Control Pictures (`␛`, `␀`), DEL
/// `␡`, C1 controls `�`. Each control becomes exactly one character, so a column counted in
/// characters before escaping still points at the same place afterwards.
public enum TerminalText {
    /// `text` with every control character replaced; tabs are kept when `keepTabs` (a quoted
    /// source line keeps its indentation so that the caret line can reuse it).
    public static func escaped(_ text: String, keepTabs: Bool = false) -> String {
        guard needsEscaping(text, keepTabs: keepTabs) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0x09, keepTabs {
                out.append(scalar)
            } else {
                out.append(standIn(for: scalar) ?? scalar)
            }
        }
        return String(out)
    }

    /// The visible stand-in of a control character, nil for any other: the one spelling
    /// shared by messages and the table renderer.
    @inline(__always)
    public static func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x0A, 0x0D: return "↵"
        case 0x09: return "→"
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + value)
        case 0x7F: return "␡"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return nil
        }
    }

    private static func needsEscaping(_ text: String, keepTabs: Bool) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x09 { if !keepTabs { return true } } else if byte < 0x20 || byte == 0x7F { return true }
            // C1 controls are U+0080–U+009F: lead byte C2, continuation 80–9F.
            if previous == 0xC2, byte >= 0x80, byte < 0xA0 { return true }
            previous = byte
        }
        return false
    }

    /// Shortens every run of text between single quotes that is longer than `limit`
    /// characters, so a runaway value quoted in a message cannot flood the screen.
    public static func shorteningQuotedValues(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return text }
        var out = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { out += "'" }
            // Odd parts lie between an opening and a closing quote.
            if index % 2 == 1, index < parts.count - 1, part.count > limit {
                out += part.prefix(limit - 1) + "…"
            } else {
                out += part
            }
        }
        return out
    }

    /// At most `limit` characters, ending in `…` when cut.
    public static func truncated(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
