import PilarCore

/// Messages of the executor: what goes wrong while a checked statement runs (overflow, a value
/// a field cannot hold, data that changed since the check).
public enum RuntimeMessage: String, MessageKey {
    case integerOverflowNegation, integerOverflowOperator, numberOverflowOperator, resultBeyondLargest
    case internalAggregateValue, internalWindowValue, windowOwnItem
    case pivotColumnGone, pivotDataChanged
    case fieldCannotBeNull, fieldNeedsValue, fieldHoldsWholeNumbers, roundIt, fieldCannotHold

    public static let area = "runtime"

    public var english: String {
        switch self {
        case .integerOverflowNegation: "integer overflow in negation"
        case .integerOverflowOperator: "integer overflow in '{operator}'"
        case .numberOverflowOperator: "number overflow in '{operator}'"
        case .resultBeyondLargest: "the result is beyond ±9.2 × 10^18, the largest number pilar holds"
        case .internalAggregateValue: "internal error: aggregate value {index} was not computed"
        case .internalWindowValue: "internal error: this window value was not computed"
        case .windowOwnItem: "compute it in its own window item and use its name"
        case .pivotColumnGone: "'{value}' is not one of the columns pivot found when the statement was checked"
        case .pivotDataChanged: "the data changed in between; run the statement again, or list the columns: across … in [...]"
        case .fieldCannotBeNull: "'{field}' cannot be null"
        case .fieldNeedsValue: "every {field} needs a value; coalesce(…, 0) gives one"
        case .fieldHoldsWholeNumbers: "'{field}' holds whole numbers, not {value}"
        case .roundIt: "round it: round(…)"
        case .fieldCannotHold: "'{field}' cannot hold {value}"
        }
    }
}
