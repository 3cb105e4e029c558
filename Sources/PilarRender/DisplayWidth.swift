/// How many terminal columns text occupies, and how to cut it to fit.
///
/// Width is counted per grapheme cluster (what a person sees as one character), never per
/// byte or scalar: `Bekasi–Jakarta` is 14 columns though `–` is three UTF-8 bytes. East
/// Asian wide characters and emoji count as 2, combining and invisible marks as 0.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        // Printable ASCII is by far the common case and needs no Unicode lookups.
        var isPrintableASCII = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            isPrintableASCII = false
            break
        }
        if isPrintableASCII { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value >= 0x20 ? 1 : 0 }
        let properties = first.properties
        if properties.isEmojiPresentation { return 2 }
        // A text-style emoji followed by VS16 is drawn as a (wide) emoji.
        if properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isWide(first.value) { return 2 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        return properties.isDefaultIgnorableCodePoint ? 0 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W/F, main ranges).
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `width` columns, ending in `…` when anything was dropped.
    /// Returns the text and its width (which may be one less than asked when a wide
    /// character would have straddled the edge).
    static func truncate(_ text: String, width textWidth: Int, to width: Int) -> (text: String, width: Int) {
        if textWidth <= width { return (text, textWidth) }
        guard width > 0 else { return ("", 0) }
        var kept = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > width - 1 { break }
            kept.append(character)
            used += characterWidth
        }
        // `Bus Rapid …` reads as two words and a gap; `Bus Rapid…` as one cut phrase.
        while let last = kept.last, last == " " {
            kept.removeLast()
            used -= 1
        }
        kept.append("…")
        return (kept, used + 1)
    }

    /// `count` spaces, cheaply for the common small counts.
    static func spaces(_ count: Int) -> String {
        count <= 0 ? "" : String(repeating: " ", count: count)
    }
}
