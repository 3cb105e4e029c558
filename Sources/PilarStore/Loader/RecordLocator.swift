import PilarCore

/// Finds where a row of a file was written, for the rare problem found after the file was
/// read (a derived value that cannot be computed). Reading the file again on that path costs
/// nothing on the usual one, where keeping every cell's position would cost memory.
enum RecordLocator {
    /// The span of a field's cell in the `row`-th data row (blank records skipped, as the
    /// loader skips them), or nil when the file no longer shows it.
    static func span(ofRow row: Int, field: String, in source: SourceFile) -> Span? {
        var reader = CSVReader(source: source, delimiter: FileShape.delimiter(of: source))
        guard reader.nextRecord() else { return nil }
        let bytes = source.bytes
        let column = reader.fields.firstIndex { $0.text(in: bytes, range: Cell.trimmed($0, in: bytes)) == field }
        var index = -1
        while reader.nextRecord() {
            let blank = reader.fields.allSatisfy { !$0.isQuoted && Cell.trimmed($0, in: bytes).isEmpty }
            if blank { continue }
            index += 1
            guard index == row else { continue }
            if let column, column < reader.fields.count {
                return reader.fields[column].span
            }
            return Span(reader.recordStart, reader.recordEnd)
        }
        return nil
    }
}
