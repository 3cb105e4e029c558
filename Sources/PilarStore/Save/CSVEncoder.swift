import PilarCore

/// Writes one table as CSV bytes in its file layout, the inverse of the loader: numbers
/// exactly as held (`DecimalNumber.description`, whole numbers in full), references as the
/// referenced row's code, enum values as text, null as an empty cell. A cell is quoted when
/// it holds the delimiter, a quote, CR or LF, or starts or ends with a blank (the loader trims
/// unquoted blanks); quotes inside are doubled.
///
/// Cells go straight into one byte buffer: no `String` per cell, and each referenced code or
/// enum value is encoded once per table, not once per row.
public enum CSVEncoder {
    /// The columns a table is written with: its layout's header (extra columns included), or
    /// the schema order without derived fields (the catalog's, computed, never written). A
    /// stored field the layout lacks is appended when any row has a value in it, so nothing
    /// edited in is lost.
    public static func columns(of table: Table, in store: Store) -> [String] {
        let derived = Set(store.declaration(table.entity).derivedFieldNames)
        let written = table.schema.fields.map(\.name).filter { !derived.contains($0) }
        guard let layout = table.layout else { return written }
        var columns = layout.columns.filter { !derived.contains($0) }
        for name in written where !columns.contains(name) {
            guard let index = table.columnIndex(of: name) else { continue }
            if (0..<table.count).contains(where: { !table.value(column: index, row: $0).isNull }) { columns.append(name) }
        }
        return columns
    }

    /// The file's bytes: BOM and line ends as in the layout (none and LF without one).
    public static func encode(_ table: Table, in store: Store) -> [UInt8] {
        let layout = table.layout ?? FileLayout(columns: [])
        let delimiter = layout.delimiter
        let names = columns(of: table, in: store)
        var out: [UInt8] = []
        out.reserveCapacity(64 + table.count * 16 * max(names.count, 1))
        if layout.hasByteOrderMark { out += [0xEF, 0xBB, 0xBF] }
        let lineEnd: [UInt8] = layout.usesCRLF ? [ASCII.carriageReturn, ASCII.newline] : [ASCII.newline]
        for (index, name) in names.enumerated() {
            if index > 0 { out.append(delimiter) }
            // The loader tells the delimiter from the header's unquoted `,` `;` and tabs, so a
            // name holding any of them is quoted whatever this file's delimiter is.
            let separators = name.utf8.contains { $0 == ASCII.comma || $0 == ASCII.semicolon || $0 == ASCII.tab }
            appendText(name.utf8, delimiter: delimiter, quoteAlways: separators, to: &out)
        }
        out += lineEnd
        let writers = names.map { name in ColumnWriter(table.columnIndex(of: name).map { table.columns[$0] }, store: store, delimiter: delimiter) }
        for row in 0..<table.count {
            for (index, writer) in writers.enumerated() {
                if index > 0 { out.append(delimiter) }
                writer.append(row: row, to: &out)
            }
            out += lineEnd
        }
        return out
    }

    /// Text as one cell, quoted when it must be.
    static func appendText<Bytes: Collection<UInt8>>(_ bytes: Bytes, delimiter: UInt8, quoteAlways: Bool = false,
                                                     to out: inout [UInt8]) {
        guard quoteAlways || needsQuotes(bytes, delimiter: delimiter) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(ASCII.quote)
        for byte in bytes {
            if byte == ASCII.quote { out.append(ASCII.quote) }
            out.append(byte)
        }
        out.append(ASCII.quote)
    }

    static func needsQuotes<Bytes: Collection<UInt8>>(_ bytes: Bytes, delimiter: UInt8) -> Bool {
        guard let first = bytes.first else { return false }
        var last = first
        for byte in bytes { last = byte }
        if first == ASCII.space || first == ASCII.tab || last == ASCII.space || last == ASCII.tab { return true }
        for byte in bytes where byte == delimiter || byte == ASCII.quote || byte == ASCII.newline || byte == ASCII.carriageReturn {
            return true
        }
        return false
    }

    /// A whole number in full.
    @inline(__always)
    static func appendInt(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(ASCII.minus) }
        appendDigits(value.magnitude, minimumCount: 1, to: &out)
    }

    /// The shortest exact text of a decimal, as `DecimalNumber.description` writes it.
    @inline(__always)
    static func appendDecimal(_ value: DecimalNumber, to out: inout [UInt8]) {
        let plain = value.normalized
        if plain.coefficient < 0 { out.append(ASCII.minus) }
        let magnitude = plain.coefficient.magnitude
        let scale = plain.scale
        guard scale > 0 else {
            appendDigits(magnitude, minimumCount: 1, to: &out)
            return
        }
        let divisor = UInt64(DecimalNumber.powersOfTenInt64[scale])
        appendDigits(magnitude / divisor, minimumCount: 1, to: &out)
        out.append(ASCII.dot)
        appendDigits(magnitude % divisor, minimumCount: scale, to: &out)
    }

    @inline(__always)
    static func appendDigits(_ value: UInt64, minimumCount: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = ASCII.zero + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            while count < minimumCount && count < 20 {
                buffer[19 - count] = ASCII.zero
                count += 1
            }
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }
}

/// Writes the cells of one column; codes and enum values are encoded once up front.
private struct ColumnWriter {
    enum Kind {
        case empty
        case int([Int64?])
        case decimal([DecimalNumber?])
        case text([String?])
        /// Encoded cell per ordinal or referenced row, then the ordinals or rows.
        case lookupOrdinal([[UInt8]], [UInt8])
        case lookupRow([[UInt8]], [Int32])
    }

    let kind: Kind
    let delimiter: UInt8

    init(_ column: ColumnData?, store: Store, delimiter: UInt8) {
        self.delimiter = delimiter
        switch column {
        case nil: kind = .empty
        case .int(let cells)?: kind = .int(cells)
        case .decimal(let cells)?: kind = .decimal(cells)
        case .text(let cells)?: kind = .text(cells)
        case .enumeration(let domain, let ordinals)?:
            kind = .lookupOrdinal(domain.values.map { Self.cell($0, delimiter) }, ordinals)
        case .reference(let entity, let rows)?:
            let target = store.table(entity)
            kind = .lookupRow((0..<target.count).map { Self.cell(store.code(of: entity, row: Int32($0)), delimiter) }, rows)
        }
    }

    static func cell(_ text: String, _ delimiter: UInt8) -> [UInt8] {
        var out: [UInt8] = []
        CSVEncoder.appendText(text.utf8, delimiter: delimiter, to: &out)
        return out
    }

    @inline(__always)
    func append(row: Int, to out: inout [UInt8]) {
        switch kind {
        case .empty: break
        case .int(let cells): if let value = cells[row] { CSVEncoder.appendInt(value, to: &out) }
        case .decimal(let cells): if let value = cells[row] { CSVEncoder.appendDecimal(value, to: &out) }
        case .text(let cells): if let value = cells[row] { CSVEncoder.appendText(value.utf8, delimiter: delimiter, to: &out) }
        case .lookupOrdinal(let cells, let ordinals):
            let ordinal = ordinals[row]
            if ordinal != ColumnData.nullOrdinal { out += cells[Int(ordinal)] }
        case .lookupRow(let cells, let rows): out += cells[Int(rows[row])]
        }
    }
}
