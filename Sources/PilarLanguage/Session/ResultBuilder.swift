import PilarCore
import PilarStore
import PilarRender

/// Turns a frame into a result set: entity rows show all their fields, then computed
/// columns (a computed column named like a field shows in the field's place); references
/// become the codes they show as.
struct ResultBuilder {
    let store: Store

    func build(_ frame: Frame) -> ResultSet {
        var columns: [ResultColumn] = []
        var cells: [[Value]] = []
        // The last computed column of each name wins (extend x = … twice, or extend budget = …
        // over the stored budget), and takes the place of a stored field of that name.
        var latest: [String: Int] = [:]
        for (index, column) in frame.rowType.columns.enumerated() { latest[column.name] = index }
        func addComputed(_ index: Int) {
            let column = frame.rowType.columns[index]
            columns.append(ResultColumn(column.name, kind(column.type, name: column.name)))
            cells.append(frame.columns[index].map(display))
        }
        var placed: Set<Int> = []
        if let entity = frame.rowType.entity {
            let table = store.table(entity)
            for (index, field) in table.schema.fields.enumerated() {
                if let computed = latest[field.name] {
                    addComputed(computed)
                    placed.insert(computed)
                    continue
                }
                columns.append(ResultColumn(field.name, kind(ValueType(field.type), name: field.name)))
                cells.append(frame.ids.map { display(table.value(column: index, row: Int($0))) })
            }
        }
        for index in frame.rowType.columns.indices where latest[frame.rowType.columns[index].name] == index
            && !placed.contains(index) {
            addComputed(index)
        }
        var rows: [[Value]] = []
        rows.reserveCapacity(frame.count)
        for row in 0..<frame.count {
            rows.append(cells.map { $0[row] })
        }
        return ResultSet(columns: columns, rows: rows)
    }

    private func display(_ value: Value) -> Value {
        if case .ref(let entity, let row) = value { return .text(store.code(of: entity, row: row)) }
        return value
    }

    /// Whole-number columns named `year` or `…_year` show as years (no thousands grouping).
    private func kind(_ type: ValueType, name: String) -> ColumnKind {
        switch type {
        case .int where name == "year" || name.hasSuffix("_year"): .year
        case .int: .int
        case .decimal: .decimal
        case .text: .text
        case .bool: .bool
        case .enumeration, .ref: .label
        case .null, .rows, .list: .unknown
        }
    }
}
