import PilarCore
import PilarStore
import PilarRender

/// Turns a frame into a result set: entity rows show all their fields, then computed
/// columns (a computed column named like a field shows in the field's place); references
/// become the codes they show as.
struct ResultBuilder {
    let store: Store
    /// The language band names show in (stored and compared in English, shown in this).
    var language: Language = .english

    func build(_ frame: Frame) -> ResultSet {
        var columns: [ResultColumn] = []
        var cells: [ResultCells] = []
        // The last computed column of each name wins (extend x = … twice, or extend budget = …
        // over the stored budget), and takes the place of a stored field of that name.
        var latest: [String: Int] = [:]
        for (index, column) in frame.rowType.columns.enumerated() { latest[column.name] = index }
        func addComputed(_ index: Int) {
            let column = frame.rowType.columns[index]
            columns.append(ResultColumn(column.name, kind(column.type, name: column.name, isYear: column.isYear,
                                                                  isSparkline: column.isSparkline),
                                        isBand: column.type == .enumeration(.band)))
            cells.append(computedCells(frame.columns[index], type: column.type))
        }
        var placed: Set<Int> = []
        if let entity = frame.rowType.entity {
            let table = store.table(entity)
            let ids = frame.ids
            for (index, field) in table.schema.fields.enumerated() {
                if let computed = latest[field.name] {
                    addComputed(computed)
                    placed.insert(computed)
                    continue
                }
                columns.append(ResultColumn(field.name, kind(ValueType(field.type), name: field.name),
                                            isBand: ValueType(field.type) == .enumeration(.band)))
                // Read from the store as the renderer reaches the cell: no copy of the column.
                let store = store
                if case .enumeration(let domain) = field.type, language != .english {
                    let language = language
                    cells.append(.computed { row in
                        Self.display(table.value(column: index, row: Int(ids[row])), domain: domain, in: language)
                    })
                    continue
                }
                cells.append(.computed { row in
                    Self.display(table.value(column: index, row: Int(ids[row])), store: store)
                })
            }
        }
        for index in frame.rowType.columns.indices where latest[frame.rowType.columns[index].name] == index
            && !placed.contains(index) {
            addComputed(index)
        }
        return ResultSet(columns: columns, rowCount: frame.count, cells: cells)
    }

    /// A computed column as it shows; only a column that can hold references is rewritten.
    private func computedCells(_ values: [Value], type: ValueType) -> ResultCells {
        switch type {
        case .int, .decimal, .text, .bool: .values(values)
        case .enumeration(let domain) where language != .english:
            .values(values.map { Self.display($0, domain: domain, in: language) })
        default:
            .values(values.map { Self.display($0, store: store) })
        }
    }

    private static func display(_ value: Value, store: Store) -> Value {
        if case .ref(let entity, let row) = value { return .text(store.code(of: entity, row: row)) }
        return value
    }

    /// An enum value as it shows in `language` (a band by its Indonesian name).
    private static func display(_ value: Value, domain: Domain, in language: Language) -> Value {
        if case .text(let text) = value { return .text(domain.display(text, in: language)) }
        return value
    }

    /// Whole-number columns named `year` or `…_year`, or reading such a field under another
    /// name, show as years (no thousands grouping).
    private func kind(_ type: ValueType, name: String, isYear: Bool = false, isSparkline: Bool = false) -> ColumnKind {
        switch type {
        case .text where isSparkline: .sparkline
        case .int where isYear || ColumnInfo.isYearName(name): .year
        case .int: .int
        case .decimal: .decimal
        case .text: .text
        case .bool: .bool
        case .enumeration, .ref: .label
        case .null, .rows, .list: .unknown
        }
    }
}
