import PilarCore

/// A streaming RFC 4180 reader over the bytes of one `SourceFile`.
///
/// Call `nextRecord()` until it returns false; after each call `fields` holds the cells of the
/// current record as byte ranges and `line` its 1-based line. The fields buffer is reused from
/// record to record so reading a large file allocates almost nothing.
///
/// Accepted: a UTF-8 byte-order mark (skipped), a comma (or a chosen) delimiter, LF or CRLF line ends, quoted cells with `""`
/// escapes and embedded commas or line breaks, blank lines (skipped), a missing final newline.
/// A malformed record (a stray quote in an unquoted cell, text after a closing quote) is
/// reported and skipped; an unterminated quote is reported and ends the reading, since the
/// rest of the file can no longer be split into records reliably.
public struct CSVReader: Sendable {
    public let source: SourceFile
    /// Cells of the current record.
    public private(set) var fields: [CSVField] = []
    /// 1-based line on which the current record starts.
    public private(set) var line = 0
    /// Byte offset of the first byte of the current record.
    public private(set) var recordStart = 0
    /// Byte offset just past the current record's last cell (before its line break).
    public private(set) var recordEnd = 0
    /// Syntax problems found so far and not yet taken with `takeDiagnostics()`.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Problems found beyond `diagnosticLimit`, counted but not kept.
    public private(set) var omittedDiagnostics = 0
    /// True once an unterminated quote stopped the reading: later records were never seen.
    public private(set) var stoppedEarly = false
    /// How many diagnostics to keep before only counting them.
    public var diagnosticLimit = 50
    /// The byte between cells: a comma, or `;` / tab for files saved that way
    /// (see `Delimiter.sniff`).
    public let delimiter: UInt8

    private var position: Int
    private var nextLine = 1

    public init(source: SourceFile, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.source = source
        self.delimiter = delimiter
        let bytes = source.bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.position = hasBOM ? 3 : 0
    }

    /// Moves to the next record; false at the end of the file.
    public mutating func nextRecord() -> Bool {
        let bytes = source.bytes
        return bytes.withUnsafeBufferPointer { buffer in
            while true {
                switch scanRecord(buffer) {
                case .record: return true
                case .end: return false
                case .skipped: continue
                }
            }
        }
    }

    /// Hands over the diagnostics found so far (and how many were omitted), clearing them.
    public mutating func takeDiagnostics() -> (diagnostics: [Diagnostic], omitted: Int) {
        defer {
            diagnostics = []
            omittedDiagnostics = 0
        }
        return (diagnostics, omittedDiagnostics)
    }

    /// Reads a whole file at once; handy for small files and tests.
    public static func readAll(_ source: SourceFile) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        var reader = CSVReader(source: source)
        reader.diagnosticLimit = .max
        var records: [CSVRecord] = []
        while reader.nextRecord() {
            records.append(CSVRecord(line: reader.line, fields: reader.fields))
        }
        return (records, reader.diagnostics)
    }

    private enum Outcome { case record, end, skipped }

    private mutating func scanRecord(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let count = bytes.count
        let delimiter = self.delimiter
        fields.removeAll(keepingCapacity: true)
        // Blank lines separate nothing; spreadsheets and editors leave them behind.
        while position < count {
            let byte = bytes[position]
            if byte == ASCII.newline {
                position += 1
                nextLine += 1
            } else if byte == ASCII.carriageReturn && (position + 1 == count || bytes[position + 1] == ASCII.newline) {
                position += 1
            } else {
                break
            }
        }
        guard position < count else { return .end }
        line = nextLine
        recordStart = position

        while true {
            let fieldStart = position
            // After a comma at the very end of the file, an empty last field remains.
            if fieldStart < count && bytes[fieldStart] == ASCII.quote {
                var index = fieldStart + 1
                var escaped = false
                var breaks = 0
                while true {
                    guard index < count else {
                        report(.unterminatedQuote, at: Span(fieldStart, fieldStart + 1), hint: .unterminatedQuoteHint)
                        nextLine += breaks
                        position = count
                        stoppedEarly = true
                        return .end
                    }
                    let byte = bytes[index]
                    if byte == ASCII.quote {
                        if index + 1 < count && bytes[index + 1] == ASCII.quote {
                            escaped = true
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == ASCII.newline { breaks += 1 }
                    index += 1
                }
                nextLine += breaks
                fields.append(CSVField(start: fieldStart, end: index, isQuoted: true, hasEscapedQuotes: escaped))
                if index == count {
                    recordEnd = index
                    position = index
                    return .record
                }
                let byte = bytes[index]
                if byte == delimiter {
                    position = index + 1
                    continue
                }
                if byte == ASCII.newline {
                    recordEnd = index
                    position = index + 1
                    nextLine += 1
                    return .record
                }
                if byte == ASCII.carriageReturn && (index + 1 == count || bytes[index + 1] == ASCII.newline) {
                    recordEnd = index
                    position = index + 1  // the newline, if any, is taken as a blank line next time
                    return .record
                }
                report(.textAfterQuote, at: Span(index, index + 1), hint: .textAfterQuoteHint)
                skipRestOfLine(bytes, from: index)
                return .skipped
            } else {
                var index = fieldStart
                while index < count {
                    let byte = bytes[index]
                    if byte == delimiter || byte == ASCII.newline { break }
                    if byte == ASCII.quote {
                        report(.strayQuote, at: Span(index, index + 1), hint: .strayQuoteHint)
                        skipRestOfLine(bytes, from: index)
                        return .skipped
                    }
                    index += 1
                }
                var end = index
                if end > fieldStart && bytes[end - 1] == ASCII.carriageReturn && (index == count || bytes[index] == ASCII.newline) {
                    end -= 1
                }
                fields.append(CSVField(start: fieldStart, end: end))
                if index < count && bytes[index] == delimiter {
                    position = index + 1
                    continue
                }
                recordEnd = end
                if index < count {
                    position = index + 1
                    nextLine += 1
                } else {
                    position = count
                }
                return .record
            }
        }
    }

    private mutating func skipRestOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        var index = start
        while index < bytes.count && bytes[index] != ASCII.newline { index += 1 }
        if index < bytes.count {
            index += 1
            nextLine += 1
        }
        position = index
    }

    private mutating func report(_ message: LoaderMessage, at span: Span, hint: LoaderMessage) {
        guard diagnostics.count < diagnosticLimit else {
            omittedDiagnostics += 1
            return
        }
        diagnostics.append(Diagnostic(.loader, message, source: source, span: span, hint: Message(hint)))
    }
}

/// One record with its cells, for callers that read a whole file at once.
public struct CSVRecord: Sendable, Hashable {
    /// 1-based line on which the record starts.
    public let line: Int
    public let fields: [CSVField]

    public init(line: Int, fields: [CSVField]) {
        self.line = line
        self.fields = fields
    }
}
