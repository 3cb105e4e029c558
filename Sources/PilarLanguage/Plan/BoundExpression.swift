import PilarCore
import PilarStore

/// A checked expression: names resolved to columns and fields, types known, literals folded
/// into domain checks. The executor evaluates only these, never raw syntax.
public indirect enum BoundExpression: Sendable {
    case constant(Value)
    /// The current row itself, as a reference (only for entity rows).
    case currentRow(Entity)
    /// A computed column of the current row, by index.
    case column(Int)
    /// A stored field of the row a reference-valued expression points at.
    case field(of: BoundExpression, entity: Entity, column: Int)
    /// `previous` / `next`: the row of the same series `offset` steps from the row `of`
    /// points at (a reference), or null when there is none (see `SequenceDeclaration`).
    case neighbour(of: BoundExpression, entity: Entity, offset: Int64)
    case negate(BoundExpression, span: Span)
    case not(BoundExpression)
    case arithmetic(BinaryOperator, BoundExpression, BoundExpression, span: Span)
    case compare(BinaryOperator, BoundExpression, BoundExpression, ComparisonMode)
    case and(BoundExpression, BoundExpression)
    case or(BoundExpression, BoundExpression)
    case contains(BoundExpression, BoundExpression)
    case startsWith(BoundExpression, BoundExpression)
    case isNull(BoundExpression, negated: Bool)
    case inList(BoundExpression, BoundList, ComparisonMode, negated: Bool)
    /// A call of a scalar function, resolved to its declaration when checked.
    case function(ScalarFunction, [BoundExpression], span: Span)
    /// An aggregate computed over a relation of the current row (`count(programmes)`).
    case aggregateOfList(AggregateFunction, BoundList, span: Span)
    case countRows(LogicalPlan)
    /// An aggregate over the stage's input rows (or the summarize group): its slot.
    case aggregateSlot(Int)
    /// The value of the current row for a window call of its `window` item, by index.
    case windowValue(Int, span: Span)
    /// `outer.NAME`: an expression over the row a nested pipeline is computed for, `level`
    /// pipelines out (1 for `outer.`, 2 for `outer.outer.`).
    case outer(level: Int, BoundExpression)
    /// A part that does not depend on the row (`count(measurements)` in a stage over
    /// measurements): computed once per executor run, cached under its id (unique in its
    /// statement). Marked by `InvariantMarker`.
    case invariant(Int, BoundExpression)
    /// `x in list` where the list does not depend on the row: its values become a hash set
    /// once per executor run, cached under the id.
    case inInvariantList(BoundExpression, Int, BoundList, ComparisonMode, negated: Bool)
}

/// How two values compare, fixed by the checker from their types.
public enum ComparisonMode: Sendable, Hashable {
    case numeric
    /// Code-point order (UTF-8 bytes).
    case text
    case bool
    /// Ordered by position in a domain (horizon, status, band, …).
    case domain(Domain)
    /// References to rows: equal when the same row; ordered by code, or by row for pillars.
    case reference(Entity)
    /// A reference compared with text: by the referenced row's code.
    case referenceCode(Entity)
    /// Only nulls involved: the result is null.
    case null
}

/// Many values, computed per row.
public indirect enum BoundList: Sendable {
    case literal([BoundExpression])
    /// One value per row of a plan: `programmes.budget`.
    case perRow(LogicalPlan, BoundExpression)
}

/// One aggregate a stage computes over its input rows or groups.
public struct AggregateSpec: Sendable {
    public var function: AggregateFunction
    /// nil for `count()`.
    public var argument: BoundExpression?
    /// The type whose order the aggregate compares by: the argument's, or for `first` and
    /// `last` the order key's.
    public var argumentType: ValueType
    public var span: Span
    /// The order key of `first(x, key)` and `last(x, key)`, evaluated per row beside the argument.
    public var key: BoundExpression? = nil
}
