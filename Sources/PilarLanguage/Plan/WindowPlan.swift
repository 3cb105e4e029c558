import PilarCore
import PilarStore

/// One call of a window function in a `window` stage: computed per partition before the
/// stage's items, read back by `BoundExpression.windowValue`.
public struct WindowCall: Sendable {
    public var function: WindowFunction
    public var arguments: [BoundExpression]
    public var span: Span
}

/// One item of a `window` stage: its column, the aggregates over each partition it reads
/// (`sum(budget)` in a share) and the window calls it reads.
public struct WindowItem: Sendable {
    public var column: BoundColumn
    public var aggregates: [AggregateSpec]
    public var calls: [WindowCall]
}
