import PilarCore
import PilarRender
import PilarStore

/// Runs logical plans over the in-memory store, row by row.
public struct Executor {
    let store: Store
    let source: SourceFile
    let bindings: [String: Frame]
    let interrupt: InterruptFlag?
    let order: ValueOrder
    /// Row-free parts of the plans this executor runs, computed once (see `InvariantMarker`).
    let invariants = InvariantCache()
    /// The rows the nested pipelines being run are computed for, innermost first: what
    /// `outer.NAME` reads (see `nested(in:)`).
    var outerRows: [RowContext] = []
    /// The session's number locale, for functions that write numbers as text (`percent`, `format`).
    public var locale: NumberLocale = .english

    public init(store: Store, source: SourceFile, bindings: [String: Frame], interrupt: InterruptFlag?) {
        self.store = store
        self.source = source
        self.bindings = bindings
        self.interrupt = interrupt
        self.order = ValueOrder(store: store)
    }

    /// Runs a plan; `outer` is the row a relation in an expression belongs to.
    public func run(_ plan: LogicalPlan) throws(Diagnostic) -> Frame {
        try run(plan, outer: nil)
    }

    func run(_ plan: LogicalPlan, outer: RowContext?) throws(Diagnostic) -> Frame {
        try checkInterrupt()
        switch plan {
        case .source(let rowSource, _):
            return try rows(of: rowSource, outer: outer)

        case .filter(let inputPlan, let predicate, let aggregates):
            let input = try run(inputPlan, outer: outer)
            let slots = try windowSlots(aggregates, over: input)
            var kept: [Int] = []
            for row in 0..<input.count {
                if row & 0xFFF == 0 { try checkInterrupt() }
                if case .bool(true) = try evaluate(predicate, RowContext(frame: input, row: row, slots: slots)) {
                    kept.append(row)
                }
            }
            return kept.count == input.count ? input : input.gather(kept)

        case .extend(let inputPlan, let columns, let aggregates, let output):
            var frame = try run(inputPlan, outer: outer)
            let slots = try windowSlots(aggregates, over: frame)
            for column in columns {
                // Each new column may read the ones extended before it in the same stage.
                var values: [Value] = []
                values.reserveCapacity(frame.count)
                for row in 0..<frame.count {
                    if row & 0xFFF == 0 { try checkInterrupt() }
                    values.append(try evaluate(column.expression, RowContext(frame: frame, row: row, slots: slots)))
                }
                frame.columns.append(values)
            }
            frame.rowType = output
            return frame

        case .project(let inputPlan, let columns, let aggregates, let output):
            let input = try run(inputPlan, outer: outer)
            let slots = try windowSlots(aggregates, over: input)
            var values = [[Value]](repeating: [], count: columns.count)
            for index in values.indices { values[index].reserveCapacity(input.count) }
            for row in 0..<input.count {
                if row & 0xFFF == 0 { try checkInterrupt() }
                let context = RowContext(frame: input, row: row, slots: slots)
                for (index, column) in columns.enumerated() {
                    values[index].append(try evaluate(column.expression, context))
                }
            }
            return Frame(rowType: output, ids: [], columns: values, count: input.count)

        case .sort(let inputPlan, let keys, let aggregates):
            let input = try run(inputPlan, outer: outer)
            let slots = try windowSlots(aggregates, over: input)
            return input.gather(try sortedPositions(input, keys: keys, slots: slots))

        case .limit(.sort(let inputPlan, let keys, let aggregates), let count):
            // `top n by x` and `sort … | take n`: keep the n first rows of the order without
            // sorting all of them; the same rows, in the same order, as the full stable sort.
            let input = try run(inputPlan, outer: outer)
            let slots = try windowSlots(aggregates, over: input)
            return input.gather(try sortedPositions(input, keys: keys, slots: slots, limit: count))

        case .limit(let inputPlan, let count):
            return try run(inputPlan, outer: outer).prefix(count)

        case .aggregate(let inputPlan, let keys, let aggregates, let outputs, let output):
            let input = try run(inputPlan, outer: outer)
            return try summarize(input, keys: keys, aggregates: aggregates, outputs: outputs, output: output)

        case .count(let inputPlan):
            let input = try run(inputPlan, outer: outer)
            return Frame(rowType: plan.rowType, ids: [], columns: [[.int(Int64(input.count))]], count: 1)

        case .window(let inputPlan, let partition, let sort, let items, let output):
            return try window(try run(inputPlan, outer: outer), partition: partition, sort: sort, items: items, output: output)

        case .distinct(let inputPlan):
            let input = try run(inputPlan, outer: outer)
            var seen: Set<[Value]> = []
            var kept: [Int] = []
            for row in 0..<input.count {
                if row & 0xFFF == 0 { try checkInterrupt() }
                if seen.insert(input.columns.map { $0[row] }).inserted { kept.append(row) }
            }
            return input.gather(kept)

        case .pivot(let inputPlan, let pivot):
            return try self.pivot(try run(inputPlan, outer: outer), pivot)
        case .unpivot(let inputPlan, let unpivot):
            return try self.unpivot(try run(inputPlan, outer: outer), unpivot)
        case .totals(let inputPlan, let totals):
            return try self.totals(try run(inputPlan, outer: outer), totals)
        }
    }

    private func rows(of rowSource: RowSource, outer: RowContext?) throws(Diagnostic) -> Frame {
        switch rowSource {
        case .all(let entity):
            return Frame.entityRows(entity, ids: Array(0..<Int32(store.table(entity).count)))
        case .binding(let name):
            return bindings[name] ?? Frame(rowType: RowType(entity: nil), ids: [], columns: [], count: 0)
        case .children(let parent, let parentEntity, let collection):
            // The parent is an expression of the row around the plan, whose own outer rows are
            // the ones after it (an `outer.` in it goes out from there).
            var around = self
            around.outerRows = Array(outerRows.dropFirst())
            guard let outer, let index = store.childIndex(of: parentEntity, collection: collection),
                  case .ref(_, let row) = try around.evaluate(parent, outer) else {
                return Frame.entityRows(targetEntity(parentEntity, collection), ids: [])
            }
            return Frame.entityRows(targetEntity(parentEntity, collection), ids: Array(index.children(of: Int(row))))
        case .flattened(let inner, let parentEntity, let collection):
            let parents = try rows(of: inner, outer: outer)
            guard let index = store.childIndex(of: parentEntity, collection: collection) else {
                return Frame.entityRows(targetEntity(parentEntity, collection), ids: [])
            }
            var ids: [Int32] = []
            for parent in parents.ids { ids.append(contentsOf: index.children(of: Int(parent))) }
            return Frame.entityRows(targetEntity(parentEntity, collection), ids: ids)
        }
    }

    private func targetEntity(_ parent: Entity, _ collection: String) -> Entity {
        store.schema(parent).collection(named: collection)?.target ?? parent
    }

    /// Aggregates over all rows of a stage's input, computed once before the rows are visited.
    func windowSlots(_ aggregates: [AggregateSpec], over frame: Frame) throws(Diagnostic) -> [Value] {
        try aggregateSlots(aggregates, frame: frame, rows: 0..<frame.count)
    }

    private func sortedPositions(_ frame: Frame, keys: [BoundSortKey], slots: [Value],
                                 limit: Int? = nil) throws(Diagnostic) -> [Int] {
        var keyValues = [[Value]](repeating: [], count: keys.count)
        for (index, key) in keys.enumerated() {
            keyValues[index].reserveCapacity(frame.count)
            for row in 0..<frame.count {
                if row & 0xFFF == 0 { try checkInterrupt() }
                keyValues[index].append(try evaluate(key.expression, RowContext(frame: frame, row: row, slots: slots)))
            }
        }
        let modes = keys.map { ValueOrder.mode(for: $0.type) }
        try checkInterrupt()
        let descending = keys.map(\.descending)
        let precedes = { (a: Int, b: Int) -> Bool in
            order.rowPrecedes(a, b, modes: modes, descending: descending) { row, index in keyValues[index][row] }
        }
        if let limit, limit < frame.count / 4 {
            var kept: [Int] = []
            do {
                kept = try FirstRows.positions(frame.count, limit: limit, interrupt: interrupt, by: precedes)
            } catch {
                throw Diagnostic.interrupted
            }
            return try interruptibleSort(kept.count) { precedes(kept[$0], kept[$1]) }.map { kept[$0] }
        }
        let sorted = try interruptibleSort(frame.count, by: precedes)
        return limit.map { Array(sorted.prefix($0)) } ?? sorted
    }

    /// Groups rows by their key values; groups come out ordered by their keys.
    private func summarize(_ input: Frame, keys: [BoundColumn], aggregates: [AggregateSpec], outputs: [BoundColumn],
                           output: RowType) throws(Diagnostic) -> Frame {
        var groups = GroupIndex()
        var accumulators: [[Accumulator]] = []
        let fresh = freshAccumulators(aggregates)
        let keyExpressions = keys.map(\.expression)
        for row in 0..<input.count {
            if row & 0xFFF == 0 { try checkInterrupt() }
            let context = RowContext(frame: input, row: row, slots: [])
            let (group, isNew) = groups.group(of: try groupKey(keyExpressions, context))
            if isNew { accumulators.append(fresh) }
            for (index, spec) in aggregates.enumerated() {
                try accumulate(spec, into: &accumulators[group][index], context)
            }
        }
        // With no keys, summarize gives one row even for no input (count 0, sum null).
        if keys.isEmpty && groups.count == 0 {
            _ = groups.group(of: [])
            accumulators.append(fresh)
        }
        let groupKeys = groups.keys
        let orderOfGroups = try groupsInKeyOrder(groups, types: keys.map(\.type))
        var columns = [[Value]](repeating: [], count: keys.count + outputs.count)
        let empty = Frame(rowType: RowType(entity: nil), ids: [], columns: [], count: 0)
        for (position, group) in orderOfGroups.enumerated() {
            if position & 0xFFF == 0 { try checkInterrupt() }
            for index in keys.indices { columns[index].append(groupKeys[group][index]) }
            var slots: [Value] = []
            for accumulator in accumulators[group] { slots.append(try accumulator.result()) }
            for (index, column) in outputs.enumerated() {
                columns[keys.count + index].append(try evaluate(column.expression, RowContext(frame: empty, row: 0, slots: slots)))
            }
        }
        return Frame(rowType: output, ids: [], columns: columns, count: orderOfGroups.count)
    }

    func interruptibleSort(_ count: Int, by precedes: (Int, Int) -> Bool) throws(Diagnostic) -> [Int] {
        do {
            return try InterruptibleSort.positions(count, interrupt: interrupt, by: precedes)
        } catch {
            throw Diagnostic.interrupted
        }
    }

    func checkInterrupt() throws(Diagnostic) {
        if let interrupt, interrupt.isRaised {
            throw Diagnostic.interrupted
        }
    }
}
