import PilarCore

/// How a table's CSV file was written when it was loaded, so that saving writes it back the
/// same way: the header's column order (extra columns included), the delimiter, a byte-order
/// mark and the line ends. A planner's spreadsheet then opens the saved file as it did before.
public struct FileLayout: Sendable, Hashable {
    /// The header's column names in file order (trimmed as the loader read them).
    public var columns: [String]
    /// `,`, `;` or tab.
    public var delimiter: UInt8
    /// Whether the file started with a UTF-8 byte-order mark (Excel's "CSV UTF-8").
    public var hasByteOrderMark: Bool
    /// Whether its lines ended in CR LF.
    public var usesCRLF: Bool

    public init(columns: [String], delimiter: UInt8 = 0x2C, hasByteOrderMark: Bool = false, usesCRLF: Bool = false) {
        self.columns = columns
        self.delimiter = delimiter
        self.hasByteOrderMark = hasByteOrderMark
        self.usesCRLF = usesCRLF
    }

    /// The layout of a file as written: the BOM and the first line end, with the delimiter the
    /// reader found.
    static func of(_ source: SourceFile, columns: [String], delimiter: UInt8) -> FileLayout {
        let bytes = source.bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let newline = bytes.firstIndex(of: ASCII.newline)
        let crlf = newline.map { $0 > 0 && bytes[$0 - 1] == ASCII.carriageReturn } ?? false
        return FileLayout(columns: columns, delimiter: delimiter, hasByteOrderMark: bom, usesCRLF: crlf)
    }
}
