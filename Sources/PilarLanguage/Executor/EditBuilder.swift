import PilarCore
import PilarStore

/// Turns a checked edit into the store's `StoreEdit`: evaluates each record's values and each
/// row's update values (on the data as it was before the statement), converts them to what the
/// fields hold, and maps a refusal of the store back to the place in the statement it is about.
struct EditBuilder {
    let executor: Executor
    let source: SourceFile

    func edit(for insert: PlannedInsert) throws(Diagnostic) -> StoreEdit {
        let context = RowContext.outsideAnyRow
        var rows: [[String: Value]] = []
        for record in insert.records {
            var row: [String: Value] = [:]
            for field in record.fields {
                row[field.name] = try stored(try executor.evaluate(field.value, context), for: field)
            }
            rows.append(row)
        }
        return insert.upsert ? .upsert(insert.entity, rows: rows) : .insert(insert.entity, rows: rows)
    }

    func edit(for edit: PlannedRowEdit) throws(Diagnostic) -> StoreEdit {
        switch edit.kind {
        case .update(let plan, let fields):
            // The value columns are the last ones of the extended frame, one per field.
            let frame = try executor.run(plan)
            let first = frame.columns.count - fields.count
            var seen = Set<Int32>()
            var rows: [Int32] = []
            var values: [[Value]] = []
            for row in 0..<frame.count where seen.insert(frame.ids[row]).inserted {
                var rowValues: [Value] = []
                for (index, field) in fields.enumerated() {
                    rowValues.append(try stored(frame.columns[first + index][row], for: field))
                }
                rows.append(frame.ids[row])
                values.append(rowValues)
            }
            return .update(edit.entity, rows: rows, fields: fields.map(\.name), values: values)
        case .delete(let cascade):
            let frame = try executor.run(edit.input)
            var seen = Set<Int32>()
            let rows = frame.ids.filter { seen.insert($0).inserted }
            return .delete(edit.entity, rows: rows, cascade: cascade)
        }
    }

    /// The value as the field holds it: a whole decimal becomes an int for an int field, an int
    /// a decimal for a decimal field; anything else the field cannot hold is an error at the
    /// value (the checker has ruled out wrong types, not wrong values).
    private func stored(_ value: Value, for field: PlannedField) throws(Diagnostic) -> Value {
        switch (value, field.type) {
        case (.null, _):
            guard field.nullable else {
                throw Diagnostic(.runtime, RuntimeMessage.fieldCannotBeNull, ["field": .text(field.name)], source: source, span: field.valueSpan,
                                 hint: Message(RuntimeMessage.fieldNeedsValue, ["field": .text(field.name)]))
            }
            return .null
        case (.decimal(let number), .int):
            guard let whole = number.exactInteger else {
                throw Diagnostic(.runtime, RuntimeMessage.fieldHoldsWholeNumbers,
                                 ["field": .text(field.name), "value": .text(NumberText.decimal(number))],
                                 source: source, span: field.valueSpan, hint: Message(RuntimeMessage.roundIt))
            }
            return .int(whole)
        case (.int(let number), .decimal):
            guard let decimal = value.asDecimal else {
                throw Diagnostic(.runtime, RuntimeMessage.fieldCannotHold, ["field": .text(field.name), "value": .text(String(number))],
                                 source: source, span: field.valueSpan)
            }
            return .decimal(decimal)
        default:
            return value
        }
    }

    /// Where a refusal of the store points: the value of the field it names in the record it
    /// names, else that record, else the `insert` word.
    func diagnostic(_ problem: EditProblem, for insert: PlannedInsert) -> Diagnostic {
        var span = insert.keywordSpan
        if let index = problem.record, insert.records.indices.contains(index) {
            let record = insert.records[index]
            span = record.fields.first { $0.name == problem.field }?.valueSpan ?? record.span
        }
        return Diagnostic(.runtime, problem.text, source: source, span: span, hint: problem.hintText)
    }

    /// Where a refusal of the store points: the assignment of the field it names, else the stage.
    func diagnostic(_ problem: EditProblem, for edit: PlannedRowEdit) -> Diagnostic {
        var span = edit.stageSpan
        if case .update(_, let fields) = edit.kind, let field = fields.first(where: { $0.name == problem.field }) {
            span = field.nameSpan.merged(with: field.valueSpan)
        }
        return Diagnostic(.runtime, problem.text, source: source, span: span, hint: problem.hintText)
    }
}
