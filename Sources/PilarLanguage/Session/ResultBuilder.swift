import PilarCore
import PilarStore
import PilarRender

/// Turns a frame into a result set: entity rows show all their fields, then computed
/// columns; references become the codes they show as.
struct ResultBuilder {
    let store: Store

    func build(_ frame: Frame) -> ResultSet {
        var columns: [ResultColumn] = []
        var cells: [[Value]] = []
        if let entity = frame.rowType.entity {
            let table = store.table(entity)
            let shadowed = Set(frame.rowType.columns.map(\.name))
            for (index, field) in table.schema.fields.enumerated() where !shadowed.contains(field.name) {
                columns.append(ResultColumn(field.name, kind(ValueType(field.type), name: field.name)))
                cells.append(frame.ids.map { display(table.value(column: index, row: Int($0))) })
            }
        }
        for (index, column) in frame.rowType.columns.enumerated() {
            // A later column of the same name (extend x = … twice) replaces the earlier one.
            if frame.rowType.columns[(index + 1)...].contains(where: { $0.name == column.name }) { continue }
            columns.append(ResultColumn(column.name, kind(column.type, name: column.name)))
            cells.append(frame.columns[index].map(display))
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
