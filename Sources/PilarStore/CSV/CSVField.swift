import PilarCore

/// One cell of a CSV record, kept as a byte range of the file.
///
/// No `String` is made while reading: the loader parses numbers, enums and references
/// straight from the bytes and only builds text for the cells that are text.
public struct CSVField: Sendable, Hashable {
    /// First byte of the cell — the opening quote when the cell is quoted.
    public var start: Int
    /// One past the last byte of the cell — past the closing quote when quoted.
    public var end: Int
    /// Whether the cell was written in double quotes.
    public var isQuoted: Bool
    /// Whether the quoted content holds `""` pairs, each standing for one quote.
    public var hasEscapedQuotes: Bool

    public init(start: Int, end: Int, isQuoted: Bool = false, hasEscapedQuotes: Bool = false) {
        self.start = start
        self.end = end
        self.isQuoted = isQuoted
        self.hasEscapedQuotes = hasEscapedQuotes
    }

    /// The bytes between the quotes (or the whole cell when unquoted), still escaped.
    public var contentRange: Range<Int> {
        isQuoted ? (start + 1)..<(end - 1) : start..<end
    }

    /// The whole cell, quotes included: what a diagnostic underlines.
    public var span: Span { Span(start, end) }

    /// The cell's text, with `""` turned back into `"`.
    public func text(in bytes: [UInt8]) -> String {
        text(in: bytes, range: contentRange)
    }

    /// The text of part of the cell's content (e.g. with surrounding blanks trimmed).
    public func text(in bytes: [UInt8], range: Range<Int>) -> String {
        guard hasEscapedQuotes else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        // Only cells that really hold `""` pay for a copy.
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            unescaped.append(byte)
            index += byte == ASCII.quote && index + 1 < range.upperBound && bytes[index + 1] == ASCII.quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }
}

/// The bytes the CSV reader and number parser look at.
enum ASCII {
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let semicolon = UInt8(ascii: ";")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let plus = UInt8(ascii: "+")
    static let minus = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let lowerE = UInt8(ascii: "e")
    static let upperE = UInt8(ascii: "E")

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < 10 }
}
