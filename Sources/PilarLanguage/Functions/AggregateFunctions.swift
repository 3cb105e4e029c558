import PilarCore
import PilarStore

extension AggregateFunction {
    public static let count = AggregateFunction(
        "count", signature: "count() or count(x)", help: "rows (count()), or values that are not null",
        examples: ["opds | extend n = count(programmes) | top 3 by n | select code, n"],
        countsRows: true, overGroup: "sum",
        type: { _, _ throws(TypeProblem) in .int }, step: { _, _, _ throws(AggregateProblem) in }, result: { _, count throws(AggregateProblem) in .int(count) })
    public static let count_distinct = AggregateFunction(
        "count_distinct", signature: "count_distinct(x)", help: "different values that are not null",
        examples: ["measurements | summarize count_distinct(indicator) by year | sort year"],
        overGroup: "sum",
        type: { _, _ throws(TypeProblem) in .int }, step: { state, value, _ throws(AggregateProblem) in state.seen.insert(value) },
        result: { state, _ throws(AggregateProblem) in .int(Int64(state.seen.count)) })
    public static let sum = AggregateFunction(
        "sum", signature: "sum(number)", help: "the exact total; null when there is nothing to add",
        examples: ["programmes | summarize total = sum(budget) by pillar"],
        type: { type, catalog throws(TypeProblem) in
            guard type.isNumeric else { throw TypeProblem(.needsNumbers, ["type": .text(type.name(in: catalog))], at: .argument(0)) }
            return type == .null ? .int : type
        },
        step: { state, value, _ throws(AggregateProblem) in try Exact.add(value, to: &state, in: "sum") },
        result: { state, count throws(AggregateProblem) in try Exact.total(state, count: count) })
    public static let avg = AggregateFunction(
        "avg", signature: "avg(number)", help: "the exact mean, a decimal",
        examples: ["measurements | summarize avg(achievement) by year | sort year"],
        type: { type, catalog throws(TypeProblem) in
            guard type.isNumeric else { throw TypeProblem(.needsNumbers, ["type": .text(type.name(in: catalog))], at: .argument(0)) }
            return .decimal
        },
        step: { state, value, _ throws(AggregateProblem) in try Exact.add(value, to: &state, in: "avg") },
        result: { state, count throws(AggregateProblem) in try Exact.mean(state, count: count) })
    public static let min = AggregateFunction(
        "min", signature: "min(x)", help: "the smallest value (enums in their order)",
        examples: ["programmes | summarize min(start_year), min(horizon) by pillar"],
        type: { type, _ throws(TypeProblem) in
            guard type != .bool else { throw TypeProblem(.needsNumbersOrText, at: .argument(0)) }
            return type
        },
        step: { state, value, order throws(AggregateProblem) in Extreme.add(value, to: &state, order: order, largest: false) },
        result: { state, _ throws(AggregateProblem) in state.extreme })
    public static let max = AggregateFunction(
        "max", signature: "max(x)", help: "the largest value (enums in their order)",
        examples: ["programmes | summarize max(budget) by opd | top 3 by max_budget"],
        type: { type, _ throws(TypeProblem) in
            guard type != .bool else { throw TypeProblem(.needsNumbersOrText, at: .argument(0)) }
            return type
        },
        step: { state, value, order throws(AggregateProblem) in Extreme.add(value, to: &state, order: order, largest: true) },
        result: { state, _ throws(AggregateProblem) in state.extreme })

    /// Every aggregate, in the order `.help aggregates` and completion list them.
    public static let all: [AggregateFunction] = [count, count_distinct, sum, avg, min, max] + statistical
}

/// `sum` and `avg`, exactly: ints add up in 128 bits and a sum that does not fit an int is an
/// error at the aggregate (never a silently rounded figure); decimals add up exactly at the
/// largest scale seen. `avg` divides the exact sum once.
private enum Exact {
    @inline(__always)
    static func add(_ value: Value, to state: inout AggregateState, in name: StaticString) throws(AggregateProblem) {
        switch value {
        case .int(let number):
            try addScaled(Int128(number), scale: 0, to: &state, in: name)
        case .decimal(let number):
            state.integerOnly = false
            try addScaled(Int128(number.coefficient), scale: number.scale, to: &state, in: name)
        default:
            break
        }
    }

    private static func addScaled(_ value: Int128, scale valueScale: Int, to state: inout AggregateState,
                                  in name: StaticString) throws(AggregateProblem) {
        var addend = value
        if valueScale > state.scale {
            let (rescaled, overflow) = state.sum.multipliedReportingOverflow(by: DecimalNumber.powersOfTen[valueScale - state.scale])
            guard !overflow else { throw overflowProblem("\(name)") }
            state.sum = rescaled
            state.scale = valueScale
        } else if valueScale < state.scale {
            let (rescaled, overflow) = addend.multipliedReportingOverflow(by: DecimalNumber.powersOfTen[state.scale - valueScale])
            guard !overflow else { throw overflowProblem("\(name)") }
            addend = rescaled
        }
        let (total, overflow) = state.sum.addingReportingOverflow(addend)
        guard !overflow else { throw overflowProblem("\(name)") }
        state.sum = total
    }

    private static func overflowProblem(_ name: String) -> AggregateProblem {
        AggregateProblem(message: Message(FunctionMessage.numberOverflowIn, ["name": .text(name)]),
                         hint: Message(FunctionMessage.totalBeyond))
    }

    static func total(_ state: AggregateState, count: Int64) throws(AggregateProblem) -> Value {
        if count == 0 { return .null }
        if state.integerOnly {
            guard let total = Int64(exactly: state.sum) else {
                throw AggregateProblem(message: Message(FunctionMessage.integerOverflowIn, ["name": "sum"]),
                                       hint: Message(FunctionMessage.totalBeyondWhole))
            }
            return .int(total)
        }
        guard let total = DecimalNumber(scaled: state.sum, scale: state.scale) else { throw overflowProblem("sum") }
        return .decimal(total)
    }

    static func mean(_ state: AggregateState, count: Int64) throws(AggregateProblem) -> Value {
        if count == 0 { return .null }
        // sum × 10^-scale / count, as one exact fraction rounded once.
        guard let mean = DecimalNumber.quotient(state.sum, Int128(count) * DecimalNumber.powersOfTen[state.scale]) else {
            throw overflowProblem("avg")
        }
        return .decimal(mean)
    }
}

/// `min` and `max` in the order of the argument's type (enums by their domain).
private enum Extreme {
    @inline(__always)
    static func add(_ value: Value, to state: inout AggregateState, order: ValueOrder, largest: Bool) {
        if case .null = state.mode { state.mode = ValueOrder.mode(for: Checker.type(of: value)) }
        if state.extreme.isNull {
            state.extreme = value
        } else if let comparison = order.compare(value, state.extreme, state.mode), largest ? comparison > 0 : comparison < 0 {
            state.extreme = value
        }
    }
}
