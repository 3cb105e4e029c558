import PilarCore
import PilarStore

extension AggregateFunction {
    public static let count = AggregateFunction(
        "count", signature: "count() or count(x)", help: "rows (count()), or values that are not null",
        examples: ["opds | extend n = count(programmes) | top 3 by n | select code, n"],
        countsRows: true, overGroup: "sum",
        type: { _, _ throws(TypeProblem) in .int }, state: { _ in CountState() })
    public static let count_distinct = AggregateFunction(
        "count_distinct", signature: "count_distinct(x)", help: "different values that are not null",
        examples: ["measurements | summarize count_distinct(indicator) by year | sort year"],
        overGroup: "sum",
        type: { _, _ throws(TypeProblem) in .int }, state: { _ in DistinctState() })
    public static let sum = AggregateFunction(
        "sum", signature: "sum(number)", help: "the exact total; null when there is nothing to add",
        examples: ["programmes | summarize total = sum(budget) by pillar"],
        type: { type, catalog throws(TypeProblem) in
            guard type.isNumeric else { throw TypeProblem("needs numbers, not \(type.name(in: catalog))", at: .argument(0)) }
            return type == .null ? .int : type
        },
        state: { _ in SumState(name: "sum", average: false) })
    public static let avg = AggregateFunction(
        "avg", signature: "avg(number)", help: "the exact mean, a decimal",
        examples: ["measurements | summarize avg(achievement) by year | sort year"],
        type: { type, catalog throws(TypeProblem) in
            guard type.isNumeric else { throw TypeProblem("needs numbers, not \(type.name(in: catalog))", at: .argument(0)) }
            return .decimal
        },
        state: { _ in SumState(name: "avg", average: true) })
    public static let min = AggregateFunction(
        "min", signature: "min(x)", help: "the smallest value (enums in their order)",
        examples: ["programmes | summarize min(start_year), min(horizon) by pillar"],
        type: { type, _ throws(TypeProblem) in
            guard type != .bool else { throw TypeProblem("needs numbers or text, not bool", at: .argument(0)) }
            return type
        },
        state: { setup in ExtremeState(setup: setup, largest: false) })
    public static let max = AggregateFunction(
        "max", signature: "max(x)", help: "the largest value (enums in their order)",
        examples: ["programmes | summarize max(budget) by opd | top 3 by max_budget"],
        type: { type, _ throws(TypeProblem) in
            guard type != .bool else { throw TypeProblem("needs numbers or text, not bool", at: .argument(0)) }
            return type
        },
        state: { setup in ExtremeState(setup: setup, largest: true) })

    /// Every aggregate, in the order `.help aggregates` and completion list them.
    public static let all: [AggregateFunction] = [count, count_distinct, sum, avg, min, max]
}

/// `count`: the accumulator already counts the values that are not null.
private struct CountState: AggregateState {
    mutating func add(_ value: Value) throws(AggregateProblem) {}
    func result(count: Int64) throws(AggregateProblem) -> Value { .int(count) }
}

private struct DistinctState: AggregateState {
    var seen: Set<Value> = []
    mutating func add(_ value: Value) throws(AggregateProblem) { seen.insert(value) }
    func result(count: Int64) throws(AggregateProblem) -> Value { .int(Int64(seen.count)) }
}

/// `sum` and `avg`, exactly: ints add up in 128 bits and a sum that does not fit an int is an
/// error at the aggregate (never a silently rounded figure); decimals add up exactly at the
/// largest scale seen. `avg` divides the exact sum once.
private struct SumState: AggregateState {
    let name: String
    let average: Bool
    private var integerOnly = true
    /// The sum so far: `sum × 10^-scale`, exact.
    private var sum: Int128 = 0
    private var scale = 0

    init(name: String, average: Bool) {
        self.name = name
        self.average = average
    }

    mutating func add(_ value: Value) throws(AggregateProblem) {
        switch value {
        case .int(let number):
            try addScaled(Int128(number), scale: 0)
        case .decimal(let number):
            integerOnly = false
            try addScaled(Int128(number.coefficient), scale: number.scale)
        default:
            break
        }
    }

    private mutating func addScaled(_ value: Int128, scale valueScale: Int) throws(AggregateProblem) {
        var addend = value
        if valueScale > scale {
            let (rescaled, overflow) = sum.multipliedReportingOverflow(by: DecimalNumber.powersOfTen[valueScale - scale])
            guard !overflow else { throw overflowProblem() }
            sum = rescaled
            scale = valueScale
        } else if valueScale < scale {
            let (rescaled, overflow) = addend.multipliedReportingOverflow(by: DecimalNumber.powersOfTen[scale - valueScale])
            guard !overflow else { throw overflowProblem() }
            addend = rescaled
        }
        let (total, overflow) = sum.addingReportingOverflow(addend)
        guard !overflow else { throw overflowProblem() }
        sum = total
    }

    private func overflowProblem() -> AggregateProblem {
        AggregateProblem(message: "number overflow in \(name)()",
                         hint: "the total is beyond ±9.2 × 10^18, the largest number pilar holds")
    }

    func result(count: Int64) throws(AggregateProblem) -> Value {
        if count == 0 { return .null }
        if average {
            // sum × 10^-scale / count, as one exact fraction rounded once.
            guard let mean = DecimalNumber.quotient(sum, Int128(count) * DecimalNumber.powersOfTen[scale]) else { throw overflowProblem() }
            return .decimal(mean)
        }
        if integerOnly {
            guard let total = Int64(exactly: sum) else {
                throw AggregateProblem(message: "integer overflow in sum()",
                                       hint: "the total is beyond ±9.2 × 10^18, the largest whole number pilar holds")
            }
            return .int(total)
        }
        guard let total = DecimalNumber(scaled: sum, scale: scale) else { throw overflowProblem() }
        return .decimal(total)
    }
}

/// `min` and `max` in the order of the argument's type (enums by their domain).
private struct ExtremeState: AggregateState {
    let order: ValueOrder
    var mode: ComparisonMode
    let largest: Bool
    private var extreme: Value = .null

    init(setup: AggregateSetup, largest: Bool) {
        order = setup.order
        mode = setup.mode
        self.largest = largest
    }

    mutating func add(_ value: Value) throws(AggregateProblem) {
        if case .null = mode { mode = ValueOrder.mode(for: Checker.type(of: value)) }
        if extreme.isNull {
            extreme = value
        } else if let comparison = order.compare(value, extreme, mode), largest ? comparison > 0 : comparison < 0 {
            extreme = value
        }
    }

    func result(count: Int64) throws(AggregateProblem) -> Value { extreme }
}
