import PilarCore

/// The cells of one field for every row of a table, stored per column.
public enum ColumnData: Sendable {
    case int([Int64?])
    case decimal([DecimalNumber?])
    case text([String?])
    /// Ordinals into the domain's values; `nullOrdinal` marks null.
    case enumeration(Domain, [UInt8])
    /// Row indexes into the referenced entity's table.
    case reference(Entity, [Int32])

    public static let nullOrdinal: UInt8 = .max

    public var count: Int {
        switch self {
        case .int(let cells): cells.count
        case .decimal(let cells): cells.count
        case .text(let cells): cells.count
        case .enumeration(_, let cells): cells.count
        case .reference(_, let cells): cells.count
        }
    }

    @inline(__always)
    public func value(at row: Int) -> Value {
        switch self {
        case .int(let cells):
            if let cell = cells[row] { return .int(cell) }
            return .null
        case .decimal(let cells):
            if let cell = cells[row] { return .decimal(cell) }
            return .null
        case .text(let cells):
            if let cell = cells[row] { return .text(cell) }
            return .null
        case .enumeration(let domain, let cells):
            let ordinal = cells[row]
            if ordinal == ColumnData.nullOrdinal { return .null }
            return .text(domain.values[Int(ordinal)])
        case .reference(let entity, let cells):
            return .ref(entity, cells[row])
        }
    }
}

/// All rows of one entity: its schema and one column per field, in schema order.
public struct Table: Sendable {
    public let schema: EntitySchema
    public let columns: [ColumnData]
    public let count: Int
    /// Row index by code, for entities that have a `code` field.
    public let codeIndex: [String: Int32]
    /// How the table's file was written when loaded; nil for the default pillars and new tables.
    public var layout: FileLayout?
    /// The column of the schema's code field, if any.
    public let codeColumn: Int?
    /// The name messages give the file the rows came from (`demo/programmes.csv`), nil when
    /// they came from no file (the default pillars, an empty store).
    public var sourceName: String?
    /// Per row, the 1-based line of the file on which the row starts (a quoted line break
    /// inside a cell does not shift later rows' lines); 0 for a row inserted since the load.
    /// `check` locates problems with it; edits keep it row for row.
    public var sourceLines: [Int32] = []

    public var entity: Entity { schema.entity }

    /// Builds a table; `columns` must follow `schema.fields` one to one, all of equal length.
    public init(schema: EntitySchema, columns: [ColumnData], layout: FileLayout? = nil) {
        precondition(columns.count == schema.fields.count, "one column per field")
        self.layout = layout
        self.schema = schema
        self.columns = columns
        self.count = columns.first?.count ?? 0
        var index: [String: Int32] = [:]
        self.codeColumn = schema.codeField.flatMap { name in schema.fields.firstIndex { $0.name == name } }
        if let codeColumn, case .text(let codes) = columns[codeColumn] {
            index.reserveCapacity(codes.count)
            for (row, code) in codes.enumerated() {
                if let code { index[code] = Int32(row) }
            }
        }
        self.codeIndex = index
    }

    public func columnIndex(of field: String) -> Int? {
        schema.fields.firstIndex { $0.name == field }
    }

    @inline(__always)
    public func value(column: Int, row: Int) -> Value {
        columns[column].value(at: row)
    }

    /// The code of a row, for entities that have one.
    public func code(of row: Int) -> String? {
        guard let codeColumn, case .text(let codes) = columns[codeColumn] else { return nil }
        return codes[row]
    }

    /// The line a row was read from, or nil for an inserted row or a table from no file.
    public func sourceLine(of row: Int) -> Int? {
        guard row >= 0, row < sourceLines.count, sourceLines[row] > 0 else { return nil }
        return Int(sourceLines[row])
    }

    /// A table with no rows.
    public static func empty(_ schema: EntitySchema) -> Table {
        Table(schema: schema, columns: schema.fields.map { ColumnData.empty(of: $0.type) })
    }
}

extension ColumnData {
    /// An empty column of a field type.
    public static func empty(of type: FieldType) -> ColumnData {
        switch type {
        case .int: .int([])
        case .decimal: .decimal([])
        case .text: .text([])
        case .enumeration(let domain): .enumeration(domain, [])
        case .reference(let target): .reference(target, [])
        }
    }
}
