import PilarCore
import PilarRender

extension AggregateFunction {
    /// `sparkline(measurements.achievement)`: a row's collection drawn as one line of blocks,
    /// in the collection's row order (a indicator's measurements come by year), so a trend
    /// reads at a glance in a table cell. A null is drawn as a gap, not left out, so the
    /// years stay in their places.
    public static let sparkline: AggregateFunction = {
        var function = AggregateFunction(
            "sparkline", signature: "sparkline(number)",
            help: "the values in row order (measurements by year) as ▁▂▃▄▅▆▇█, smallest to largest; a null as a space",
            examples: ["indicators | where programme.pillar == \"mobility\" | extend trend = sparkline(measurements.achievement) | select code, trend"],
            type: { type, catalog throws(TypeProblem) in
                guard type.isNumeric else { throw TypeProblem(.needsNumbers, ["type": .text(type.name(in: catalog))], at: .argument(0)) }
                return .text
            },
            step: { state, value, _ throws(AggregateProblem) in state.values.append(value) },
            result: { state, _ throws(AggregateProblem) in
                if state.values.isEmpty { return .null }
                let numbers = state.values.map { value -> Double? in
                    switch value {
                    case .int(let number): Double(number)
                    case .decimal(let number): Double(number.description)
                    default: nil
                    }
                }
                return .text(SparklineText.render(numbers))
            })
        function.keepsNulls = true
        return function
    }()
}
