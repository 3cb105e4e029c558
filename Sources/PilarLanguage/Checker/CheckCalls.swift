import PilarCore
import PilarStore

extension Checker {
    func checkCall(_ name: String, nameSpan: Span, arguments: [Expression], span: Span,
                   in scope: inout Scope) throws(Diagnostic) -> Checked {
        if let aggregate = AggregateFunction.named(name) {
            return try checkAggregate(aggregate, arguments: arguments, span: span, in: &scope)
        }
        if let window = WindowFunction.named(name) {
            return try checkWindowCall(window, arguments: arguments, span: span, in: &scope)
        }
        guard let function = ScalarFunction.named(name) else {
            let names = FunctionRegistry.names
            let hint = DidYouMean.suggest(name, from: names).map(Message.didYouMean)
                ?? Message(FunctionMessage.functionList, ["names": .list(names.map(MessageArgument.text))])
            throw error(.unknownFunction, ["name": .text(name)], at: nameSpan, hint: hint)
                .fixing(nameSpan, with: DidYouMean.suggest(name, from: names) ?? name)
        }
        let (bound, result) = try bindArguments(arguments, of: name, arity: function.arity, signature: function.signature,
                                                typeRule: function.typeRule, call: span, in: &scope)
        return .scalar(.function(function, bound, span: span), result)
    }

    /// A call's arguments checked against its declared arity, each bound in `scope`, and the
    /// result type its type rule gives (a problem located at the argument it is about): the
    /// common part of scalar and window function calls.
    func bindArguments(_ arguments: [Expression], of name: String, arity: ClosedRange<Int>, signature: String,
                       typeRule: (ArgumentTypes) throws(TypeProblem) -> ValueType, call span: Span,
                       in scope: inout Scope) throws(Diagnostic) -> (arguments: [BoundExpression], result: ValueType) {
        guard arity.contains(arguments.count) else {
            throw error(.wrongArity, ["name": .text(name), "arity": .message(arityText(arity)), "count": .number(arguments.count)],
                        at: span, hint: .usage(signature))
        }
        var bound: [BoundExpression] = []
        var types: [ValueType] = []
        for argument in arguments {
            let (expression, type) = try checkScalar(argument, in: &scope)
            bound.append(expression)
            types.append(type)
        }
        do {
            return (bound, try typeRule(ArgumentTypes(types: types, catalog: store.catalog)))
        } catch {
            throw located(error, function: name, signature: signature, arguments: arguments, call: span)
        }
    }

    /// A type rule's problem as an error at the argument (or the call) it is about.
    func located(_ problem: TypeProblem, function name: String, signature: String,
                         arguments: [Expression], call: Span) -> Diagnostic {
        let span = switch problem.place {
        case .argument(let index) where arguments.indices.contains(index): arguments[index].span
        case .argument, .call: call
        }
        let hint: Message? = switch problem.hint {
        case .usage: .usage(signature)
        case .none: nil
        }
        return error(.callProblem, ["name": .text(name), "problem": .message(problem.message)], at: span, hint: hint)
    }

    func arityText(_ arity: ClosedRange<Int>) -> Message {
        if arity.lowerBound == arity.upperBound {
            return Message(FunctionMessage.arityExact, ["count": .number(arity.lowerBound)])
        }
        return arity.upperBound > 10
            ? Message(FunctionMessage.arityAtLeast, ["count": .number(arity.lowerBound)])
            : Message(FunctionMessage.arityRange, ["low": .number(arity.lowerBound), "high": .number(arity.upperBound)])
    }

    private func checkAggregate(_ function: AggregateFunction, arguments: [Expression], span: Span,
                                in scope: inout Scope) throws(Diagnostic) -> Checked {
        if arguments.isEmpty {
            guard function.countsRows else {
                throw error(.needsArgument, ["name": .text(function.name)], at: span, hint: .usage(function.signature))
            }
            return .scalar(try slot(AggregateSpec(function: function, argument: nil, argumentType: .null, span: span), in: &scope), .int)
        }
        guard arguments.count == 1 || (arguments.count == 2 && !function.second.isNone) else {
            let takes: FunctionMessage = switch function.second {
            case .none: .takesOneArgument
            case .constant(required: false, _): .takesOneOrTwoArguments
            default: .takesTwoArguments
            }
            throw error(takes, ["name": .text(function.name)], at: span, hint: .usage(function.signature))
        }
        let function = try withConstantArgument(function, arguments: arguments, span: span)
        let argument = arguments[0]
        // The argument is first read as a relation or list of the row (`count(programmes)`);
        // only a single value is aggregated over the stage's rows.
        var argumentScope = scope
        switch scope.aggregateMode {
        case .group, .window: argumentScope.aggregateMode = .insideAggregate(function)
        case .insideAggregate, .none: break
        }
        // A window call recorded in this copy would be dropped with it, leaving its value
        // pointing at nothing: checkWindowCall reports it instead (the second argument too).
        argumentScope.windowCalls = nil
        argumentScope.aggregateCall = span
        let checked = try check(argument, in: &argumentScope)
        switch checked {
        case .rows(let plan):
            if function.second.isPerRow || function == .count_if { throw overRelation(function, argument) }
            guard function.countsRows else {
                let text = source.text(of: argument.span)
                // A pipeline needs brackets before '.field', or the field would join its last stage.
                let base = isPipeline(argument) ? "(\(text))" : text
                // A numeric field, so that the hint is pilar the checker accepts (a test applies it).
                let field = plan.rowType.columns.first { $0.type.isNumeric }?.name ?? firstNumericField(of: plan.rowType.entity)
                // The other arguments stay (`percentile(programmes.budget, 50)`); rows with no
                // number to pick get no made-up `.field`.
                let rest = arguments.dropFirst().map { ", " + source.text(of: $0.span) }.joined()
                let problem = error(.needsValuesNotRows, ["name": .text(function.name), "text": .text(text)], at: argument.span,
                                    hint: field.map { Message(FunctionMessage.pickField, ["call": .text("\(function.name)(\(base).\($0)\(rest))")]) }
                                        ?? Message(FunctionMessage.noNumberToPick, ["name": .text(function.name)]))
                throw field.map { problem.fixing(argument.span, with: "\(base).\($0)") } ?? problem
            }
            try requireOneValuePerGroup(function, span: span, reads: InvariantMarker.isRowFree(plan), scope: scope)
            return .scalar(.countRows(plan), .int)
        case .list(let list, let element):
            if function.second.isPerRow && arguments.count == 2 { throw overRelation(function, argument) }
            let type = try resultType(function, element, span: argument.span)
            try requireOneValuePerGroup(function, span: span, reads: InvariantMarker.isRowFree(list), scope: scope)
            return .scalar(.aggregateOfList(function, list, span: span), type)
        case .scalar(let bound, let type):
            switch scope.aggregateMode {
            case .insideAggregate(let outer):
                throw error(.nestedAggregate, ["name": .text(function.name), "outer": .text(outer.name)], at: span)
            case .none(let reason):
                throw error(.aggregateNotHere, ["name": .text(function.name), "reason": .message(reason)], at: span)
            case .window, .group:
                break
            }
            let resultType = try resultType(function, type, span: argument.span)
            var spec = AggregateSpec(function: function, argument: bound, argumentType: type, span: span)
            if arguments.count == 2 { try bindSecond(arguments[1], of: &spec, in: &argumentScope) }
            return .scalar(try slot(spec, in: &scope), resultType)
        }
    }

    private func isPipeline(_ expression: Expression) -> Bool {
        if case .pipeline = expression.kind { return true }
        return false
    }

    /// `summarize n = count(indicators) by pillar`: the relation belongs to each row, but a
    /// summarize output has only its group. (It used to read a row that is not there.)
    private func requireOneValuePerGroup(_ function: AggregateFunction, span: Span, reads rowFree: Bool,
                                         scope: Scope) throws(Diagnostic) {
        guard case .group = scope.aggregateMode, !rowFree else { return }
        let text = source.text(of: span)
        let what = scope.rowType.entity.map { Message(FunctionMessage.eachEntity, ["entity": .text(singular($0))]) }
            ?? Message(FunctionMessage.eachRow)
        throw error(.perRowInGroup, ["text": .text(text), "what": .message(what)], at: span,
                    hint: Message(FunctionMessage.aggregateOverGroup, ["call": .text("\(function.overGroup)(\(text))")]))
    }

    private func slot(_ spec: AggregateSpec, in scope: inout Scope) throws(Diagnostic) -> BoundExpression {
        switch scope.aggregateMode {
        case .window, .group:
            scope.aggregates.append(spec)
            return .aggregateSlot(scope.aggregates.count - 1)
        case .insideAggregate(let outer):
            throw error(.nestedAggregate, ["name": .text(spec.function.name), "outer": .text(outer.name)], at: spec.span)
        case .none(let reason):
            throw error(.aggregateNotHere, ["name": .text(spec.function.name), "reason": .message(reason)], at: spec.span)
        }
    }

    private func resultType(_ function: AggregateFunction, _ argument: ValueType, span: Span) throws(Diagnostic) -> ValueType {
        do {
            return try function.typeRule(argument, store.catalog)
        } catch {
            // An aggregate has one argument: its problems are located there.
            throw self.error(.callProblem, ["name": .text(function.name), "problem": .message(error.message)], at: span)
        }
    }
}

extension Checker {
    /// The first number field of an entity (`budget` of a programme), for hints that need one.
    func firstNumericField(of entity: Entity?) -> String? {
        guard let entity else { return nil }
        return store.schema(entity).fields.first { field in
            switch field.type {
            case .int, .decimal: store.declaration(entity).field(named: field.name)?.rule != .year
            default: false
            }
        }?.name
    }
}
