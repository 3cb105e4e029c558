import PilarCore
import PilarStore

/// What the checker knows while it checks one stage's expressions.
struct Scope {
    /// The rows being looked at.
    var rowType: RowType
    /// How aggregates with a scalar argument are read here.
    var aggregateMode: AggregateMode
    /// Aggregates this stage must compute before evaluating its expressions.
    var aggregates: [AggregateSpec] = []
    /// The window function calls of a `window` item; nil outside a `window` stage, where a
    /// window function is an error.
    var windowCalls: [WindowCall]?
    /// The aggregate call whose argument is being checked, for the hint of a window call
    /// inside it (`sum(lag(x))`).
    var aggregateCall: Span?
    /// The window function whose arguments are being checked, so that a window function
    /// nested in them is told so rather than sent to a `window` stage it is already in.
    var insideWindowCall: String?

    enum AggregateMode {
        /// Over all input rows of the stage (`extend share = x / sum(x)`).
        case window
        /// Over the rows of each group (`summarize … by …`); bare row fields are not allowed
        /// outside an aggregate.
        case group
        /// Inside an aggregate's argument: no further aggregate over the same rows.
        case insideAggregate(AggregateFunction)
        /// Where aggregates make no sense (the `by` keys of summarize, `take`).
        case none(reason: Message)
    }

    init(rowType: RowType, aggregateMode: AggregateMode) {
        self.rowType = rowType
        self.aggregateMode = aggregateMode
    }
}

/// The result of checking an expression: one value, many rows, or many values.
enum Checked {
    case scalar(BoundExpression, ValueType)
    case rows(LogicalPlan)
    case list(BoundList, ValueType)

    var type: ValueType {
        switch self {
        case .scalar(_, let type): type
        case .rows(let plan): .rows(plan.rowType)
        case .list(_, let element): .list(element)
        }
    }
}
