import PilarCore
import PilarStore

/// The second argument of the aggregates that take one (`percentile(x, p)`, `sum_if(x, c)`,
/// `first(x, key)`, `string_agg(x, sep)`); its kind is declared with the aggregate.
extension Checker {
    /// A copy of the declaration holding its constant second argument (checked here), so the
    /// accumulator has it; a required one that is missing is an error.
    func withConstantArgument(_ function: AggregateFunction, arguments: [Expression], span: Span) throws(Diagnostic) -> AggregateFunction {
        guard case .constant(let required, let check) = function.second else { return function }
        guard arguments.count == 2 else {
            if required {
                throw error(.takesTwoArguments, ["name": .text(function.name)], at: span, hint: .usage(function.signature))
            }
            return function
        }
        let argument = arguments[1]
        var scope = Scope(rowType: RowType(entity: nil), aggregateMode: .none(reason: Message(FunctionMessage.reasonConstantArgument, ["name": .text(function.name)])))
        let value: Value?
        do {
            value = constantValue(try checkScalar(argument, in: &scope).0)
        } catch {
            value = nil
        }
        guard let value else {
            throw error(.secondMustBeConstant, ["name": .text(function.name)], at: argument.span,
                        hint: .usage(function.signature))
        }
        if let problem = check(value) {
            throw error(.callProblem, ["name": .text(function.name), "problem": .message(problem)], at: argument.span,
                        hint: .usage(function.signature))
        }
        var copy = function
        copy.parameter = value
        return copy
    }

    /// A literal, possibly negated (`-5`), as checked.
    private func constantValue(_ bound: BoundExpression) -> Value? {
        switch bound {
        case .constant(let value): return value
        case .negate(.constant(.int(let x)), _) where x != .min: return .int(-x)
        case .negate(.constant(.decimal(let x)), _): return .decimal(x.negated)
        default: return nil
        }
    }

    /// A per-row second argument: `sum_if`'s condition folds into the argument as
    /// `if(c, x, null)`; `first`/`last`'s key is evaluated beside it, and its type orders.
    func bindSecond(_ argument: Expression, of spec: inout AggregateSpec, in scope: inout Scope) throws(Diagnostic) {
        switch spec.function.second {
        case .none, .constant:
            return
        case .condition:
            let (condition, type) = try checkScalar(argument, in: &scope)
            guard type == .bool || type == .null else {
                throw error(.callProblem, ["name": .text(spec.function.name),
                                           "problem": .message(Message(FunctionMessage.needsCondition, ["type": .text(type.name(in: store.catalog))]))],
                            at: argument.span, hint: .usage(spec.function.signature))
            }
            guard let ifFunction = ScalarFunction.named("if"), let value = spec.argument else { return }
            spec.argument = .function(ifFunction, [condition, value, .constant(.null)], span: spec.span)
        case .ordered:
            let (key, type) = try checkScalar(argument, in: &scope)
            guard type != .bool else {
                throw error(.needsSortableOrder, ["name": .text(spec.function.name)], at: argument.span,
                            hint: .usage(spec.function.signature))
            }
            spec.key = key
            spec.argumentType = type
        }
    }

    /// `sum_if(programmes.budget, …)`: a per-row second argument needs the stage's rows.
    func overRelation(_ function: AggregateFunction, _ argument: Expression) -> Diagnostic {
        let text = source.text(of: argument.span)
        let hint = function == .count_if
            ? Message(FunctionMessage.countOverRelation, ["text": .text(text)])
            : Message(FunctionMessage.filterRelation, ["name": .text(function.name)])
        return error(.notOverRows, ["name": .text(function.name)], at: argument.span, hint: hint)
    }
}
