import PilarCore
import PilarStore

/// Value ordering and equality under a comparison mode, shared by `==`/`<`, `sort`, `top`,
/// `min`/`max` and summarize's group order.
struct ValueOrder {
    let store: Store

    /// -1, 0 or 1; nil when either side is null.
    func compare(_ a: Value, _ b: Value, _ mode: ComparisonMode) -> Int? {
        if a.isNull || b.isNull { return nil }
        switch mode {
        case .null:
            return nil
        case .numeric:
            return Self.compareNumbers(a, b)
        case .text:
            return compareText(text(a), text(b))
        case .bool:
            guard case .bool(let x) = a, case .bool(let y) = b else { return nil }
            return x == y ? 0 : (!x ? -1 : 1)
        case .domain(let domain):
            let x = ordinal(a, domain)
            let y = ordinal(b, domain)
            if let x, let y { return x < y ? -1 : (x == y ? 0 : 1) }
            return compareText(text(a), text(b))
        case .reference(let entity), .referenceCode(let entity):
            // Rows of a fixed list (the pillars) order as listed, not by code.
            if store.catalog.isFixedList(entity), let x = listRow(a, entity), let y = listRow(b, entity) {
                return x < y ? -1 : (x == y ? 0 : 1)
            }
            if case .ref(_, let x) = a, case .ref(_, let y) = b, x == y { return 0 }
            if case .ref(_, let x) = a, case .ref(_, let y) = b, let order = compareKeys(entity, x, y) { return order }
            return compareText(text(a), text(b))
        }
    }

    /// Exact numeric order of ints and decimals in any mix; nil for non-numbers.
    @inline(__always)
    static func compareNumbers(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.decimal(let x), .decimal(let y)): return x.compare(to: y)
        case (.decimal(let x), .int(let y)): return x.compare(toInteger: y)
        case (.int(let x), .decimal(let y)): return -y.compare(toInteger: x)
        default: return nil
        }
    }

    /// Whether row `a` comes before row `b` in the order of `sort`, `top` and summarize's
    /// groups: key by key, nulls last in either direction, ties kept in position order so
    /// the sort is stable. `key(row, index)` reads a row's key value.
    func rowPrecedes(_ a: Int, _ b: Int, modes: [ComparisonMode], descending: [Bool],
                     key: (_ row: Int, _ index: Int) -> Value) -> Bool {
        for index in modes.indices {
            let x = key(a, index)
            let y = key(b, index)
            if x.isNull || y.isNull {
                if x.isNull && y.isNull { continue }
                return y.isNull
            }
            guard let comparison = compare(x, y, modes[index]), comparison != 0 else { continue }
            return descending[index] ? comparison > 0 : comparison < 0
        }
        return a < b
    }

    /// The order `sort` uses for a type.
    static func mode(for type: ValueType) -> ComparisonMode {
        switch type {
        case .int, .decimal: .numeric
        case .text: .text
        case .bool: .bool
        case .enumeration(let domain): .domain(domain)
        case .ref(let entity): .reference(entity)
        case .null, .rows, .list: .null
        }
    }

    /// Text as it shows: references by code, numbers in full.
    func text(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .decimal(let number): NumberText.decimal(number)
        case .text(let string): string
        case .ref(let entity, let row): store.code(of: entity, row: row)
        }
    }

    /// Rows without a code (measurements) order by their key field by field, so years order
    /// as numbers, not as the text of their joined name; nil for entities with a code.
    private func compareKeys(_ entity: Entity, _ x: Int32, _ y: Int32) -> Int? {
        // Runs for every comparison of two references in a sort: rows with a code leave at
        // once, before the declaration is copied.
        guard !store.hasCode(entity) else { return nil }
        let declaration = store.declaration(entity)
        guard declaration.codeField == nil, !declaration.key.isEmpty else { return nil }
        let table = store.table(entity)
        for field in declaration.key {
            guard let column = table.columnIndex(of: field) else { continue }
            let a = table.value(column: column, row: Int(x))
            let b = table.value(column: column, row: Int(y))
            let order: Int?
            if case .ref(let target, _) = a {
                order = compare(a, b, .reference(target))
            } else {
                order = Self.compareNumbers(a, b) ?? compare(a, b, .text)
            }
            if let order, order != 0 { return order }
        }
        return 0
    }

    private func compareText(_ x: String, _ y: String) -> Int {
        if x == y { return 0 }
        return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
    }

    private func ordinal(_ value: Value, _ domain: Domain) -> Int? {
        guard case .text(let string) = value else { return nil }
        return domain.ordinal(of: string)
    }

    private func listRow(_ value: Value, _ entity: Entity) -> Int32? {
        switch value {
        case .ref(let rowEntity, let row) where rowEntity == entity: row
        case .text(let code): store.row(of: entity, code: code)
        default: nil
        }
    }
}
