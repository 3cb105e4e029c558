import PilarCore
import PilarStore

extension Executor {
    /// Runs a `window` stage: groups the rows into partitions by their keys, orders each
    /// partition by the sort keys (stable: ties keep input order), computes each item's window
    /// calls and partition aggregates, then the item per row. Rows keep their input order.
    func window(_ input: Frame, partition keys: [BoundExpression], sort: [BoundSortKey], items: [WindowItem],
                output: RowType) throws(Diagnostic) -> Frame {
        var frame = input
        var partitions = GroupIndex()
        var groups: [[Int]] = []
        var groupOfRow = [Int](repeating: 0, count: frame.count)
        for row in 0..<frame.count {
            if row & 0xFFF == 0 { try checkInterrupt() }
            let context = RowContext(frame: frame, row: row, slots: [])
            let (group, isNew) = partitions.group(of: try groupKey(keys, context))
            if isNew { groups.append([]) }
            groups[group].append(row)
            groupOfRow[row] = group
        }
        var sortValues = [[Value]](repeating: [], count: sort.count)
        for (index, key) in sort.enumerated() {
            for row in 0..<frame.count {
                sortValues[index].append(try evaluate(key.expression, RowContext(frame: frame, row: row, slots: [])))
            }
        }
        let modes = sort.map { ValueOrder.mode(for: $0.type) }
        let descending = sort.map(\.descending)
        if !sort.isEmpty {
            for index in groups.indices {
                let rows = groups[index]
                // rowPrecedes breaks ties by the row numbers given, so ties keep input order.
                groups[index] = try interruptibleSort(rows.count) { a, b in
                    order.rowPrecedes(rows[a], rows[b], modes: modes, descending: descending) { row, key in sortValues[key][row] }
                }.map { rows[$0] }
            }
        }
        let peers = { (a: Int, b: Int) -> Bool in
            for index in modes.indices {
                let x = sortValues[index][a], y = sortValues[index][b]
                if x.isNull && y.isNull { continue }
                guard let comparison = order.compare(x, y, modes[index]), comparison == 0 else { return false }
            }
            return true
        }
        for item in items {
            var slots: [[Value]] = []
            var windowValues = [[Value]](repeating: [], count: frame.count)
            for rows in groups {
                try checkInterrupt()
                let groupSlots = try partitionSlots(item.aggregates, frame: frame, rows: rows)
                slots.append(groupSlots)
                for call in item.calls {
                    let partition = WindowPartition(
                        count: rows.count, argumentCount: call.arguments.count,
                        argument: { (index: Int, position: Int) throws(Diagnostic) -> Value in
                            try evaluate(call.arguments[index], RowContext(frame: frame, row: rows[position], slots: groupSlots))
                        },
                        peers: { a, b in peers(rows[a], rows[b]) },
                        add: { (a: Value, b: Value) throws(Diagnostic) -> Value in try arithmetic(.add, a, b, span: call.span) },
                        error: { message in runtimeError(message, span: call.span) })
                    let values = try call.function.compute(partition)
                    for (position, row) in rows.enumerated() { windowValues[row].append(values[position]) }
                }
            }
            var column: [Value] = []
            column.reserveCapacity(frame.count)
            for row in 0..<frame.count {
                if row & 0xFFF == 0 { try checkInterrupt() }
                let context = RowContext(frame: frame, row: row, slots: slots[groupOfRow[row]], window: windowValues[row])
                column.append(try evaluate(item.column.expression, context))
            }
            frame.columns.append(column)
        }
        frame.rowType = output
        return frame
    }

    /// The aggregates of a window item over the rows of one partition.
    private func partitionSlots(_ aggregates: [AggregateSpec], frame: Frame, rows: [Int]) throws(Diagnostic) -> [Value] {
        try aggregateSlots(aggregates, frame: frame, rows: rows)
    }
}
