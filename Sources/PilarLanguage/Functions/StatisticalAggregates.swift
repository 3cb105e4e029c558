import PilarCore
import PilarStore

/// Statistics, conditional aggregates, order-picked values and joined texts (issue #8). They
/// keep the values they need in `AggregateState.values`, so they cost memory in the number of
/// values; the exact arithmetic follows grammar.md §5a.
extension AggregateFunction {
    public static let median = AggregateFunction(
        "median", signature: "median(number)", help: "the middle value, or the mean of the two middle ones; a decimal",
        examples: ["programmes | summarize median(budget) by pillar"],
        type: numericToDecimal, step: keepValue,
        result: { state, _ throws(AggregateProblem) in try Quantile.continuous(state.values, percent: DecimalNumber(integerLiteral: 50), function: "median") })
    public static let percentile = AggregateFunction(
        "percentile", signature: "percentile(number, p)",
        help: "the p-th percentile (p from 0 to 100), interpolated between neighbours like DuckDB's quantile_cont",
        examples: ["programmes | summarize p90 = percentile(budget, 90) by pillar"],
        second: .constant(required: true, check: { value in
            guard let p = value.asDecimal else { return Message(FunctionMessage.needsPercentNumber) }
            return p.compare(toInteger: 0) < 0 || p.compare(toInteger: 100) > 0
                ? Message(FunctionMessage.needsPercentRange, ["value": .text("\(p)")]) : nil
        }),
        type: numericToDecimal, step: keepValue,
        result: { state, _ throws(AggregateProblem) in
            try Quantile.continuous(state.values, percent: state.parameter.asDecimal ?? .zero, function: "percentile")
        })
    public static let stddev = AggregateFunction(
        "stddev", signature: "stddev(number)",
        help: "the sample standard deviation (n − 1), exact and rounded once; null for fewer than 2 values",
        examples: ["measurements | where year == 2019 | summarize stddev(achievement) by pillar = indicator.programme.pillar"],
        type: numericToDecimal, step: keepValue,
        result: { state, count throws(AggregateProblem) in
            if count < 2 { return .null }
            guard let deviation = DecimalNumber.sampleStandardDeviation(state.values.compactMap(\.asDecimal)) else {
                throw AggregateProblem(message: Message(FunctionMessage.numberOverflowIn, ["name": "stddev"]),
                                       hint: Message(FunctionMessage.figuresBeyond))
            }
            return .decimal(deviation)
        })
    public static let mode = AggregateFunction(
        "mode", signature: "mode(x)", help: "the most frequent value; of equally frequent ones the smallest",
        examples: ["programmes | summarize mode(horizon) by opd"],
        type: { type, _ throws(TypeProblem) in type },
        step: { state, value, order throws(AggregateProblem) in
            // The leader is kept as values come, so the result needs no pass over the counts.
            let count = (state.counts[value] ?? 0) + 1
            state.counts[value] = count
            if case .null = state.mode { state.mode = ValueOrder.mode(for: Checker.type(of: value)) }
            if Int128(count) > state.sum
                || (Int128(count) == state.sum && (order.compare(value, state.extreme, state.mode) ?? 0) < 0) {
                state.sum = Int128(count)
                state.extreme = value
            }
        },
        result: { state, _ throws(AggregateProblem) in state.extreme })
    public static let count_if = AggregateFunction(
        "count_if", signature: "count_if(condition)", help: "rows where the condition is true; 0 when none",
        examples: ["measurements | where year == 2019 | summarize weak = count_if(achievement < 76) by indicator.programme.pillar"],
        overGroup: "sum",
        type: { type, catalog throws(TypeProblem) in
            guard type == .bool || type == .null else { throw TypeProblem(.needsCondition, ["type": .text(type.name(in: catalog))], at: .argument(0)) }
            return .int
        },
        step: { state, value, _ throws(AggregateProblem) in if case .bool(true) = value { state.sum += 1 } },
        result: { state, _ throws(AggregateProblem) in .int(Int64(state.sum)) })
    public static let sum_if = AggregateFunction(
        "sum_if", signature: "sum_if(number, condition)", help: "the exact total of the rows where the condition is true",
        examples: ["programmes | summarize long_term = sum_if(budget, horizon == \"long\") by pillar"],
        second: .condition, type: sum.typeRule, step: sum.step, result: sum.result)
    public static let avg_if = AggregateFunction(
        "avg_if", signature: "avg_if(number, condition)", help: "the exact mean of the rows where the condition is true",
        examples: ["measurements | summarize avg_if(achievement, band != \"very high\") by year | sort year"],
        second: .condition, type: avg.typeRule, step: avg.step, result: avg.result)
    public static let first = AggregateFunction(
        "first", signature: "first(x, order)", help: "x of the row with the smallest order (ties: the first row); rows with a null skipped",
        examples: ["measurements | summarize first(actual, year), last(actual, year) by indicator | take 3"],
        second: .ordered({ state, value, key, order in pick(value, key, &state, order, largest: false) }),
        type: { type, _ throws(TypeProblem) in type }, step: { _, _, _ throws(AggregateProblem) in },
        result: { state, _ throws(AggregateProblem) in state.kept })
    public static let last = AggregateFunction(
        "last", signature: "last(x, order)", help: "x of the row with the largest order (ties: the first row); rows with a null skipped",
        examples: ["measurements | where actual is not null | summarize latest = last(year, year) by indicator | take 3"],
        second: .ordered({ state, value, key, order in pick(value, key, &state, order, largest: true) }),
        type: { type, _ throws(TypeProblem) in type }, step: { _, _, _ throws(AggregateProblem) in },
        result: { state, _ throws(AggregateProblem) in state.kept })
    public static let string_agg = AggregateFunction(
        "string_agg", signature: "string_agg(x[, separator])",
        help: "the values as text joined in row order, by \", \" unless a separator is given; null when none",
        examples: ["programmes | where pillar == \"mobility\" | summarize codes = string_agg(code, \" \") by opd"],
        second: .constant(required: false, check: { value in
            if case .text = value { return nil }
            return Message(FunctionMessage.needsTextSeparator)
        }),
        type: { _, _ throws(TypeProblem) in .text },
        step: { state, value, order throws(AggregateProblem) in state.values.append(.text(order.text(value))) },
        result: { state, _ throws(AggregateProblem) in
            if state.values.isEmpty { return .null }
            let separator = if case .text(let text) = state.parameter { text } else { ", " }
            return .text(state.values.map { if case .text(let text) = $0 { text } else { "" } }.joined(separator: separator))
        })

    /// The aggregates of this file, in the order `.help aggregates` lists them.
    static let statistical: [AggregateFunction] = [median, percentile, stddev, mode, count_if, sum_if, avg_if, first, last, string_agg,
                                                   sparkline]

    private static let numericToDecimal: @Sendable (ValueType, Catalog?) throws(TypeProblem) -> ValueType = { type, catalog throws(TypeProblem) in
        guard type.isNumeric else { throw TypeProblem(.needsNumbers, ["type": .text(type.name(in: catalog))], at: .argument(0)) }
        return .decimal
    }
    private static let keepValue: @Sendable (inout AggregateState, Value, ValueOrder) throws(AggregateProblem) -> Void = { state, value, _ throws(AggregateProblem) in
        state.values.append(value)
    }

    /// `first` and `last`: a strictly smaller (larger) key replaces, so ties keep the first row.
    private static func pick(_ value: Value, _ key: Value, _ state: inout AggregateState, _ order: ValueOrder, largest: Bool) {
        if state.extreme.isNull {
            state.extreme = key
            state.kept = value
        } else if let comparison = order.compare(key, state.extreme, state.mode), largest ? comparison > 0 : comparison < 0 {
            state.extreme = key
            state.kept = value
        }
    }
}

/// Percentiles by linear interpolation between the two nearest values (DuckDB's
/// `quantile_cont`, Excel's PERCENTILE.INC): at position (n − 1) × p / 100 of the sorted
/// values, computed exactly in decimals.
enum Quantile {
    static func continuous(_ values: [Value], percent: DecimalNumber, function: String) throws(AggregateProblem) -> Value {
        if values.isEmpty { return .null }
        let overflow = AggregateProblem(message: Message(FunctionMessage.numberOverflowIn, ["name": .text(function)]),
                                        hint: Message(FunctionMessage.figuresBeyond))
        let sorted = values.compactMap(\.asDecimal).sorted { $0.compare(to: $1) < 0 }
        guard let position = DecimalNumber(Int64(sorted.count - 1))?.multiplying(by: percent)?.dividing(by: DecimalNumber(integerLiteral: 100)) else {
            throw overflow
        }
        let lower = Int(position.wholeNumber(roundingUp: false).exactInteger ?? 0)
        let upper = Swift.min(lower + 1, sorted.count - 1)
        guard let fraction = position.subtracting(DecimalNumber(Int64(lower))!),
              let result = interpolate(sorted[lower], sorted[upper], by: fraction) else { throw overflow }
        return .decimal(result)
    }

    /// `lower × (1 − f) + upper × f` for 0 ≤ f < 1, exactly in 128 bits and rounded once:
    /// the answer lies between the two values, so it fits even when their gap (±9e18 and
    /// ∓9e18) does not fit a decimal.
    static func interpolate(_ lower: DecimalNumber, _ upper: DecimalNumber, by fraction: DecimalNumber) -> DecimalNumber? {
        if fraction.isZero { return lower }
        guard !fraction.isNegative else { return nil }
        // Enough decimals for the exact answer, up to the 18 a decimal keeps.
        let scale = Swift.min(Swift.max(lower.scale, upper.scale) + fraction.scale, DecimalNumber.maximumScale)
        let powers = DecimalNumber.powersOfTen
        // Each below 2^63 × 10^18 < 2^123, so their difference fits as well.
        let low = Int128(lower.coefficient) * powers[scale - lower.scale]
        let gap = Int128(upper.coefficient) * powers[scale - upper.scale] - low
        let divisor = powers[fraction.scale]
        // gap × f is smaller than gap (f < 1): the 256-bit product divides back into 128 bits.
        guard Int128(fraction.coefficient) < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(gap.multipliedFullWidth(by: Int128(fraction.coefficient)))
        var step = quotient
        if remainder.magnitude * 2 >= divisor.magnitude { step += remainder < 0 ? -1 : 1 }
        return DecimalNumber(scaled: low + step, scale: scale)
    }
}
