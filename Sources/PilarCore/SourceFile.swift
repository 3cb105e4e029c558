/// A named piece of source text — a script file, a `-c` command, stdin, or a CSV file —
/// kept whole so that diagnostics can quote the offending line.
public struct SourceFile: Sendable, Hashable {
    /// The name shown in diagnostics: a path, `<command>`, `<stdin>` or `<repl>`.
    public let name: String
    /// The full text, as UTF-8 bytes (the lexer and CSV reader work on bytes).
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]
    /// For a spreadsheet cell shown as a one-line source (`H7`): locations print as
    /// `name!H7` instead of `name:line:col`, and the cell stands in the gutter.
    public var cell: String?

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// 3 when the file starts with a UTF-8 byte order mark, which is not part of line 1's text.
    private var bomLength: Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The text of the file as a string (invalid UTF-8 repaired).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The 1-based line and column (in characters, not bytes) of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low] == 0 ? bomLength : lineStarts[low]
        let prefix = bytes[min(lineStart, clamped)..<clamped]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        var location = SourceLocation(file: name, line: low + 1, column: column)
        location.cell = cell
        return location
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = line == 1 ? bomLength : lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The source text covered by a span.
    public func text(of span: Span) -> String {
        let start = max(0, min(span.start, bytes.count))
        let end = max(start, min(span.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A 1-based line and column inside a named file.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    /// Set for a spreadsheet cell: the location is `file!cell`, as Excel users find it.
    public var cell: String?

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { cell.map { "\(file)!\($0)" } ?? "\(file):\(line):\(column)" }
}

/// A half-open byte range `start..<end` in one source file.
public struct Span: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest span covering both.
    public func merged(with other: Span) -> Span {
        Span(min(start, other.start), max(end, other.end))
    }

    public static let empty = Span(0, 0)
}
