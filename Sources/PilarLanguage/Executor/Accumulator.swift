import PilarCore
import PilarStore

/// Running state of one aggregate over a group, a stage's input or a relation.
/// Nulls are skipped; `sum` of nothing is null, `count` of nothing is 0 (as in SQL).
///
/// Sums are exact: ints add up in 128 bits and a sum that does not fit an int is an error at
/// the aggregate (never a silently rounded figure); decimals add up exactly at the largest
/// scale seen. `avg` divides the exact sum once.
struct Accumulator {
    let function: AggregateFunction
    let order: ValueOrder
    var mode: ComparisonMode = .null
    /// Where errors point: the source of the query, and the aggregate's span once it has one.
    let source: SourceFile?
    private var span: Span = .empty
    private var count: Int64 = 0
    private var integerOnly = true
    /// The sum so far: `sum × 10^-scale`, exact.
    private var sum: Int128 = 0
    private var scale = 0
    private var extreme: Value = .null
    private var seen: Set<Value> = []

    init(function: AggregateFunction, order: ValueOrder, mode: ComparisonMode? = nil, source: SourceFile?) {
        self.function = function
        self.order = order
        self.mode = mode ?? .null
        self.source = source
    }

    /// Counts a row for `count()`, which has no argument.
    mutating func addRow() {
        count += 1
    }

    mutating func add(_ value: Value, span: Span) throws(Diagnostic) {
        if value.isNull { return }
        count += 1
        self.span = span
        switch function {
        case .count:
            break
        case .count_distinct:
            seen.insert(value)
        case .sum, .avg:
            switch value {
            case .int(let number):
                try addScaled(Int128(number), scale: 0)
            case .decimal(let number):
                integerOnly = false
                try addScaled(Int128(number.coefficient), scale: number.scale)
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

    private mutating func addScaled(_ value: Int128, scale valueScale: Int) throws(Diagnostic) {
        var addend = value
        if valueScale > scale {
            let (rescaled, overflow) = sum.multipliedReportingOverflow(by: DecimalNumber.powersOfTen[valueScale - scale])
            guard !overflow else { throw overflowError() }
            sum = rescaled
            scale = valueScale
        } else if valueScale < scale {
            let (rescaled, overflow) = addend.multipliedReportingOverflow(by: DecimalNumber.powersOfTen[scale - valueScale])
            guard !overflow else { throw overflowError() }
            addend = rescaled
        }
        let (total, overflow) = sum.addingReportingOverflow(addend)
        guard !overflow else { throw overflowError() }
        sum = total
    }

    private func overflowError() -> Diagnostic {
        Diagnostic(.runtime, "number overflow in \(function.rawValue)()", source: source, span: span,
                   hint: "the total is beyond ±9.2 × 10^18, the largest number pilar holds")
    }

    func result() throws(Diagnostic) -> Value {
        switch function {
        case .count: return .int(count)
        case .count_distinct: return .int(Int64(seen.count))
        case .sum:
            if count == 0 { return .null }
            if integerOnly {
                guard let total = Int64(exactly: sum) else {
                    throw Diagnostic(.runtime, "integer overflow in sum()", source: source, span: span,
                                     hint: "the total is beyond ±9.2 × 10^18, the largest whole number pilar holds")
                }
                return .int(total)
            }
            guard let total = DecimalNumber(scaled: sum, scale: scale) else { throw overflowError() }
            return .decimal(total)
        case .avg:
            if count == 0 { return .null }
            // sum × 10^-scale / count, as one exact fraction rounded once.
            guard let average = DecimalNumber.quotient(sum, Int128(count) * DecimalNumber.powersOfTen[scale]) else { throw overflowError() }
            return .decimal(average)
        case .min, .max:
            return extreme
        }
    }
}
