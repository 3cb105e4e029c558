import PilarCore
import PilarStore

/// Marks the parts of a plan's expressions that do not depend on the row they are evaluated
/// for, so the executor computes them once per run instead of once per row.
///
/// `measurements | extend n = count(measurements)` evaluates `count(measurements)` for every
/// measurement; without this pass that is a full scan per row (quadratic). An expression is
/// row-free when it reads no field, column or aggregate slot of the current row and every
/// nested plan in it starts from a source that is not a relation of the current row
/// (`opds | extend n = count(programmes)` stays per row: `programmes` are the OPD's own).
/// Only row-free parts that run a nested plan are marked: constants are already cheap.
struct InvariantMarker {
    /// The next identity to hand out; identities key the executor's per-run cache.
    private var nextID = 0
    /// Inside a part already marked: its row-free sub-parts need no mark of their own, but
    /// the nested plans in it run their own rows and are marked afresh.
    private var insideMarked = false

    /// Marks every expression in a plan, including those in nested plans.
    static func mark(_ plan: LogicalPlan) -> LogicalPlan {
        var marker = InvariantMarker()
        return marker.plan(plan)
    }

    /// Marks a statement-level expression (`print`).
    static func mark(_ expression: BoundExpression) -> BoundExpression {
        var marker = InvariantMarker()
        return marker.expression(expression)
    }

    // MARK: - Row-freeness

    /// Whether an expression gives the same value for every row it could be evaluated on.
    static func isRowFree(_ expression: BoundExpression) -> Bool {
        switch expression {
        case .constant, .invariant, .inInvariantList: true
        case .currentRow, .column, .aggregateSlot, .windowValue, .outer: false
        case .field(let base, _, _), .neighbour(let base, _, _): isRowFree(base)
        case .negate(let operand, _), .not(let operand), .isNull(let operand, _): isRowFree(operand)
        case .arithmetic(_, let left, let right, _), .compare(_, let left, let right, _), .and(let left, let right),
             .or(let left, let right), .contains(let left, let right), .startsWith(let left, let right):
            isRowFree(left) && isRowFree(right)
        case .inList(let needle, let list, _, _): isRowFree(needle) && isRowFree(list)
        case .function(_, let arguments, _): arguments.allSatisfy(isRowFree)
        case .aggregateOfList(_, let list, _): isRowFree(list)
        case .countRows(let plan): isRowFree(plan)
        }
    }

    static func isRowFree(_ list: BoundList) -> Bool {
        switch list {
        case .literal(let items): items.allSatisfy(isRowFree)
        // The element expression reads the plan's own rows, not the outer one.
        case .perRow(let plan, _): isRowFree(plan)
        }
    }

    /// A plan's stages read its own rows, and the outer row only through its source or an
    /// `outer.` reference (which makes it per row: see `OuterReferences`).
    static func isRowFree(_ plan: LogicalPlan) -> Bool {
        isRowFreeSource(plan) && !OuterReferences.reachesOut(plan)
    }

    private static func isRowFreeSource(_ plan: LogicalPlan) -> Bool {
        switch plan {
        case .source(let source, _): isRowFree(source)
        case .filter(let input, _, _), .extend(let input, _, _, _), .project(let input, _, _, _),
             .sort(let input, _, _), .limit(let input, _), .aggregate(let input, _, _, _, _),
             .count(let input), .distinct(let input), .window(let input, _, _, _, _),
             .pivot(let input, _), .unpivot(let input, _), .totals(let input, _):
            isRowFreeSource(input)
        }
    }

    static func isRowFree(_ source: RowSource) -> Bool {
        switch source {
        case .all, .binding: true
        case .children(let parent, _, _): isRowFree(parent)
        case .flattened(let inner, _, _): isRowFree(inner)
        }
    }

    /// Whether evaluating an expression runs a nested plan (the work worth doing once).
    private static func runsPlan(_ expression: BoundExpression) -> Bool {
        switch expression {
        case .countRows, .invariant, .inInvariantList: true
        case .aggregateOfList(_, let list, _), .inList(_, let list, _, _): runsPlan(list)
        case .constant, .currentRow, .column, .aggregateSlot, .windowValue, .outer: false
        case .field(let base, _, _), .neighbour(let base, _, _): runsPlan(base)
        case .negate(let operand, _), .not(let operand), .isNull(let operand, _): runsPlan(operand)
        case .arithmetic(_, let left, let right, _), .compare(_, let left, let right, _), .and(let left, let right),
             .or(let left, let right), .contains(let left, let right), .startsWith(let left, let right):
            runsPlan(left) || runsPlan(right)
        case .function(_, let arguments, _): arguments.contains(where: runsPlan)
        }
    }

    private static func runsPlan(_ list: BoundList) -> Bool {
        switch list {
        case .literal(let items): items.contains(where: runsPlan)
        case .perRow: true
        }
    }

    // MARK: - Rewriting

    private mutating func freshID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    mutating func plan(_ plan: LogicalPlan) -> LogicalPlan {
        let saved = insideMarked
        insideMarked = false
        defer { insideMarked = saved }
        switch plan {
        case .source(let source, let rowType):
            return .source(self.source(source), rowType)
        case .filter(let input, let predicate, let aggregates):
            return .filter(self.plan(input), expression(predicate), aggregates: specs(aggregates))
        case .extend(let input, let columns, let aggregates, let output):
            return .extend(self.plan(input), self.columns(columns), aggregates: specs(aggregates), output: output)
        case .project(let input, let columns, let aggregates, let output):
            return .project(self.plan(input), self.columns(columns), aggregates: specs(aggregates), output: output)
        case .sort(let input, let keys, let aggregates):
            let marked = keys.map { key in
                BoundSortKey(expression: expression(key.expression), type: key.type, descending: key.descending)
            }
            return .sort(self.plan(input), marked, aggregates: specs(aggregates))
        case .limit(let input, let count):
            return .limit(self.plan(input), count)
        case .aggregate(let input, let keys, let aggregates, let outputs, let output):
            return .aggregate(self.plan(input), keys: columns(keys), aggregates: specs(aggregates),
                              outputs: columns(outputs), output: output)
        case .count(let input):
            return .count(self.plan(input))
        case .distinct(let input):
            return .distinct(self.plan(input))
        case .pivot(let input, let pivot):
            // The reshaping stages' own expressions stay unmarked: they run once per row of
            // their input like summarize's keys, and evaluate the same without marks.
            return .pivot(self.plan(input), pivot)
        case .unpivot(let input, let unpivot):
            return .unpivot(self.plan(input), unpivot)
        case .totals(let input, let totals):
            return .totals(self.plan(input), totals)
        case .window(let input, let partition, let sort, let items, let output):
            let markedItems = items.map { item in
                WindowItem(column: columns([item.column])[0], aggregates: specs(item.aggregates),
                           calls: item.calls.map { WindowCall(function: $0.function, arguments: $0.arguments.map { expression($0) }, span: $0.span) })
            }
            let markedSort = sort.map { key in
                BoundSortKey(expression: expression(key.expression), type: key.type, descending: key.descending)
            }
            return .window(self.plan(input), partition: partition.map { expression($0) }, sort: markedSort,
                           items: markedItems, output: output)
        }
    }

    private mutating func source(_ source: RowSource) -> RowSource {
        switch source {
        case .all, .binding:
            return source
        case .children(let parent, let parentEntity, let collection):
            return .children(parent: expression(parent), parentEntity: parentEntity, collection: collection)
        case .flattened(let inner, let parentEntity, let collection):
            return .flattened(self.source(inner), parentEntity: parentEntity, collection: collection)
        }
    }

    private mutating func columns(_ columns: [BoundColumn]) -> [BoundColumn] {
        columns.map { column in BoundColumn(name: column.name, type: column.type, expression: expression(column.expression)) }
    }

    private mutating func specs(_ specs: [AggregateSpec]) -> [AggregateSpec] {
        specs.map { spec in
            var marked = spec
            marked.argument = spec.argument.map { expression($0) }
            marked.key = spec.key.map { expression($0) }
            return marked
        }
    }

    /// Wraps the largest row-free parts that run a plan; inside them (and inside correlated
    /// parts) nested plans are marked in turn, since they run their own rows.
    mutating func expression(_ expression: BoundExpression) -> BoundExpression {
        if insideMarked { return children(of: expression) }
        if case .inList(let needle, let list, let mode, let negated) = expression,
           !InvariantMarker.isRowFree(needle), InvariantMarker.isRowFree(list), InvariantMarker.runsPlan(list) {
            let markedNeedle = self.expression(needle)
            let id = freshID()
            insideMarked = true
            defer { insideMarked = false }
            return .inInvariantList(markedNeedle, id, self.list(list), mode, negated: negated)
        }
        if InvariantMarker.isRowFree(expression), InvariantMarker.runsPlan(expression) {
            let id = freshID()
            insideMarked = true
            defer { insideMarked = false }
            return .invariant(id, children(of: expression))
        }
        return children(of: expression)
    }

    private mutating func children(of expression: BoundExpression) -> BoundExpression {
        switch expression {
        case .constant, .currentRow, .column, .aggregateSlot, .windowValue, .invariant, .inInvariantList, .outer:
            return expression
        case .field(let base, let entity, let column):
            return .field(of: self.expression(base), entity: entity, column: column)
        case .neighbour(let base, let entity, let offset):
            return .neighbour(of: self.expression(base), entity: entity, offset: offset)
        case .negate(let operand, let span): return .negate(self.expression(operand), span: span)
        case .not(let operand): return .not(self.expression(operand))
        case .isNull(let operand, let negated): return .isNull(self.expression(operand), negated: negated)
        case .arithmetic(let op, let left, let right, let span):
            return .arithmetic(op, self.expression(left), self.expression(right), span: span)
        case .compare(let op, let left, let right, let mode):
            return .compare(op, self.expression(left), self.expression(right), mode)
        case .and(let left, let right): return .and(self.expression(left), self.expression(right))
        case .or(let left, let right): return .or(self.expression(left), self.expression(right))
        case .contains(let left, let right): return .contains(self.expression(left), self.expression(right))
        case .startsWith(let left, let right): return .startsWith(self.expression(left), self.expression(right))
        case .inList(let needle, let list, let mode, let negated):
            return .inList(self.expression(needle), self.list(list), mode, negated: negated)
        case .function(let function, let arguments, let span):
            return .function(function, arguments.map { self.expression($0) }, span: span)
        case .aggregateOfList(let function, let list, let span):
            return .aggregateOfList(function, self.list(list), span: span)
        case .countRows(let plan):
            return .countRows(self.plan(plan))
        }
    }

    private mutating func list(_ list: BoundList) -> BoundList {
        switch list {
        case .literal(let items): .literal(items.map { expression($0) })
        case .perRow(let plan, let element): .perRow(self.plan(plan), expression(element))
        }
    }
}
