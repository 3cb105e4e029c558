import PilarCore
import PilarStore

/// Runs `pivot`, `unpivot` and `totals`.
extension Executor {
    // MARK: - pivot

    func pivot(_ input: Frame, _ plan: PivotPlan) throws(Diagnostic) -> Frame {
        var position: [Value: Int] = [:]
        for (index, value) in plan.values.enumerated() { position[value] = index }
        let width = plan.aggregates.count
        let fresh = freshAccumulators(plan.aggregates)
        let freshGroup = Array([[Accumulator]](repeating: fresh, count: plan.values.count).joined())
        var groups = GroupIndex()
        var cells: [[Accumulator]] = []
        let keyExpressions = plan.keys.map(\.expression)
        for row in 0..<input.count {
            if row & 0xFFF == 0 { try checkInterrupt() }
            let context = RowContext(frame: input, row: row, slots: [])
            let value = try evaluate(plan.column.expression, context)
            guard let column = position[value] else {
                if plan.listed { continue }
                throw Diagnostic(.runtime, RuntimeMessage.pivotColumnGone, ["value": .text(value.isNull ? "null" : order.text(value))],
                                 source: source, span: plan.acrossSpan,
                                 hint: Message(RuntimeMessage.pivotDataChanged))
            }
            let (group, isNew) = groups.group(of: try groupKey(keyExpressions, context))
            if isNew { cells.append(freshGroup) }
            for (index, spec) in plan.aggregates.enumerated() {
                try accumulate(spec, into: &cells[group][column * width + index], context)
            }
        }
        // As summarize: with no keys there is one row even for no input.
        if plan.keys.isEmpty && groups.count == 0 {
            _ = groups.group(of: [])
            cells.append(freshGroup)
        }
        let groupKeys = groups.keys
        let orderOfGroups = try groupsInKeyOrder(groups, types: plan.keys.map(\.type))
        var columns = [[Value]](repeating: [], count: plan.output.columns.count)
        let empty = Frame(rowType: RowType(entity: nil), ids: [], columns: [], count: 0)
        for group in orderOfGroups {
            try checkInterrupt()
            for index in plan.keys.indices { columns[index].append(groupKeys[group][index]) }
            var next = plan.keys.count
            for column in plan.values.indices {
                var slots: [Value] = []
                for index in 0..<width { slots.append(try cells[group][column * width + index].result()) }
                for output in plan.outputs {
                    columns[next].append(try evaluate(output.expression, RowContext(frame: empty, row: 0, slots: slots)))
                    next += 1
                }
            }
        }
        return Frame(rowType: plan.output, ids: [], columns: columns, count: orderOfGroups.count)
    }

    // MARK: - unpivot

    /// Rows whose value is null are left out, as DuckDB's UNPIVOT does by default.
    func unpivot(_ input: Frame, _ plan: UnpivotPlan) throws(Diagnostic) -> Frame {
        var columns = [[Value]](repeating: [], count: plan.output.columns.count)
        var count = 0
        for row in 0..<input.count {
            if row & 0xFFF == 0 { try checkInterrupt() }
            for (index, column) in plan.unpivoted.enumerated() {
                var value = input.columns[column][row]
                if value.isNull { continue }
                if plan.asDecimal, case .int(let number) = value, let decimal = DecimalNumber(number) {
                    value = .decimal(decimal)
                }
                for (position, kept) in plan.kept.enumerated() { columns[position].append(input.columns[kept][row]) }
                columns[plan.kept.count].append(plan.names[index])
                columns[plan.kept.count + 1].append(value)
                count += 1
            }
        }
        return Frame(rowType: plan.output, ids: [], columns: columns, count: count)
    }

    // MARK: - totals

    func totals(_ input: Frame, _ plan: TotalsPlan) throws(Diagnostic) -> Frame {
        let underlying = try plan.recompute.map { recompute throws(Diagnostic) in try UnderlyingRows(recompute, executor: self) }
        var columns = [[Value]](repeating: [], count: plan.output.columns.count)
        var count = 0
        func append(_ values: [Value]) {
            for index in values.indices { columns[index].append(values[index]) }
            count += 1
        }
        func labelled(_ row: Int) -> [Value] {
            var values = input.columns.map { $0[row] }
            let label = values[plan.labelColumn]
            values[plan.labelColumn] = label.isNull ? .null : .text(order.text(label))
            return values
        }
        var runStart = 0
        for row in 0..<input.count {
            if row & 0xFFF == 0 { try checkInterrupt() }
            append(labelled(row))
            guard let by = plan.byColumn else { continue }
            let value = input.columns[by][row]
            if row + 1 == input.count || input.columns[by][row + 1] != value {
                let label = "Subtotal " + (value.isNull ? "null" : order.text(value))
                append(try totalRow(label, rows: runStart...row, input, plan, underlying))
                runStart = row + 1
            }
        }
        append(try totalRow("Total", rows: 0..<input.count, input, plan, underlying))
        return Frame(rowType: plan.output, ids: [], columns: columns, count: count)
    }

    /// One total row over some rows of the input: recomputed from the underlying rows when
    /// there is a summarize to recompute, else each int or decimal column summed.
    private func totalRow<Rows: Sequence<Int>>(_ label: String, rows: Rows, _ input: Frame, _ plan: TotalsPlan,
                                               _ underlying: UnderlyingRows?) throws(Diagnostic) -> [Value] {
        var values: [Value]
        if let underlying {
            values = try underlying.total(of: rows, in: input, executor: self)
        } else {
            values = []
            for (index, column) in input.columns.enumerated() {
                guard plan.summed[index] else { values.append(.null); continue }
                var sum = Accumulator(function: .sum, order: order, source: source)
                for row in rows { try sum.add(column[row], span: .empty) }
                values.append(try sum.result())
            }
        }
        values[plan.labelColumn] = .text(label)
        return values
    }
}

/// The rows under a summarize (or pivot) that `totals` recomputes, grouped by their group
/// key once, and the aggregates over all rows of each extend after it.
private struct UnderlyingRows {
    let recompute: TotalsRecompute
    let frame: Frame
    /// The underlying rows of each group, ascending: a subtotal reads only its groups' rows,
    /// so `totals by` stays linear however many runs there are.
    let rowsOfGroup: [[Value]: [Int]]
    /// For a pivot, each underlying row's column (position among the across values); nil
    /// when its value is not a column (left out of a listed pivot).
    let columnOfRow: [Int?]
    let extendSlots: [[Value]]

    init(_ recompute: TotalsRecompute, executor: Executor) throws(Diagnostic) {
        self.recompute = recompute
        frame = try executor.run(recompute.groupInput)
        var position: [Value: Int] = [:]
        for (index, value) in (recompute.across?.values ?? []).enumerated() { position[value] = index }
        var rowsOfGroup: [[Value]: [Int]] = [:]
        var columnOfRow: [Int?] = []
        for row in 0..<frame.count {
            if row & 0xFFF == 0 { try executor.checkInterrupt() }
            let context = RowContext(frame: frame, row: row, slots: [])
            var key: [Value] = []
            for column in recompute.keys { key.append(try executor.evaluate(column.expression, context)) }
            rowsOfGroup[key, default: []].append(row)
            if let across = recompute.across {
                columnOfRow.append(position[try executor.evaluate(across.column.expression, context)])
            }
        }
        self.rowsOfGroup = rowsOfGroup
        self.columnOfRow = columnOfRow
        var extendSlots: [[Value]] = []
        for step in recompute.extends {
            extendSlots.append(try executor.windowSlots(step.aggregates, over: try executor.run(step.input)))
        }
        self.extendSlots = extendSlots
    }

    /// The summarize's aggregates over the underlying rows of the groups in `rows` (per
    /// across value for a pivot), then the extends' columns evaluated on that row; key
    /// columns are null.
    func total<Rows: Sequence<Int>>(of rows: Rows, in input: Frame, executor: Executor) throws(Diagnostic) -> [Value] {
        let keyCount = recompute.keys.count
        var groups: Set<[Value]> = []
        var underlying: [Int] = []
        for row in rows {
            let key = (0..<keyCount).map { input.columns[$0][row] }
            guard groups.insert(key).inserted, let groupRows = rowsOfGroup[key] else { continue }
            underlying.append(contentsOf: groupRows)
        }
        // In the order of the underlying rows, as before grouping: order-aware aggregates agree.
        if groups.count > 1 { underlying.sort() }
        let width = recompute.aggregates.count
        let fresh = executor.freshAccumulators(recompute.aggregates)
        let columnCount = recompute.across?.values.count ?? 1
        var accumulators = Array([[Accumulator]](repeating: fresh, count: columnCount).joined())
        for (count, row) in underlying.enumerated() {
            if count & 0xFFF == 0 { try executor.checkInterrupt() }
            var base = 0
            if recompute.across != nil {
                guard let column = columnOfRow[row] else { continue }
                base = column * width
            }
            let context = RowContext(frame: frame, row: row, slots: [])
            for (index, spec) in recompute.aggregates.enumerated() {
                try executor.accumulate(spec, into: &accumulators[base + index], context)
            }
        }
        var values = [Value](repeating: .null, count: keyCount)
        let empty = Frame(rowType: RowType(entity: nil), ids: [], columns: [], count: 0)
        for column in 0..<columnCount {
            var slots: [Value] = []
            for index in 0..<width { slots.append(try accumulators[column * width + index].result()) }
            for output in recompute.outputs {
                values.append(try executor.evaluate(output.expression, RowContext(frame: empty, row: 0, slots: slots)))
            }
        }
        for (step, stepSlots) in zip(recompute.extends, extendSlots) {
            for column in step.columns {
                let row = Frame(rowType: RowType(entity: nil), ids: [], columns: values.map { [$0] }, count: 1)
                values.append(try executor.evaluate(column.expression, RowContext(frame: row, row: 0, slots: stepSlots)))
            }
        }
        return values
    }
}
