import PilarCore
import PilarStore

/// Checks `pivot`, `unpivot` and `totals`, the stages that reshape a table for a report.
extension Checker {
    /// More columns than this is a mistake (a pivot across a code), not a report.
    static let maximumPivotColumns = 500

    // MARK: - pivot

    func checkPivot(_ spec: PivotSpec, on input: LogicalPlan) throws(Diagnostic) -> LogicalPlan {
        let rowType = input.rowType
        var keyScope = Scope(rowType: rowType, aggregateMode: .none(reason: Message(FunctionMessage.reasonByKeys)))
        var keys: [BoundColumn] = []
        for item in spec.keys {
            let (bound, type) = try checkScalar(item.expression, in: &keyScope)
            keys.append(BoundColumn(name: item.name ?? defaultName(item.expression), type: type, expression: bound))
        }
        var acrossScope = Scope(rowType: rowType, aggregateMode: .none(reason: Message(FunctionMessage.reasonAcrossKey)))
        let (acrossBound, acrossType) = try checkScalar(spec.across, in: &acrossScope)
        let across = BoundColumn(name: defaultName(spec.across), type: acrossType, expression: acrossBound)
        var groupScope = Scope(rowType: rowType, aggregateMode: .group)
        var outputs: [BoundColumn] = []
        for item in spec.aggregates {
            let (bound, type) = try checkScalar(item.expression, in: &groupScope)
            outputs.append(BoundColumn(name: item.name ?? defaultName(item.expression), type: type, expression: bound))
        }
        let values: [Value]
        if let listed = spec.values {
            values = try listedPivotValues(listed, across: spec.across, type: acrossType, rowType: rowType)
        } else {
            try requireRowFreePivot(across, on: input, spec: spec)
            values = try distinctValues(of: across, in: input, span: spec.across.span)
        }
        guard values.count <= Checker.maximumPivotColumns else {
            throw error(ReshapeMessage.tooManyPivotColumns, ["key": .text(source.text(of: spec.across.span)),
                                                             "count": .number(values.count), "maximum": .number(Checker.maximumPivotColumns)],
                        at: spec.across.span, hint: Message(ReshapeMessage.pivotAcrossFewValues))
        }
        // Column names are the values as they show; with several aggregates, VALUE_NAME.
        let order = ValueOrder(store: store)
        var columns = keys.map { ColumnInfo(name: $0.name, type: $0.type) }
        for value in values {
            let base = value.isNull ? "null" : order.text(value)
            for output in outputs {
                columns.append(ColumnInfo(name: outputs.count == 1 ? base : "\(base)_\(output.name)", type: output.type))
            }
        }
        var seen: Set<String> = []
        for column in columns where !seen.insert(column.name).inserted {
            throw error(ReshapeMessage.duplicatePivotColumn, ["name": .text(column.name)], at: spec.across.span,
                        hint: Message(ReshapeMessage.renameKeyOrAggregate))
        }
        let plan = PivotPlan(keys: keys, column: across, values: values, listed: spec.values != nil,
                             aggregates: groupScope.aggregates, outputs: outputs, acrossSpan: spec.across.span,
                             output: RowType(entity: nil, columns: columns))
        return .pivot(input, plan)
    }

    /// `across year in [2019, 2020]`: each value checked as `year == value` would be (an enum
    /// value with did-you-mean, a pillar code), then taken as the key's own value.
    private func listedPivotValues(_ listed: [Expression], across: Expression, type: ValueType,
                                   rowType: RowType) throws(Diagnostic) -> [Value] {
        var values: [Value] = []
        for item in listed {
            var scope = Scope(rowType: rowType, aggregateMode: .none(reason: Message(FunctionMessage.reasonPivotColumns)))
            _ = try checkScalar(Expression(.binary(.equal, across, item), item.span), in: &scope)
            var itemScope = Scope(rowType: RowType(entity: nil), aggregateMode: .none(reason: Message(FunctionMessage.reasonPivotColumns)))
            guard case .constant(var value) = try checkScalar(item, in: &itemScope).0 else {
                throw error(ReshapeMessage.pivotValueNotFixed, ["expression": .text(source.text(of: item.span))], at: item.span,
                            hint: .code("across year in [2019, 2020]"))
            }
            switch (type, value) {
            case (.ref(let entity), .text(let code)):
                guard let row = store.table(entity).codeIndex[code] else {
                    throw error(ReshapeMessage.notACode, ["code": .text(code), "entity": .text(singular(entity))], at: item.span)
                }
                value = .ref(entity, row)
            case (.decimal, .int(let number)):
                value = DecimalNumber(number).map(Value.decimal) ?? value
            case (.int, .decimal(let number)):
                // Int rows never equal a decimal value: 2019.0 is the column 2019.
                guard let whole = number.exactInteger else {
                    throw error(ReshapeMessage.notWholeNumber, ["expression": .text(source.text(of: item.span)),
                                                                "key": .text(source.text(of: across.span))],
                                at: item.span, hint: Message(ReshapeMessage.listWholeNumbers, ["key": .text(source.text(of: across.span))]))
                }
                value = .int(whole)
            default: break
            }
            if values.contains(value) {
                throw error(ReshapeMessage.listedTwice, ["name": .text(source.text(of: item.span))], at: item.span)
            }
            values.append(value)
        }
        return values
    }

    /// The distinct values of pivot's across key, in the order summarize gives its groups
    /// (numbers ascending, enum values in domain order, pillars as listed, texts by code
    /// point, null last).
    ///
    /// Why the checker runs a query: pivot's output columns are named by data values, and
    /// the stages after it are checked against those columns (`sort `2019``). So, like
    /// DuckDB's PIVOT, the values are found first by running the input; a backend with SQL
    /// would run SELECT DISTINCT here. `across KEY in [...]` avoids it.
    private func distinctValues(of column: BoundColumn, in input: LogicalPlan, span: Span) throws(Diagnostic) -> [Value] {
        if editPending {
            throw error(Checker.pivotAfterEditMessage, at: span,
                        hint: Message(ReshapeMessage.listTheColumns, ["example": .text("across … in [...]")]))
        }
        var frames = bindingFrames
        // `let` results checked earlier in this script have not run yet: run them now, in order.
        for (name, plan) in letPlans {
            frames[name] = try Executor(store: store, source: source, bindings: frames, interrupt: interrupt).run(plan)
        }
        let output = RowType(entity: nil, columns: [ColumnInfo(name: column.name, type: column.type)])
        let distinct = LogicalPlan.aggregate(input, keys: [column], aggregates: [], outputs: [], output: output)
        let frame = try Executor(store: store, source: source, bindings: frames, interrupt: interrupt)
            .run(InvariantMarker.mark(distinct))
        return frame.columns.first ?? []
    }

    /// The message of the error that tells the session to check a statement only after the
    /// script's edit before it has run (see `Session.run`, which recognises it by its ID);
    /// shown only if nothing catches it.
    static let pivotAfterEditMessage = Message(ReshapeMessage.pivotAfterEdit)

    /// Inside a nested pipeline over the row's own relation (`opds | extend n =
    /// count(programmes | pivot …)`), or one reading `outer.`, each row has its own values
    /// but the columns are fixed once, when checking, where there is no row: they must be listed.
    private func requireRowFreePivot(_ across: BoundColumn, on input: LogicalPlan, spec: PivotSpec) throws(Diagnostic) {
        let distinct = LogicalPlan.aggregate(input, keys: [across], aggregates: [], outputs: [], output: RowType(entity: nil))
        guard !InvariantMarker.isRowFree(distinct) else { return }
        let key = source.text(of: spec.across.span)
        // An enum's values are known without the data: the hint is then the whole fix.
        let example: String
        if case .enumeration(let domain) = across.type {
            example = "across \(key) in [\(domain.values.map { "\"\($0)\"" }.joined(separator: ", "))]"
        } else {
            example = "across \(key) in [2019, 2020]"
        }
        throw error(ReshapeMessage.pivotInsideRow, ["key": .text(key)],
                    at: spec.across.span, hint: Message(ReshapeMessage.listTheColumns, ["example": .text(example)]))
    }

    // MARK: - unpivot

    func checkUnpivot(_ spec: UnpivotSpec, on input: LogicalPlan, stage: Stage) throws(Diagnostic) -> LogicalPlan {
        let rowType = input.rowType
        if let entity = rowType.entity {
            throw error(ReshapeMessage.unpivotNeedsRecords, ["entity": .text(singular(entity))], at: stage.keywordSpan,
                        hint: Message(ReshapeMessage.selectColumnsFirst))
        }
        var unpivoted: [Int] = []
        var valueType: ValueType = .null
        var firstTyped: UnpivotSpec.Name?
        for name in spec.columns {
            guard let index = rowType.columnIndex(name.name) else {
                let hint = DidYouMean.suggest(name.name, from: rowType.columns.map(\.name)).map(Message.didYouMean)
                throw error(CheckerMessage.unknownColumn, ["name": .text(name.name)], at: name.span,
                            hint: hint ?? columnsAre(rowType))
            }
            if unpivoted.contains(index) { throw error(ReshapeMessage.listedTwice, ["name": .text(name.name)], at: name.span) }
            unpivoted.append(index)
            let type = rowType.columns[index].type
            switch (valueType, type) {
            case (_, .null): break
            case (.null, _):
                valueType = type
                firstTyped = name
            case (let a, let b) where a == b: break
            case (.int, .decimal), (.decimal, .int): valueType = .decimal
            default:
                throw error(ReshapeMessage.unpivotMixesTypes, ["name": .text(name.name), "type": .text(typeName(type)),
                                                               "other": .text(firstTyped?.name ?? ""), "otherType": .text(typeName(valueType))],
                            at: name.span, hint: Message(ReshapeMessage.listOneKind))
            }
        }
        let wholeNumbers = spec.columns.compactMap { Int64($0.name) }
        let names: [Value] = wholeNumbers.count == spec.columns.count ? wholeNumbers.map(Value.int) : spec.columns.map { .text($0.name) }
        let kept = rowType.columns.indices.filter { !unpivoted.contains($0) }
        var columns = kept.map { rowType.columns[$0] }
        for name in [spec.nameColumn, spec.valueColumn] where columns.contains(where: { $0.name == name.name }) {
            throw error(ReshapeMessage.columnAlreadyThere, ["name": .text(name.name)], at: name.span,
                        hint: Message(ReshapeMessage.chooseAnotherNameAfterInto))
        }
        columns.append(ColumnInfo(name: spec.nameColumn.name, type: wholeNumbers.count == spec.columns.count ? .int : .text))
        if spec.valueColumn.name == spec.nameColumn.name {
            throw error(ReshapeMessage.nameAndValueSame, ["name": .text(spec.valueColumn.name)], at: spec.valueColumn.span)
        }
        columns.append(ColumnInfo(name: spec.valueColumn.name, type: valueType))
        let plan = UnpivotPlan(kept: kept, unpivoted: unpivoted, names: names,
                               asDecimal: valueType == .decimal, output: RowType(entity: nil, columns: columns))
        return .unpivot(input, plan)
    }

    // MARK: - totals

    func checkTotals(by: Expression?, on input: LogicalPlan, stage: Stage) throws(Diagnostic) -> LogicalPlan {
        let rowType = input.rowType
        if let entity = rowType.entity {
            throw error(ReshapeMessage.totalsNeedsRecords, ["entity": .text(singular(entity))], at: stage.keywordSpan,
                        hint: Message(ReshapeMessage.summarizeOrSelectFirst))
        }
        var byColumn: Int?
        if let by {
            guard case .name(let name) = by.kind else {
                throw error(ReshapeMessage.totalsByNeedsName, ["expression": .text(source.text(of: by.span))], at: by.span,
                            hint: .code("totals by pillar"))
            }
            guard let index = rowType.columnIndex(name) else {
                let hint = DidYouMean.suggest(name, from: rowType.columns.map(\.name)).map(Message.didYouMean)
                throw error(CheckerMessage.unknownColumn, ["name": .text(name)], at: by.span, hint: hint ?? columnsAre(rowType))
            }
            byColumn = index
        }
        let recompute = Checker.summarizeToRecompute(input)
        let label: Int
        if let byColumn {
            label = byColumn
        } else if let recompute, let key = recompute.keys.first {
            // By name: an extend may have redefined the key, hiding the original column.
            label = rowType.columnIndex(key.name) ?? 0
        } else if let first = rowType.columns.firstIndex(where: { Checker.isLabelType($0.type) }) {
            label = first
        } else {
            throw error(ReshapeMessage.totalsNeedsLabel, at: stage.keywordSpan, hint: Message(ReshapeMessage.summarizeByKeyFirst))
        }
        var output = rowType
        output.columns[label].type = .text
        let plan = TotalsPlan(labelColumn: label, byColumn: byColumn,
                              summed: rowType.columns.map { ($0.type == .int || $0.type == .decimal) && !Checker.isYearLike($0) },
                              recompute: recompute, output: output)
        return .totals(input, plan)
    }

    /// "columns are a, b, c": the hint when a column name suggests nothing.
    private func columnsAre(_ rowType: RowType) -> Message {
        Message(CheckerMessage.columnsAre, ["columns": .text(rowType.columns.map(\.name).joined(separator: ", "))])
    }

    private static func isLabelType(_ type: ValueType) -> Bool {
        switch type {
        case .text, .enumeration, .ref: true
        default: false
        }
    }

    /// A year adds up to nothing: `year`, `start_year`, … are left empty on a total row.
    static func isYearLike(_ column: ColumnInfo) -> Bool {
        column.type == .int && (column.name == "year" || column.name.hasSuffix("_year"))
    }

    /// The summarize (or pivot) under `totals` with only where, sort, take, top and extend between, whose
    /// aggregates the total rows recompute over the underlying rows; nil when there is none.
    static func summarizeToRecompute(_ plan: LogicalPlan) -> TotalsRecompute? {
        var extends: [TotalsExtend] = []
        var current = plan
        while true {
            switch current {
            case .filter(let input, _, _), .sort(let input, _, _), .limit(let input, _):
                current = input
            case .extend(let input, let columns, let aggregates, _):
                extends.insert(TotalsExtend(input: input, columns: columns, aggregates: aggregates), at: 0)
                current = input
            case .aggregate(let input, let keys, let aggregates, let outputs, _):
                return TotalsRecompute(groupInput: input, keys: keys, aggregates: aggregates, outputs: outputs, extends: extends)
            case .pivot(let input, let pivot):
                return TotalsRecompute(groupInput: input, keys: pivot.keys, aggregates: pivot.aggregates, outputs: pivot.outputs,
                                       extends: extends, across: TotalsAcross(column: pivot.column, values: pivot.values))
            default:
                return nil
            }
        }
    }

    // MARK: - sort by a constant

    /// `sort 2019` sorts by the number 2019, which does nothing: after a pivot the writer
    /// meant the column, written `` `2019` ``.
    func checkConstantSortKey(_ key: Expression, in rowType: RowType) throws(Diagnostic) {
        let text: String
        switch key.kind {
        case .integer, .decimal: text = source.text(of: key.span)
        case .string(let string): text = string
        default: return
        }
        let hint = rowType.columnIndex(text) != nil ? Message(ReshapeMessage.columnInBackticks, ["name": .text(text)])
            : Message(ReshapeMessage.sortByColumn)
        throw error(ReshapeMessage.sortByConstant, ["value": .text(source.text(of: key.span))], at: key.span, hint: hint)
    }
}
