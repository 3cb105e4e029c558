import PilarCore
import PilarStore

/// Checks `insert`/`upsert` statements and the `update`/`delete` stages: which entity, which
/// stored fields, values of the right type. What only the data can tell (a code that exists, a
/// key that is unique, a required field) the store checks when the edit is applied.
extension Checker {
    /// Fields computed from others; setting them would be overwritten, so it is refused.
    func derivedFields(of entity: Entity) -> [String] {
        store.catalog[entity].derivedFieldNames
    }

    /// The fields an upsert finds a row by.
    func keyFields(of entity: Entity) -> [String] {
        store.catalog[entity].key
    }

    // MARK: - insert / upsert

    func checkInsert(_ insert: InsertStatement, span: Span) throws(Diagnostic) -> PlannedInsert {
        let entity = try editedEntity(insert.source, span: insert.sourceSpan, verb: insert.verb)
        var records: [PlannedRecord] = []
        for record in insert.records {
            var fields: [PlannedField] = []
            for field in record.fields {
                if fields.contains(where: { $0.name == field.name }) {
                    throw error("'\(field.name)' is given twice in this record", at: field.nameSpan)
                }
                let stored = try storedField(field.name, span: field.nameSpan, of: entity, rowType: RowType(entity: nil))
                var scope = Scope(rowType: RowType(entity: nil),
                                  aggregateMode: .none(reason: "a record's value is one value, not computed over rows"))
                let (bound, type) = try checkScalar(field.value, in: &scope)
                try checkAssignable(type, field.value, to: stored)
                fields.append(PlannedField(name: stored.name, type: stored.type, nullable: stored.nullable, value: bound,
                                           nameSpan: field.nameSpan, valueSpan: field.value.span))
            }
            if insert.upsert {
                let missing = keyFields(of: entity).filter { key in !fields.contains { $0.name == key } }
                if !missing.isEmpty {
                    let names = missing.map { "'\($0)'" }.joined(separator: " and ")
                    throw error("upsert finds the \(singular(entity)) by its key, but this record has no \(names)", at: record.span,
                                hint: "give \(keyFields(of: entity).joined(separator: " and ")) in every record")
                }
            }
            records.append(PlannedRecord(fields: fields, span: record.span))
        }
        return PlannedInsert(entity: entity, upsert: insert.upsert, records: records, keywordSpan: insert.keywordSpan, span: span)
    }

    /// The entity a source name stands for, when rows can be added to it.
    private func editedEntity(_ name: String, span: Span, verb: String) throws(Diagnostic) -> Entity {
        if bindings[name] != nil {
            throw error("cannot \(verb) into '\(name)': it is a let result, not stored data", at: span,
                        hint: "\(verb) into a source: \(store.catalog.pluralNames.joined(separator: ", "))")
        }
        let catalog = store.catalog
        if let entity = sourceEntity(name) { return entity }
        if let entity = catalog.entity(named: name) {
            throw error("unknown source '\(name)'", at: span, hint: "sources are plural: \(catalog[entity].plural)")
        }
        let hint = DidYouMean.suggest(name, from: catalog.sourceNames.sorted()).map { "did you mean '\($0)'?" }
            ?? "sources are \(catalog.pluralNames.joined(separator: ", "))"
        throw error("unknown source '\(name)'", at: span, hint: hint)
    }

    /// The stored field a record or update sets, refusing derived fields, relations and
    /// computed columns with the reason.
    private func storedField(_ name: String, span: Span, of entity: Entity, rowType: RowType) throws(Diagnostic) -> FieldSchema {
        let schema = store.schema(entity)
        let derived = derivedFields(of: entity)
        if let field = schema.field(named: name) {
            if derived.contains(name) {
                let computation = store.declaration(entity).derived.first { $0.fields.contains { $0.name == name } }
                let inputs = computation.map { $0.inputs.joined(separator: ", ") } ?? "other fields"
                throw error("'\(name)' is derived and cannot be set", at: span,
                            hint: "\(name) follows from \(inputs): set those")
            }
            return field
        }
        if schema.collection(named: name) != nil {
            throw error("'\(name)' is a relation of \(singular(entity)), not a stored field", at: span,
                        hint: "set it from the other side: the \(singular(entity)) of each of its \(name)")
        }
        if rowType.columnIndex(name) != nil {
            throw error("'\(name)' is a column computed in this query, not a stored field of \(singular(entity))", at: span)
        }
        let settable = schema.fields.map(\.name).filter { !derived.contains($0) }
        let hint = DidYouMean.suggest(name, from: settable).map { "did you mean '\($0)'?" }
            ?? "\(singular(entity)) has \(settable.joined(separator: ", "))"
        throw error("unknown field '\(name)' of \(singular(entity))", at: span, hint: hint)
    }

    /// Whether a value of `type` can be stored in the field; literals of enums and pillars are
    /// checked against their domain as comparisons check them.
    private func checkAssignable(_ type: ValueType, _ expression: Expression, to field: FieldSchema,
                                 inUpdate: Bool = false) throws(Diagnostic) {
        // How the hints write the field: `field: value` in a record, `field = value` in update.
        let set = field.name + (inUpdate ? " = " : ": ")
        if type == .null {
            guard field.nullable else {
                throw error("'\(field.name)' cannot be null", at: expression.span, hint: "every \(field.name) needs a value")
            }
            return
        }
        let fits: Bool
        var hint: String?
        switch field.type {
        case .int, .decimal:
            // A decimal for an int field is accepted when it is whole (`budget * 1.1` rounded);
            // the executor checks the value.
            fits = type == .int || type == .decimal
            if type == .text { hint = "numbers are written without quotes: \(set)2024" }
        case .text:
            fits = type == .text || Checker.isEnumeration(type)
            if type.isNumeric { hint = "texts are quoted: \(set)\"…\"" }
        case .enumeration(let domain):
            fits = type == .text || type == .enumeration(domain)
            if fits { try checkDomainLiteral(expression, domain: domain.values, what: domain.rawValue) }
            hint = "\(field.name) is one of \(domain.values.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .reference(let entity):
            fits = type == .text || type == .ref(entity)
            if fits { try checkFixedListLiteral(expression, entity: entity) }
            hint = "give the \(singular(entity))'s code as text: \(set)\"…\""
        }
        guard fits else {
            throw error("'\(field.name)' holds \(describe(field.type)), not \(typeName(type))", at: expression.span, hint: hint)
        }
    }

    private static func isEnumeration(_ type: ValueType) -> Bool {
        if case .enumeration = type { return true }
        return false
    }

    func describe(_ type: FieldType) -> String {
        switch type {
        case .int: "whole numbers"
        case .decimal: "numbers"
        case .text: "text"
        case .enumeration(let domain): "\(domain.rawValue) values"
        case .reference(let entity): "\(singular(entity)) codes"
        }
    }

    // MARK: - update / delete

    /// `source | stages | update …` or `… | delete`: the rows of the stages before, which must
    /// still be rows of an entity.
    func checkRowEdit(_ pipeline: Pipeline, span: Span) throws(Diagnostic) -> PlannedRowEdit {
        guard let last = pipeline.stages.last else { throw error("expected an edit", at: span) }
        let word = source.text(of: last.keywordSpan)
        var inputPipeline = pipeline
        inputPipeline.stages.removeLast()
        let input = try checkPipeline(inputPipeline)
        guard let entity = input.rowType.entity else {
            throw error("'\(word)' needs rows of a source, but \(Checker.whyNotRows(input))", at: last.keywordSpan,
                        hint: "\(word) right after the stages that pick the rows: measurements | where … | \(word == "update" ? "update …" : word)")
        }
        switch last.kind {
        case .update(let assignments):
            var scope = Scope(rowType: input.rowType, aggregateMode: .window)
            var fields: [PlannedField] = []
            var columns: [BoundColumn] = []
            var output = input.rowType
            for assignment in assignments {
                if fields.contains(where: { $0.name == assignment.name }) {
                    throw error("'\(assignment.name)' is set twice in this update", at: assignment.nameSpan)
                }
                let stored = try storedField(assignment.name, span: assignment.nameSpan, of: entity, rowType: input.rowType)
                let (bound, type) = try checkScalar(assignment.value, in: &scope)
                try checkAssignable(type, assignment.value, to: stored, inUpdate: true)
                fields.append(PlannedField(name: stored.name, type: stored.type, nullable: stored.nullable, value: bound,
                                           nameSpan: assignment.nameSpan, valueSpan: assignment.value.span))
                // A name no query can write, so the value columns never shadow a real one.
                let column = BoundColumn(name: " update \(stored.name)", type: type, expression: bound)
                columns.append(column)
                output.columns.append(ColumnInfo(name: column.name, type: type))
            }
            let plan = InvariantMarker.mark(LogicalPlan.extend(input, columns, aggregates: scope.aggregates, output: output))
            return PlannedRowEdit(entity: entity, input: input, kind: .update(plan: plan, fields: fields),
                                  stageSpan: last.span, keywordSpan: last.keywordSpan, span: span)
        case .delete(let cascade):
            return PlannedRowEdit(entity: entity, input: InvariantMarker.mark(input), kind: .delete(cascade: cascade),
                                  stageSpan: last.span, keywordSpan: last.keywordSpan, span: span)
        default:
            throw error("expected an edit", at: last.keywordSpan)
        }
    }

    /// Why a plan's rows are records rather than rows of an entity, naming the stage.
    static func whyNotRows(_ plan: LogicalPlan) -> String {
        switch plan {
        case .source(.binding(let name), _):
            return "'\(name)' holds records (its let ends in select, summarize, distinct or count)"
        case .source:
            return "the source has no stored rows"
        case .project:
            return "after 'select' the rows are records"
        case .distinct:
            return "after 'distinct' the rows are records"
        case .aggregate:
            return "after 'summarize' the rows are records"
        case .count:
            return "after 'count' there is only a count"
        case .pivot:
            return "after 'pivot' the rows are records"
        case .unpivot:
            return "after 'unpivot' the rows are records"
        case .totals:
            return "after 'totals' the rows are records"
        case .filter(let input, _, _), .extend(let input, _, _, _), .sort(let input, _, _), .limit(let input, _),
             .window(let input, _, _, _, _):
            return whyNotRows(input)
        }
    }
}

// MARK: - let results after a write

extension Checker {
    /// Whether a `let` result points into the data (entity rows, references), so that a write
    /// can make it point at the wrong rows; plain values stay true after any write.
    public static func holdsRows(_ rowType: RowType) -> Bool {
        rowType.entity != nil || rowType.columns.contains { pointsIntoData($0.type) }
    }

    private static func pointsIntoData(_ type: ValueType) -> Bool {
        switch type {
        case .ref, .rows: true
        case .list(let element): pointsIntoData(element)
        default: false
        }
    }

    /// After an edit statement, every `let` result holding rows is stale for the statements
    /// checked after it (the script is checked before it runs, so this is decided here).
    mutating func markBindingsStale() {
        for (name, rowType) in bindings where Checker.holdsRows(rowType) {
            staleBindings[name] = bindingLines[name] ?? 0
        }
    }

    func requireFresh(_ name: String, span: Span) throws(Diagnostic) {
        guard let line = staleBindings[name] else { return }
        throw error("'\(name)' was computed before the data changed (line \(line)); run its let again", at: span,
                    hint: "a let keeps the rows it found; after an insert, update, delete or .undo they may be other rows")
    }
}
