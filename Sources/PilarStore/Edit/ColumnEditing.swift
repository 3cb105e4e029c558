import PilarCore

/// Cell-level changes to a column, for the store's edits. Values arrive already checked by
/// `ValueCheck`, in the form the store keeps (`.ref` for references, domain spellings for enums).
extension ColumnData {
    /// Sets one cell.
    mutating func set(_ row: Int, to value: Value) {
        switch self {
        case .int(var cells):
            self = .int([])
            cells[row] = value.intValue
            self = .int(cells)
        case .decimal(var cells):
            self = .decimal([])
            cells[row] = value.asDecimal
            self = .decimal(cells)
        case .text(var cells):
            self = .text([])
            cells[row] = value.textValue
            self = .text(cells)
        case .enumeration(let domain, var cells):
            self = .text([])
            cells[row] = Self.ordinal(value, domain)
            self = .enumeration(domain, cells)
        case .reference(let entity, var cells):
            self = .text([])
            cells[row] = value.referencedRow ?? -1
            self = .reference(entity, cells)
        }
    }

    /// Appends one cell.
    mutating func append(_ value: Value) {
        switch self {
        case .int(var cells):
            self = .int([])
            cells.append(value.intValue)
            self = .int(cells)
        case .decimal(var cells):
            self = .decimal([])
            cells.append(value.asDecimal)
            self = .decimal(cells)
        case .text(var cells):
            self = .text([])
            cells.append(value.textValue)
            self = .text(cells)
        case .enumeration(let domain, var cells):
            self = .text([])
            cells.append(Self.ordinal(value, domain))
            self = .enumeration(domain, cells)
        case .reference(let entity, var cells):
            self = .text([])
            cells.append(value.referencedRow ?? -1)
            self = .reference(entity, cells)
        }
    }

    /// The column without the rows whose `keep` flag is false.
    func keeping(_ keep: [Bool]) -> ColumnData {
        func filter<T>(_ cells: [T]) -> [T] {
            var kept: [T] = []
            kept.reserveCapacity(cells.count)
            for (row, cell) in cells.enumerated() where keep[row] { kept.append(cell) }
            return kept
        }
        switch self {
        case .int(let cells): return .int(filter(cells))
        case .decimal(let cells): return .decimal(filter(cells))
        case .text(let cells): return .text(filter(cells))
        case .enumeration(let domain, let cells): return .enumeration(domain, filter(cells))
        case .reference(let entity, let cells): return .reference(entity, filter(cells))
        }
    }

    /// A reference column with each row index mapped through `newRow` (after rows of the
    /// referenced table were deleted); other columns are returned as they are.
    func remappingReferences(to target: Entity, _ newRow: [Int32]) -> ColumnData {
        guard case .reference(let entity, let cells) = self, entity == target else { return self }
        return .reference(entity, cells.map { $0 >= 0 && Int($0) < newRow.count ? newRow[Int($0)] : -1 })
    }

    private static func ordinal(_ value: Value, _ domain: Domain) -> UInt8 {
        guard case .text(let text) = value, let ordinal = domain.ordinal(of: text) else { return nullOrdinal }
        return UInt8(ordinal)
    }
}

extension Value {
    var intValue: Int64? {
        if case .int(let value) = self { return value }
        return nil
    }

    var textValue: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    var referencedRow: Int32? {
        if case .ref(_, let row) = self { return row }
        return nil
    }
}
