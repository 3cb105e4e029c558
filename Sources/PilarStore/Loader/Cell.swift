import PilarCore

/// Small helpers for looking at one cell's bytes.
enum Cell {
    /// The content of a cell without surrounding blanks. Quoted content is kept as written:
    /// quoting is how a user says the blanks matter. Unquoted blanks are trimmed because
    /// hand-edited files often have `code, name` with a space after the comma.
    @inline(__always)
    static func trimmed(_ field: CSVField, in bytes: [UInt8]) -> Range<Int> {
        var range = field.contentRange
        if field.isQuoted { return range }
        while range.lowerBound < range.upperBound, isBlank(bytes[range.lowerBound]) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while range.lowerBound < range.upperBound, isBlank(bytes[range.upperBound - 1]) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        return range
    }

    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == ASCII.space || byte == ASCII.tab }

    /// Whether two byte ranges hold the same bytes.
    @inline(__always)
    static func equal(_ bytes: [UInt8], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        var i = a.lowerBound
        var j = b.lowerBound
        while i < a.upperBound {
            if bytes[i] != bytes[j] { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// Whether a range holds exactly the given ASCII/UTF-8 bytes.
    @inline(__always)
    static func equal(_ bytes: [UInt8], _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        guard range.count == word.count else { return false }
        var i = range.lowerBound
        for byte in word {
            if bytes[i] != byte { return false }
            i += 1
        }
        return true
    }

    /// Text as quoted back in a message: shortened, so a runaway cell cannot flood the screen.
    static func quoted(_ text: String) -> String {
        guard text.count > LoaderLimits.maxQuotedLength else { return text }
        return String(text.prefix(LoaderLimits.maxQuotedLength)) + "…"
    }
}
