import PilarCore
import PilarStore

/// Whether a nested plan reads a row outside itself through `outer.`: such a plan is computed
/// per row of the pipeline around it and never cached once per statement.
///
/// An `outer` of level L written at nesting depth D inside the plan (0 for the plan's own
/// stages, 1 inside a pipeline in one of them, …) reaches the row outside the plan when L > D.
enum OuterReferences {
    static func reachesOut(_ plan: LogicalPlan) -> Bool {
        reaches(plan, depth: 0)
    }

    private static func reaches(_ plan: LogicalPlan, depth: Int) -> Bool {
        switch plan {
        case .source(let source, _):
            // The source's expressions are evaluated on the row around the plan.
            return reaches(source, depth: depth - 1)
        case .filter(let input, let predicate, let aggregates):
            return reaches(input, depth: depth) || reaches(predicate, depth) || reaches(aggregates, depth)
        case .extend(let input, let columns, let aggregates, _), .project(let input, let columns, let aggregates, _):
            return reaches(input, depth: depth) || columns.contains { reaches($0.expression, depth) } || reaches(aggregates, depth)
        case .sort(let input, let keys, let aggregates):
            return reaches(input, depth: depth) || keys.contains { reaches($0.expression, depth) } || reaches(aggregates, depth)
        case .limit(let input, _), .count(let input), .distinct(let input):
            return reaches(input, depth: depth)
        case .aggregate(let input, let keys, let aggregates, let outputs, _):
            return reaches(input, depth: depth) || (keys + outputs).contains { reaches($0.expression, depth) }
                || reaches(aggregates, depth)
        case .window(let input, let partition, let sort, let items, _):
            return reaches(input, depth: depth) || partition.contains { reaches($0, depth) }
                || sort.contains { reaches($0.expression, depth) }
                || items.contains { item in
                    reaches(item.column.expression, depth) || reaches(item.aggregates, depth)
                        || item.calls.contains { $0.arguments.contains { reaches($0, depth) } }
                }
        case .pivot(let input, let pivot):
            return reaches(input, depth: depth) || (pivot.keys + [pivot.column] + pivot.outputs).contains { reaches($0.expression, depth) }
                || reaches(pivot.aggregates, depth)
        case .unpivot(let input, _), .totals(let input, _):
            return reaches(input, depth: depth)
        }
    }

    private static func reaches(_ source: RowSource, depth: Int) -> Bool {
        switch source {
        case .all, .binding: false
        case .children(let parent, _, _): reaches(parent, depth)
        case .flattened(let inner, _, _): reaches(inner, depth: depth)
        }
    }

    private static func reaches(_ aggregates: [AggregateSpec], _ depth: Int) -> Bool {
        aggregates.contains { spec in
            (spec.argument.map { reaches($0, depth) } ?? false) || (spec.key.map { reaches($0, depth) } ?? false)
        }
    }

    private static func reaches(_ list: BoundList, _ depth: Int) -> Bool {
        switch list {
        case .literal(let items): items.contains { reaches($0, depth) }
        case .perRow(let plan, let element): reaches(plan, depth: depth + 1) || reaches(element, depth + 1)
        }
    }

    private static func reaches(_ expression: BoundExpression, _ depth: Int) -> Bool {
        switch expression {
        case .outer(let level, _): level > depth
        case .constant, .currentRow, .column, .aggregateSlot, .windowValue: false
        case .field(let base, _, _), .neighbour(let base, _, _), .negate(let base, _), .not(let base),
             .isNull(let base, _), .invariant(_, let base):
            reaches(base, depth)
        case .arithmetic(_, let left, let right, _), .compare(_, let left, let right, _), .and(let left, let right),
             .or(let left, let right), .contains(let left, let right), .startsWith(let left, let right):
            reaches(left, depth) || reaches(right, depth)
        case .inList(let needle, let list, _, _), .inInvariantList(let needle, _, let list, _, _):
            reaches(needle, depth) || reaches(list, depth)
        case .function(_, let arguments, _): arguments.contains { reaches($0, depth) }
        case .aggregateOfList(_, let list, _): reaches(list, depth)
        case .countRows(let plan): reaches(plan, depth: depth + 1)
        }
    }
}
