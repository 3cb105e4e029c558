import PilarCore

/// What the second argument of an aggregate is. Most aggregates take one value per row; a
/// few take a second argument, and the checker reads it by its kind here rather than by the
/// aggregate's name.
enum SecondArgument: Sendable {
    case none
    /// A constant, the same for every row (percentile's p, string_agg's separator): `check`
    /// gives a problem with its value, or nil. A required one must be given.
    case constant(required: Bool, check: @Sendable (Value) -> Message?)
    /// A condition: `sum_if(x, c)` aggregates x over the rows where c is true, as if written
    /// `sum(if(c, x, null))`.
    case condition
    /// An order key: `first(x, key)` keeps x at the smallest key; this step sees both.
    case ordered(@Sendable (inout AggregateState, Value, Value, ValueOrder) -> Void)

    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// Whether the second argument varies by row (so it needs the stage's rows, not a relation).
    var isPerRow: Bool {
        switch self {
        case .condition, .ordered: true
        case .none, .constant: false
        }
    }
}
