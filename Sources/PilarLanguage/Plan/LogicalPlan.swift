import PilarCore
import PilarStore
import PilarRender

/// Where the rows of a plan come from.
public indirect enum RowSource: Sendable {
    /// Every row of an entity.
    case all(Entity)
    /// The result of a `let`.
    case binding(String)
    /// The related rows of one row: `opd.programmes` (parent is a reference-valued expression).
    case children(parent: BoundExpression, parentEntity: Entity, collection: String)
    /// The related rows of every row of another source, flattened: `indicators.measurements`.
    case flattened(RowSource, parentEntity: Entity, collection: String)
}

/// A checked column: its name, type and how to compute it.
public struct BoundColumn: Sendable {
    public var name: String
    public var type: ValueType
    public var expression: BoundExpression
    /// See `ColumnInfo.isYear`.
    public var isYear = false
    /// See `ColumnInfo.isSparkline`.
    public var isSparkline = false
}

/// A checked sort key.
public struct BoundSortKey: Sendable {
    public var expression: BoundExpression
    public var type: ValueType
    public var descending: Bool
}

/// The logical plan of a pipeline: what to compute, independent of how. It sits between the
/// checker and the executor so that another backend could run the same plans.
public indirect enum LogicalPlan: Sendable {
    case source(RowSource, RowType)
    /// Keep rows where the predicate is true; `aggregates` are computed over the input first
    /// (`where budget > avg(budget)`).
    case filter(LogicalPlan, BoundExpression, aggregates: [AggregateSpec])
    /// Add computed columns, keeping the row (`extend`).
    case extend(LogicalPlan, [BoundColumn], aggregates: [AggregateSpec], output: RowType)
    /// Replace the row by computed columns (`select`, `distinct` before deduplication).
    case project(LogicalPlan, [BoundColumn], aggregates: [AggregateSpec], output: RowType)
    case sort(LogicalPlan, [BoundSortKey], aggregates: [AggregateSpec])
    case limit(LogicalPlan, Int)
    /// Group by keys and compute aggregates; `outputs` read keys as columns 0..<k and
    /// aggregate slots.
    case aggregate(LogicalPlan, keys: [BoundColumn], aggregates: [AggregateSpec], outputs: [BoundColumn], output: RowType)
    case count(LogicalPlan)
    case distinct(LogicalPlan)
    /// `pivot`, `unpivot`, `totals` (ReshapePlans.swift).
    case pivot(LogicalPlan, PivotPlan)
    case unpivot(LogicalPlan, UnpivotPlan)
    case totals(LogicalPlan, TotalsPlan)
    /// Add columns computed per partition (rows with equal `partition` keys) in the `sort`
    /// order, keeping the rows in their input order (`window`).
    case window(LogicalPlan, partition: [BoundExpression], sort: [BoundSortKey], items: [WindowItem], output: RowType)

    /// The shape of the rows this plan produces.
    public var rowType: RowType {
        switch self {
        case .source(_, let rowType): rowType
        case .filter(let input, _, _), .sort(let input, _, _), .limit(let input, _), .distinct(let input):
            input.rowType
        case .extend(_, _, _, let output), .project(_, _, _, let output), .aggregate(_, _, _, _, let output),
             .window(_, _, _, _, let output):
            output
        case .count:
            RowType(entity: nil, columns: [ColumnInfo(name: "count", type: .int)])
        case .pivot(_, let pivot): pivot.output
        case .unpivot(_, let unpivot): unpivot.output
        case .totals(_, let totals): totals.output
        }
    }
}

/// A checked statement, ready to execute.
public enum PlannedStatement: Sendable {
    case query(LogicalPlan, span: Span)
    /// A query ending in `chart`: its rows, and how people's formats draw them.
    case chart(LogicalPlan, ChartSpec, span: Span)
    /// `line` is where the let is written, for "computed before the data changed (line N)".
    case `let`(String, LogicalPlan, line: Int)
    case print(BoundExpression)
    case insert(PlannedInsert)
    case edit(PlannedRowEdit)
    case dotCommand(name: String, arguments: [String], span: Span)
    /// `check`: the rules to run (all of them for a bare `check`).
    case check([CheckRule], span: Span)
    /// `param`: the parameter's value, set for the statements after it (see ScriptPlans.swift).
    case param(String, Value, line: Int)
    /// `print "… {expr} …"`
    case printText([PlannedTextPiece])
    case forEach(PlannedLoop)
    case ifBlock(PlannedIf)
    /// `… | export "FILE"` (see ExportPlan.swift).
    case export(PlannedExport)
}

extension PlannedStatement {
    /// Whether it computes rows to show (`.timer` times these).
    var isQuery: Bool {
        switch self {
        case .query, .chart: true
        default: false
        }
    }

    /// The entity an insert, upsert, update or delete changes; nil for other statements.
    var editedEntity: Entity? {
        switch self {
        case .insert(let insert): insert.entity
        case .edit(let edit): edit.entity
        default: nil
        }
    }
}
