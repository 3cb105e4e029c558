import PilarCore

/// Makes cell text safe to lay out on one line for people.
///
/// A newline or tab inside a cell would break the table's rows, and an escape character
/// could drive the terminal, so these are replaced by visible stand-ins.
enum DisplayText {
    enum Target {
        /// Newline (LF, CR or CRLF) as `↵`, tab as `→`, other control characters as their
        /// Control Pictures (`␛`, `␀`, `␡`), C1 controls as `�`.
        case terminal
        /// As terminal, except newlines become `<br>`, a tab a space, and `|` is `\|`.
        case markdown
        /// As terminal, except a line break stays one LF (the html renderer writes `<br>`)
        /// and a tab is a space; the renderer escapes `<`, `&` and quotes itself.
        case html
    }

    static func clean(_ text: String, for target: Target) -> String {
        guard needsCleaning(text, for: target) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var afterCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // CRLF is one line break, not two.
            if value == 0x0A, afterCR {
                afterCR = false
                continue
            }
            afterCR = value == 0x0D
            switch value {
            case 0x0A where target == .markdown, 0x0D where target == .markdown: out += "<br>"
            case 0x09 where target == .markdown: out += " "
            case 0x7C where target == .markdown: out += "\\|"
            case 0x0A where target == .html, 0x0D where target == .html: out += "\n"
            case 0x09 where target == .html: out += " "
            default: out.unicodeScalars.append(TerminalText.standIn(for: scalar) ?? scalar)
            }
        }
        return out
    }

    private static func needsCleaning(_ text: String, for target: Target) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            if target == .markdown, byte == UInt8(ascii: "|") { return true }
            // C1 controls are U+0080–U+009F: lead byte C2, continuation 80–9F.
            if previous == 0xC2, byte >= 0x80, byte < 0xA0 { return true }
            previous = byte
        }
        return false
    }
}
