import PilarCore
import PilarStore

/// Running state of one aggregate over a group, a stage's input or a relation.
/// Nulls are skipped; `sum` of nothing is null, `count` of nothing is 0 (as in SQL).
struct Accumulator {
    let function: AggregateFunction
    let order: ValueOrder
    var mode: ComparisonMode = .null
    private var count: Int64 = 0
    private var integerSum: Int64 = 0
    private var integerOnly = true
    private var decimalSum: Double = 0
    private var extreme: Value = .null
    private var seen: Set<Value> = []

    init(function: AggregateFunction, order: ValueOrder, mode: ComparisonMode? = nil) {
        self.function = function
        self.order = order
        self.mode = mode ?? .null
    }

    /// Counts a row for `count()`, which has no argument.
    mutating func addRow() {
        count += 1
    }

    mutating func add(_ value: Value, span: Span) throws(Diagnostic) {
        if value.isNull { return }
        count += 1
        switch function {
        case .count:
            break
        case .count_distinct:
            seen.insert(value)
        case .sum, .avg:
            switch value {
            case .int(let number):
                if integerOnly {
                    let (sum, overflow) = integerSum.addingReportingOverflow(number)
                    if overflow {
                        integerOnly = false
                        decimalSum = Double(integerSum) + Double(number)
                    } else {
                        integerSum = sum
                    }
                } else {
                    decimalSum += Double(number)
                }
            case .decimal(let number):
                if integerOnly {
                    integerOnly = false
                    decimalSum = Double(integerSum)
                }
                decimalSum += number
            default:
                break
            }
        case .min, .max:
            if case .null = mode { mode = ValueOrder.mode(for: Checker.type(of: value)) }
            if extreme.isNull {
                extreme = value
            } else if let comparison = order.compare(value, extreme, mode),
                      function == .min ? comparison < 0 : comparison > 0 {
                extreme = value
            }
        }
    }

    var result: Value {
        switch function {
        case .count: return .int(count)
        case .count_distinct: return .int(Int64(seen.count))
        case .sum:
            if count == 0 { return .null }
            return integerOnly ? .int(integerSum) : .decimal(decimalSum)
        case .avg:
            if count == 0 { return .null }
            let total = integerOnly ? Double(integerSum) : decimalSum
            return .decimal(total / Double(count))
        case .min, .max:
            return extreme
        }
    }
}
