import PilarCore

extension Store {
    /// Applies an edit, giving a new store; `self` is unchanged. All or nothing: every value is
    /// checked (`ValueCheck`, as the loader does), then keys, references, rules across fields
    /// and derived fields, before the new store is made.
    public func applying(_ edit: StoreEdit) throws(EditProblem) -> EditOutcome {
        var editor = StoreEditor(self)
        switch edit {
        case .insert(let entity, let rows):
            try editor.insert(entity, rows)
        case .upsert(let entity, let rows):
            try editor.upsert(entity, rows)
        case .update(let entity, let rows, let fields, let values):
            try editor.update(entity, rows: rows, fields: fields, values: values)
        case .delete(let entity, let rows, let cascade):
            try editor.delete(entity, rows: rows, cascade: cascade)
        case .addColumn(let entity, let name):
            return try addingColumn(name, to: entity)
        }
        return try editor.finish()
    }
}

extension Store {
    /// A new extra text column: null everywhere, saved after the file's other columns.
    func addingColumn(_ name: String, to entity: Entity) throws(EditProblem) -> EditOutcome {
        let declaration = catalog[entity]
        let schema = self.schema(entity)
        // A name must be writable in a query as `name`: one line, no backtick.
        guard !name.isEmpty, !name.contains(where: { $0.isNewline || $0 == "`" }) else {
            throw EditProblem(Message(EditMessage.badColumnName))
        }
        if schema.field(named: name) != nil || schema.collection(named: name) != nil {
            throw EditProblem(Message(EditMessage.fieldExists, ["entity": .message(declaration.noun), "name": .text(name)]), field: name)
        }
        let table = self.table(entity)
        var layout = table.layout
        layout?.columns.append(name)
        var widened = Table(schema: schema.adding(extraColumns: [name]),
                            columns: table.columns + [.text(Array(repeating: nil, count: table.count))], layout: layout)
        widened.sourceName = table.sourceName
        widened.sourceLines = table.sourceLines
        var tables = allTables
        tables[entity.id] = widened
        let store = Store(catalog: catalog, title: title, origin: origin, isDemo: isDemo, tables: tables)
        return EditOutcome(store: store, summary: Message(SummaryMessage.columnAdded, ["name": .text(name), "source": .text(declaration.plural)]),
                           changesNothing: false)
    }
}

/// The working copy of an edit: the stored and extra columns of every table, changed in place,
/// then checked and turned into a new store by `finish`.
struct StoreEditor {
    let original: Store
    var catalog: Catalog { original.catalog }
    /// Per entity, the stored columns (declared fields, then extras), derived ones left out.
    private var columns: [[ColumnData]]
    private var counts: [Int]
    /// Per entity, each row's source line (0 for inserted rows), kept through deletes.
    private var lines: [[Int32]]
    private var changed: Set<Entity> = []
    /// Rows added or changed per entity, with the record of the edit that made each, for
    /// the rules checked in `finish` and to say which record broke one.
    private var touched: [Entity: [Int: Int]] = [:]
    private var inserted: [Entity: Int] = [:]
    private var updated: [Entity: Int] = [:]
    private var deleted: [Entity: Int] = [:]
    /// The entity the statement was about, first in the summary.
    private var subject: Entity?

    init(_ store: Store) {
        original = store
        columns = store.allTables.map { table in
            let declared = store.catalog[table.entity].fields.count
            let derived = store.catalog[table.entity].derivedFieldNames.count
            return Array(table.columns[..<declared]) + Array(table.columns[(declared + derived)...])
        }
        counts = store.allTables.map(\.count)
        lines = store.allTables.map { table in
            table.sourceLines.count == table.count ? table.sourceLines : Array(repeating: 0, count: table.count)
        }
    }

    // MARK: - Field positions

    /// The stored position of a field (declared or extra), or nil when it has none.
    private func position(of field: String, in entity: Entity) -> Int? {
        let declaration = catalog[entity]
        if let index = declaration.fields.firstIndex(where: { $0.name == field }) { return index }
        let schema = original.schema(entity)
        let extras = schema.fields.filter(\.isExtra).map(\.name)
        return extras.firstIndex(of: field).map { declaration.fields.count + $0 }
    }

    private func extraNames(_ entity: Entity) -> [String] {
        original.schema(entity).fields.filter(\.isExtra).map(\.name)
    }

    private func value(_ entity: Entity, _ position: Int, _ row: Int) -> Value {
        columns[entity.id][position].value(at: row)
    }

    /// Checks the names of a record's fields: known, stored, not derived.
    private func checkNames(_ names: some Sequence<String>, of entity: Entity, record: Int?) throws(EditProblem) {
        let declaration = catalog[entity]
        for name in names where position(of: name, in: entity) == nil {
            if declaration.derivedFieldNames.contains(name) {
                throw EditProblem(Message(EditMessage.computedField, ["name": .text(name)]), hint: Message(EditMessage.computedFieldHint),
                                  record: record, field: name)
            }
            let known = declaration.fields.map(\.name) + extraNames(entity)
            throw EditProblem(Message(EditMessage.unknownField, ["name": .text(name), "entity": .message(declaration.noun)]),
                              hint: DidYouMean.suggest(name, from: known).map(Message.didYouMean)
                                ?? Message(EditMessage.entityHasFieldsHint,
                                           ["entity": .message(declaration.noun), "fields": .list(known.map { .text($0) })]),
                              record: record, field: name)
        }
    }

    /// The stored form of a value for a field, or the problem, located at the record.
    private func checked(_ value: Value, _ field: String, of entity: Entity, record: Int?) throws(EditProblem) -> Value {
        guard let declared = catalog[entity].field(named: field) else {
            // An extra column: text, or null.
            switch value {
            case .null: return value
            case .text(let text) where text.isEmpty: return .null
            case .text(let text) where text.utf8.contains(0):
                throw EditProblem(Message(EditMessage.extraNUL, ["field": .text(field)]), record: record, field: field)
            case .text: return value
            case .int(let number): return .text(String(number))
            case .decimal(let number): return .text(number.description)
            default:
                throw EditProblem(Message(EditMessage.extraNotText, ["value": .text(Self.shown(value)), "field": .text(field)]),
                                  record: record, field: field)
            }
        }
        let tables = self
        let result = ValueCheck.check(value, for: declared, in: catalog,
                                      lookup: { target, code in tables.row(of: target, code: code) },
                                      codes: { target in tables.codes(of: target) })
        switch result {
        case .success(let stored): return stored
        case .failure(let problem):
            throw EditProblem(problem.message(value: Self.shown(value), place: .field(field)), hint: problem.hint,
                              record: record, field: field)
        }
    }

    static func shown(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .decimal(let number): number.description
        case .text(let text): text
        case .ref(_, let row): "#\(row)"
        }
    }

    /// The row with a code, in the working copy (so a row inserted earlier in the same
    /// statement can be referred to).
    func row(of entity: Entity, code: String) -> Int32? {
        guard let field = catalog[entity].codeField, let position = position(of: field, in: entity),
              case .text(let codes) = columns[entity.id][position] else { return nil }
        if !changed.contains(entity) { return original.table(entity).codeIndex[code] }
        return codes.firstIndex(of: code).map { Int32($0) }
    }

    func codes(of entity: Entity) -> [String] {
        guard let field = catalog[entity].codeField, let position = position(of: field, in: entity),
              case .text(let codes) = columns[entity.id][position] else { return [] }
        return codes.compactMap { $0 }
    }

    // MARK: - Insert and upsert

    mutating func insert(_ entity: Entity, _ records: [[String: Value]]) throws(EditProblem) {
        subject = entity
        inserted[entity] = 0
        for (index, record) in records.enumerated() {
            try insertRow(entity, record, record: index)
        }
    }

    private mutating func insertRow(_ entity: Entity, _ record: [String: Value], record index: Int) throws(EditProblem) {
        try checkNames(record.keys.sorted(), of: entity, record: index)
        let declaration = catalog[entity]
        var row: [Value] = []
        for field in declaration.fields {
            row.append(try checked(record[field.name] ?? .null, field.name, of: entity, record: index))
        }
        for extra in extraNames(entity) {
            row.append(try checked(record[extra] ?? .null, extra, of: entity, record: index))
        }
        for (position, value) in row.enumerated() {
            columns[entity.id][position].append(value)
        }
        let newRow = counts[entity.id]
        counts[entity.id] += 1
        lines[entity.id].append(0)
        changed.insert(entity)
        touched[entity, default: [:]][newRow] = index
        inserted[entity, default: 0] += 1
    }

    mutating func upsert(_ entity: Entity, _ records: [[String: Value]]) throws(EditProblem) {
        subject = entity
        let declaration = catalog[entity]
        let firstNewRow = counts[entity.id]
        // Rows, not records, are counted: two records for one row update it once.
        var updatedRows: Set<Int> = []
        defer { if !updatedRows.isEmpty { updated[entity, default: 0] += updatedRows.count } }
        for (index, record) in records.enumerated() {
            try checkNames(record.keys.sorted(), of: entity, record: index)
            var key: [Value] = []
            for name in declaration.key {
                guard let given = record[name], !given.isNull else {
                    throw EditProblem(Message(EditMessage.upsertNeedsKey,
                                              ["entity": .message(declaration.noun), "key": .list(declaration.key.map { .text($0) })]),
                                      hint: Message(EditMessage.upsertNeedsKeyHint, ["name": .text(name)]), record: index, field: name)
                }
                key.append(try checked(given, name, of: entity, record: index))
            }
            if let existing = findRow(entity, key: key) {
                let fields = record.keys.filter { !declaration.key.contains($0) }.sorted()
                for field in fields {
                    let stored = try checked(record[field]!, field, of: entity, record: index)
                    columns[entity.id][position(of: field, in: entity)!].set(existing, to: stored)
                }
                changed.insert(entity)
                touched[entity, default: [:]][existing] = index
                if existing < firstNewRow { updatedRows.insert(existing) }
            } else {
                try insertRow(entity, record, record: index)
            }
        }
    }

    /// The row whose key fields hold these stored values.
    private func findRow(_ entity: Entity, key: [Value]) -> Int? {
        let positions = catalog[entity].key.compactMap { position(of: $0, in: entity) }
        if positions.count == 1, catalog[entity].codeField != nil, case .text(let code) = key[0] {
            return row(of: entity, code: code).map(Int.init)
        }
        for row in candidateRows(entity, sharingFirstKeyWith: [key[0]]) where zip(positions, key).allSatisfy({ value(entity, $0, row) == $1 }) {
            return row
        }
        return nil
    }

    /// The rows that may share a key whose first field is one of `firsts`: when that field is a
    /// reference, only the rows referring to those rows (found by comparing row indexes, not
    /// by building values), else every row.
    private func candidateRows(_ entity: Entity, sharingFirstKeyWith firsts: [Value]) -> [Int] {
        let declaration = catalog[entity]
        guard let first = declaration.key.first, let position = position(of: first, in: entity),
              case .reference(_, let parents) = columns[entity.id][position] else {
            return Array(0..<counts[entity.id])
        }
        let wanted = Set(firsts.compactMap(\.referencedRow))
        var rows: [Int] = []
        for (row, parent) in parents.enumerated() where wanted.contains(parent) { rows.append(row) }
        return rows
    }

    // MARK: - Update

    mutating func update(_ entity: Entity, rows: [Int32], fields: [String], values: [[Value]]) throws(EditProblem) {
        subject = entity
        try checkNames(fields, of: entity, record: nil)
        let positions = fields.map { position(of: $0, in: entity)! }
        for (index, row) in rows.enumerated() {
            guard row >= 0, Int(row) < counts[entity.id], index < values.count, values[index].count == fields.count else {
                throw EditProblem(Message(EditMessage.updateMismatch), record: index)
            }
            for (column, field) in fields.enumerated() {
                let stored = try checked(values[index][column], field, of: entity, record: index)
                columns[entity.id][positions[column]].set(Int(row), to: stored)
            }
            touched[entity, default: [:]][Int(row)] = index
        }
        changed.insert(entity)
        updated[entity, default: 0] += rows.count
    }

    // MARK: - Delete

    mutating func delete(_ entity: Entity, rows: [Int32], cascade: Bool) throws(EditProblem) {
        subject = entity
        deleted[entity] = 0
        var doomed = catalog.entities.map { Array(repeating: false, count: counts[$0.id]) }
        for row in rows where row >= 0 && Int(row) < counts[entity.id] { doomed[entity.id][Int(row)] = true }
        // Rows referring to deleted rows: refused, or deleted too, entity by entity in load
        // order (references only point backwards, so one pass reaches every level).
        var dependants: [(entity: Entity, count: Int)] = []
        for declaration in catalog.declarations where declaration.entity.id > entity.id || declaration.entity == entity {
            for reference in catalog.referencesTo(declaration.entity) {
                let child = reference.entity
                guard let position = position(of: reference.field, in: child),
                      case .reference(_, let parents) = columns[child.id][position] else { continue }
                var count = 0
                for (row, parent) in parents.enumerated() where parent >= 0 && doomed[declaration.entity.id][Int(parent)] {
                    if !doomed[child.id][row] {
                        doomed[child.id][row] = true
                        count += 1
                    }
                }
                if count > 0 { dependants.append((child, count)) }
            }
        }
        if !cascade, let first = dependants.first {
            let rowCount = doomed[entity.id].filter { $0 }.count
            let what = catalog[entity]
            let direct = dependants.filter { dependant in catalog.referencesTo(entity).contains { $0.entity == dependant.entity } }
            let named = Message.andList((direct.isEmpty ? [first] : direct).map { .message(catalog[$0.entity].countMessage($0.count)) })
            let refers = (direct.isEmpty ? [first] : direct).count == 1 && (direct.first ?? first).count == 1
            throw EditProblem(Message(refers ? EditMessage.deleteRefusedOneRefers : .deleteRefused,
                                      ["rows": .message(what.countMessage(rowCount)), "dependants": .message(named), "count": .number(rowCount)]),
                              hint: Message(EditMessage.deleteRefusedHint))
        }
        for current in catalog.entities {
            let flags = doomed[current.id]
            let removed = flags.filter { $0 }.count
            guard removed > 0 else { continue }
            deleted[current, default: 0] += removed
            columns[current.id] = columns[current.id].map { $0.keeping(flags.map { !$0 }) }
            lines[current.id] = zip(lines[current.id], flags).filter { !$0.1 }.map(\.0)
            counts[current.id] -= removed
            changed.insert(current)
            // Rows after a deleted one move up: references to this entity follow them.
            var newRow = [Int32](repeating: -1, count: flags.count)
            var next: Int32 = 0
            for (row, gone) in flags.enumerated() where !gone {
                newRow[row] = next
                next += 1
            }
            for reference in catalog.referencesTo(current) {
                guard let position = position(of: reference.field, in: reference.entity) else { continue }
                columns[reference.entity.id][position] = columns[reference.entity.id][position].remappingReferences(to: current, newRow)
                // The referring table changed too, even when it lost no row of its own.
                changed.insert(reference.entity)
            }
            touched[current] = nil
        }
    }

    // MARK: - Checks across rows, and the new store

    /// Checks keys and row rules of the rows touched, recomputes derived fields, and builds the
    /// new store.
    mutating func finish() throws(EditProblem) -> EditOutcome {
        for entity in catalog.entities where touched[entity] != nil {
            try checkKeys(entity)
            try checkRules(entity)
        }
        var tables: [Table] = []
        for declaration in catalog.declarations {
            let entity = declaration.entity
            let old = original.table(entity)
            let inputsChanged = declaration.derived.contains { computation in
                computation.inputs.contains { input in
                    let parts = input.split(separator: ".")
                    guard parts.count == 2, let field = declaration.field(named: String(parts[0])),
                          case .reference(let target) = field.type else { return false }
                    return changed.contains(target)
                }
            }
            guard changed.contains(entity) || (inputsChanged && !declaration.derived.isEmpty) else {
                tables.append(old)
                continue
            }
            let stored = columns[entity.id]
            let declared = declaration.fields.count
            var own: [String: ColumnData] = [:]
            for (index, field) in declaration.fields.enumerated() { own[field.name] = stored[index] }
            let derived = DerivedValues.compute(declaration, own: own, count: counts[entity.id]) { tables[$0.id] }
            if let problem = derived.problems.first {
                let record = touched[entity]?[problem.row]
                throw EditProblem(problem.text, hint: problem.hintText, record: record, field: problem.field)
            }
            let all = Array(stored[..<declared]) + derived.columns + Array(stored[declared...])
            var table = Table(schema: old.schema, columns: all, layout: old.layout)
            table.sourceName = old.sourceName
            table.sourceLines = lines[entity.id]
            tables.append(table)
        }
        let store = Store(catalog: catalog, title: original.title, origin: original.origin, isDemo: original.isDemo, tables: tables)
        return EditOutcome(store: store, inserted: inserted, updated: updated, deleted: deleted, summary: summary())
    }

    private func checkKeys(_ entity: Entity) throws(EditProblem) {
        let declaration = catalog[entity]
        let positions = declaration.key.compactMap { position(of: $0, in: entity) }
        guard !positions.isEmpty, let rows = touched[entity] else { return }
        // Only keys of touched rows can clash: index those, then compare the rows that may
        // share one (for measurements, the rows of the same indicators).
        var seen: [[Value]: Int] = [:]
        for row in rows.keys.sorted() {
            let key = positions.map { value(entity, $0, row) }
            if let other = seen[key] { throw duplicate(entity, key: key, record: rows[row] ?? rows[other]) }
            seen[key] = row
        }
        let firsts = Array(Set(seen.keys.map { $0[0] }))
        let candidates: [Int]
        if positions.count == 1, case .text(let codes) = columns[entity.id][positions[0]] {
            candidates = codes.indices.filter { row in codes[row].map { seen[[.text($0)]] != nil } ?? false }
        } else {
            candidates = candidateRows(entity, sharingFirstKeyWith: firsts)
        }
        for row in candidates {
            let key = positions.map { value(entity, $0, row) }
            guard let other = seen[key], other != row else { continue }
            throw duplicate(entity, key: key, record: rows[other])
        }
    }

    private func duplicate(_ entity: Entity, key: [Value], record: Int?) -> EditProblem {
        let declaration = catalog[entity]
        let shown = zip(declaration.key, key).map { MessageArgument.text("\($0) \(Self.keyText($1, original: original))") }
        return EditProblem(Message(EditMessage.alreadyExists, ["entity": .message(declaration.noun), "key": .list(shown)]),
                           hint: Message(declaration.codeField != nil ? EditMessage.codesAreUniqueHint : .useUpsertHint),
                           record: record, field: declaration.key.last)
    }

    private static func keyText(_ value: Value, original: Store) -> String {
        if case .ref(let entity, let row) = value { return "'\(original.code(of: entity, row: row))'" }
        if case .text(let text) = value { return "'\(text)'" }
        return shown(value)
    }

    private func checkRules(_ entity: Entity) throws(EditProblem) {
        guard let rows = touched[entity] else { return }
        for rule in catalog[entity].rules {
            switch rule {
            case .notAfter(let first, let second, let hint):
                guard let a = position(of: first, in: entity), let b = position(of: second, in: entity) else { continue }
                for (row, record) in rows.sorted(by: { $0.value < $1.value }) {
                    guard case .int(let x) = value(entity, a, row), case .int(let y) = value(entity, b, row), x > y else { continue }
                    throw EditProblem(Message(LoaderMessage.notAfter, ["first": .text(first), "firstValue": .text(String(x)),
                                                                      "second": .text(second), "secondValue": .text(String(y))]),
                                      hint: hint, record: record, field: first)
                }
            }
        }
    }

    /// "3 measurements updated", "2 programmes deleted (and 5 indicators, 40 measurements with them)".
    private func summary() -> Message {
        guard let subject else { return Message(SummaryMessage.nothingChanged) }
        let declaration = catalog[subject]
        var parts: [Message] = []
        if let count = inserted[subject] {
            parts.append(Message(SummaryMessage.rowsInserted, ["rows": .message(declaration.countMessage(count))]))
        }
        if let count = updated[subject] {
            // After "1 measurement inserted" the noun is not repeated: "…, 1 updated".
            let rows: MessageArgument = parts.isEmpty ? .message(declaration.countMessage(count)) : .number(count)
            parts.append(Message(SummaryMessage.rowsUpdated, ["rows": rows]))
        }
        if let count = deleted[subject] {
            var text = Message(SummaryMessage.rowsDeleted, ["rows": .message(declaration.countMessage(count))])
            let others = catalog.entities.filter { $0 != subject }.compactMap { entity in
                deleted[entity].flatMap { $0 > 0 ? catalog[entity].countMessage($0) : nil }
            }
            if !others.isEmpty {
                text = Message(SummaryMessage.deletedWithOthers,
                               ["deleted": .message(text), "others": .message(.parts(others)), "count": .number(count)])
            }
            parts.append(text)
        }
        return parts.isEmpty ? Message(SummaryMessage.noneChanged, ["rows": .message(declaration.countMessage(0))]) : .parts(parts)
    }
}
