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
                    throw error(CheckerEditMessage.givenTwice, ["name": .text(field.name)], at: field.nameSpan)
                }
                let stored = try storedField(field.name, span: field.nameSpan, of: entity, rowType: RowType(entity: nil))
                var scope = Scope(rowType: RowType(entity: nil),
                                  aggregateMode: .none(reason: Message(FunctionMessage.reasonRecordValue)))
                let (bound, type) = try checkScalar(field.value, in: &scope)
                try checkAssignable(type, field.value, to: stored)
                fields.append(PlannedField(name: stored.name, type: stored.type, nullable: stored.nullable, value: bound,
                                           nameSpan: field.nameSpan, valueSpan: field.value.span))
            }
            if insert.upsert {
                let missing = keyFields(of: entity).filter { key in !fields.contains { $0.name == key } }
                if !missing.isEmpty {
                    throw error(CheckerEditMessage.upsertNeedsKey,
                                ["entity": .text(singular(entity)), "names": Message.joinedWithAnd(missing.map { "'\($0)'" })],
                                at: record.span,
                                hint: Message(CheckerEditMessage.giveKeyInEveryRecord, ["keys": Message.joinedWithAnd(keyFields(of: entity))]))
                }
            }
            records.append(PlannedRecord(fields: fields, span: record.span))
        }
        return PlannedInsert(entity: entity, upsert: insert.upsert, records: records, keywordSpan: insert.keywordSpan, span: span)
    }

    /// The entity a source name stands for, when rows can be added to it.
    private func editedEntity(_ name: String, span: Span, verb: String) throws(Diagnostic) -> Entity {
        if bindings[name] != nil {
            throw error(CheckerEditMessage.cannotEditLet, ["verb": .text(verb), "name": .text(name)], at: span,
                        hint: Message(CheckerEditMessage.editIntoSource,
                                      ["verb": .text(verb), "sources": .text(store.catalog.pluralNames.joined(separator: ", "))]))
        }
        let catalog = store.catalog
        if let entity = sourceEntity(name) { return entity }
        if let entity = catalog.entity(named: name) {
            throw error(CheckerMessage.unknownSource, ["name": .text(name)], at: span,
                        hint: Message(CheckerMessage.sourcesArePlural, ["plural": .text(catalog[entity].plural)]))
        }
        let hint = DidYouMean.suggest(name, from: catalog.sourceNames.sorted()).map(Message.didYouMean)
            ?? Message(CheckerMessage.sourcesAre, ["sources": .text(catalog.pluralNames.joined(separator: ", "))])
        throw error(CheckerMessage.unknownSource, ["name": .text(name)], at: span, hint: hint)
    }

    /// The stored field a record or update sets, refusing derived fields, relations and
    /// computed columns with the reason.
    private func storedField(_ name: String, span: Span, of entity: Entity, rowType: RowType) throws(Diagnostic) -> FieldSchema {
        let schema = store.schema(entity)
        let derived = derivedFields(of: entity)
        if let field = schema.field(named: name) {
            if derived.contains(name) {
                let computation = store.declaration(entity).derived.first { $0.fields.contains { $0.name == name } }
                let inputs = computation.map { MessageArgument.text($0.inputs.joined(separator: ", ")) }
                    ?? .message(Message(CheckerEditMessage.otherFields))
                throw error(CheckerEditMessage.derivedField, ["name": .text(name)], at: span,
                            hint: Message(CheckerEditMessage.followsFrom, ["name": .text(name), "inputs": inputs]))
            }
            return field
        }
        if schema.collection(named: name) != nil {
            throw error(CheckerEditMessage.relationNotField, ["name": .text(name), "entity": .text(singular(entity))], at: span,
                        hint: Message(CheckerEditMessage.setFromOtherSide, ["entity": .text(singular(entity)), "name": .text(name)]))
        }
        if rowType.columnIndex(name) != nil {
            throw error(CheckerEditMessage.computedColumnNotField, ["name": .text(name), "entity": .text(singular(entity))], at: span)
        }
        let settable = schema.fields.map(\.name).filter { !derived.contains($0) }
        let hint = DidYouMean.suggest(name, from: settable).map(Message.didYouMean)
            ?? Message(CheckerMessage.entityHas, ["entity": .text(singular(entity)), "members": .text(settable.joined(separator: ", "))])
        throw error(CheckerMessage.unknownField, ["name": .text(name), "entity": .text(singular(entity))], at: span, hint: hint)
    }

    /// Whether a value of `type` can be stored in the field; literals of enums and pillars are
    /// checked against their domain as comparisons check them.
    private func checkAssignable(_ type: ValueType, _ expression: Expression, to field: FieldSchema,
                                 inUpdate: Bool = false) throws(Diagnostic) {
        // How the hints write the field: `field: value` in a record, `field = value` in update.
        let set = field.name + (inUpdate ? " = " : ": ")
        if type == .null {
            guard field.nullable else {
                throw error(CheckerEditMessage.cannotBeNull, ["name": .text(field.name)], at: expression.span,
                            hint: Message(CheckerEditMessage.needsValue, ["name": .text(field.name)]))
            }
            return
        }
        let fits: Bool
        var hint: Message?
        switch field.type {
        case .int, .decimal:
            // A decimal for an int field is accepted when it is whole (`budget * 1.1` rounded);
            // the executor checks the value.
            fits = type == .int || type == .decimal
            if type == .text { hint = Message(CheckerMessage.numbersWithoutQuotes, ["example": .text("\(set)2024")]) }
        case .text:
            fits = type == .text || Checker.isEnumeration(type)
            if type.isNumeric { hint = Message(CheckerEditMessage.textsAreQuoted, ["example": .text("\(set)\"…\"")]) }
        case .enumeration(let domain):
            fits = type == .text || type == .enumeration(domain)
            if fits { try checkDomainLiteral(expression, domain: domain.values, what: domain.rawValue) }
            hint = Message(CheckerMessage.isOneOf, ["what": .text(field.name),
                                                    "values": .text(domain.values.map { "\"\($0)\"" }.joined(separator: ", "))])
        case .reference(let entity):
            fits = type == .text || type == .ref(entity)
            if fits { try checkFixedListLiteral(expression, entity: entity) }
            hint = Message(CheckerEditMessage.giveCodeAsText, ["entity": .text(singular(entity)), "example": .text("\(set)\"…\"")])
        }
        guard fits else {
            throw error(CheckerEditMessage.holdsOtherType, ["name": .text(field.name), "kind": .message(describe(field.type)),
                                                            "type": .text(typeName(type))], at: expression.span, hint: hint)
        }
    }

    private static func isEnumeration(_ type: ValueType) -> Bool {
        if case .enumeration = type { return true }
        return false
    }

    func describe(_ type: FieldType) -> Message {
        switch type {
        case .int: Message(CheckerEditMessage.wholeNumbers)
        case .decimal: Message(CheckerEditMessage.numbers)
        case .text: Message(CheckerEditMessage.text)
        case .enumeration(let domain): Message(CheckerEditMessage.domainValues, ["domain": .text(domain.rawValue)])
        case .reference(let entity): Message(CheckerEditMessage.entityCodes, ["entity": .text(singular(entity))])
        }
    }

    // MARK: - update / delete

    /// `source | stages | update …` or `… | delete`: the rows of the stages before, which must
    /// still be rows of an entity.
    func checkRowEdit(_ pipeline: Pipeline, span: Span) throws(Diagnostic) -> PlannedRowEdit {
        guard let last = pipeline.stages.last else { throw error(CheckerEditMessage.expectedEdit, at: span) }
        let word = source.text(of: last.keywordSpan)
        var inputPipeline = pipeline
        inputPipeline.stages.removeLast()
        let input = try checkPipeline(inputPipeline)
        guard let entity = input.rowType.entity else {
            throw error(CheckerEditMessage.editNeedsRows, ["stage": .text(word), "reason": .message(Checker.whyNotRows(input))],
                        at: last.keywordSpan,
                        hint: Message(CheckerEditMessage.editRightAfterStages,
                                      ["stage": .text(word), "example": .text("measurements | where … | \(word == "update" ? "update …" : word)")]))
        }
        switch last.kind {
        case .update(let assignments):
            var scope = Scope(rowType: input.rowType, aggregateMode: .window)
            var fields: [PlannedField] = []
            var columns: [BoundColumn] = []
            var output = input.rowType
            for assignment in assignments {
                if fields.contains(where: { $0.name == assignment.name }) {
                    throw error(CheckerEditMessage.setTwice, ["name": .text(assignment.name)], at: assignment.nameSpan)
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
            throw error(CheckerEditMessage.expectedEdit, at: last.keywordSpan)
        }
    }

    private static func recordsAfter(_ stage: String) -> Message {
        Message(CheckerEditMessage.recordsAfterStage, ["stage": .text(stage)])
    }

    /// Why a plan's rows are records rather than rows of an entity, naming the stage.
    static func whyNotRows(_ plan: LogicalPlan) -> Message {
        switch plan {
        case .source(.binding(let name), _):
            return Message(CheckerEditMessage.letHoldsRecords, ["name": .text(name)])
        case .source:
            return Message(CheckerEditMessage.sourceHasNoStoredRows)
        case .project:
            return recordsAfter("select")
        case .distinct:
            return recordsAfter("distinct")
        case .aggregate:
            return recordsAfter("summarize")
        case .count:
            return Message(CheckerEditMessage.onlyACountAfterCount)
        case .pivot:
            return recordsAfter("pivot")
        case .unpivot:
            return recordsAfter("unpivot")
        case .totals:
            return recordsAfter("totals")
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
        throw error(CheckerEditMessage.staleLet, ["name": .text(name), "line": .number(line)], at: span,
                    hint: Message(CheckerEditMessage.letKeepsRows))
    }
}
