import PilarCore
import PilarStore

/// A checked `pivot`: groups by `keys`, and in each group one cell per value of `column`
/// (per aggregate output when there are several).
public struct PivotPlan: Sendable {
    public var keys: [BoundColumn]
    /// The across key, computed per input row.
    public var column: BoundColumn
    /// The across values that become columns, in column order.
    public var values: [Value]
    /// True when the writer listed the values (`across year in [...]`): rows with another
    /// value are left out. Otherwise the values came from running the input when checking,
    /// and a value not among them (the data changed since) is an error, not a lost row.
    public var listed: Bool
    public var aggregates: [AggregateSpec]
    /// The cell expressions, read from the aggregate slots of one (group, value) cell.
    public var outputs: [BoundColumn]
    public var acrossSpan: Span
    public var output: RowType
}

/// A checked `unpivot`: every input row gives one row per listed column.
public struct UnpivotPlan: Sendable {
    /// Input columns (indexes) kept as they are, in order.
    public var kept: [Int]
    /// The listed input columns, and the value each puts in the name column.
    public var unpivoted: [Int]
    public var names: [Value]
    /// Ints become decimals when the listed columns mix the two.
    public var asDecimal: Bool
    public var output: RowType
}

/// A checked `totals`: subtotal rows after each run of the `by` column, then a Total row.
public struct TotalsPlan: Sendable {
    /// The column that holds "Total" / "Subtotal …"; it becomes text.
    public var labelColumn: Int
    public var byColumn: Int?
    /// Per input column: whether its total is the sum of the rows (ints and decimals) rather
    /// than null; used for the columns `recompute` does not cover.
    public var summed: [Bool]
    public var recompute: TotalsRecompute?
    public var output: RowType
}

/// How `totals` recomputes the columns of an upstream summarize or pivot (and the extends after it)
/// over the underlying rows, instead of adding up per-group results (averages of averages).
public struct TotalsRecompute: Sendable {
    /// The summarize's input, its keys (output columns 0..<k), aggregates and outputs
    /// (columns k..<k+m).
    public var groupInput: LogicalPlan
    public var keys: [BoundColumn]
    public var aggregates: [AggregateSpec]
    public var outputs: [BoundColumn]
    /// The extend stages after the summarize, in order: re-evaluated on the total row.
    public var extends: [TotalsExtend]
    /// When the stage totalled is a pivot: its across key and values. The aggregates are then
    /// recomputed per value, and the outputs repeat per value, as pivot lays out its columns.
    public var across: TotalsAcross? = nil
}

/// The across key of the pivot a `totals` recomputes, and the values that are its columns.
public struct TotalsAcross: Sendable {
    public var column: BoundColumn
    public var values: [Value]
}

/// One `extend` after the summarize a `totals` recomputes.
public struct TotalsExtend: Sendable {
    /// The extend's input, for its aggregates over all rows (`sum(total)` in a share).
    public var input: LogicalPlan
    public var columns: [BoundColumn]
    public var aggregates: [AggregateSpec]
}
