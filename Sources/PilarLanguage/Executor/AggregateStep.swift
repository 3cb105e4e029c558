import PilarCore

extension Executor {
    /// One row's contribution to an aggregate of a stage or group: its argument (and the
    /// order key of `first`/`last`), or the row itself for `count()`.
    @inline(__always)
    func accumulate(_ spec: AggregateSpec, into accumulator: inout Accumulator, _ context: RowContext) throws(Diagnostic) {
        guard let argument = spec.argument else {
            accumulator.addRow()
            return
        }
        if let key = spec.key {
            try accumulator.add(try evaluate(argument, context), key: try evaluate(key, context), span: spec.span)
        } else {
            try accumulator.add(try evaluate(argument, context), span: spec.span)
        }
    }
}

/// The distinct key combinations met so far, numbered in first-seen order: the grouping of
/// summarize, pivot and window partitions.
struct GroupIndex {
    private var groupOf: [[Value]: Int] = [:]
    /// Each group's key values, by group number.
    private(set) var keys: [[Value]] = []

    var count: Int { keys.count }

    /// The number of the group of `key`, and whether this is its first row.
    mutating func group(of key: [Value]) -> (number: Int, isNew: Bool) {
        if let existing = groupOf[key] { return (existing, false) }
        let number = keys.count
        groupOf[key] = number
        keys.append(key)
        return (number, true)
    }
}

extension Executor {
    /// One empty accumulator per aggregate, each comparing by its argument's type.
    func freshAccumulators(_ aggregates: [AggregateSpec]) -> [Accumulator] {
        aggregates.map { Accumulator(function: $0.function, order: order, mode: ValueOrder.mode(for: $0.argumentType), source: source) }
    }

    /// The aggregates over the given rows of a frame, in order: the slots a stage's
    /// expressions read (`where budget > avg(budget)`, a window item's partition total).
    func aggregateSlots<Rows: Sequence<Int>>(_ aggregates: [AggregateSpec], frame: Frame, rows: Rows) throws(Diagnostic) -> [Value] {
        guard !aggregates.isEmpty else { return [] }
        var accumulators = freshAccumulators(aggregates)
        for (count, row) in rows.enumerated() {
            if count & 0xFFF == 0 { try checkInterrupt() }
            let context = RowContext(frame: frame, row: row, slots: [])
            for (index, spec) in aggregates.enumerated() {
                try accumulate(spec, into: &accumulators[index], context)
            }
        }
        var results: [Value] = []
        for accumulator in accumulators { results.append(try accumulator.result()) }
        return results
    }

    /// A row's values of the grouping expressions.
    func groupKey(_ expressions: [BoundExpression], _ context: RowContext) throws(Diagnostic) -> [Value] {
        var key: [Value] = []
        key.reserveCapacity(expressions.count)
        for expression in expressions { key.append(try evaluate(expression, context)) }
        return key
    }

    /// The group numbers ordered by their keys (each key in its type's order), as summarize
    /// and pivot show their groups.
    func groupsInKeyOrder(_ groups: GroupIndex, types: [ValueType]) throws(Diagnostic) -> [Int] {
        let modes = types.map { ValueOrder.mode(for: $0) }
        let ascending = [Bool](repeating: false, count: types.count)
        let keys = groups.keys
        return try interruptibleSort(keys.count) { a, b in
            order.rowPrecedes(a, b, modes: modes, descending: ascending) { group, index in keys[group][index] }
        }
    }
}
