import PilarCore
import PilarStore

extension Checker {
    func checkCall(_ name: String, nameSpan: Span, arguments: [Expression], span: Span,
                   in scope: inout Scope) throws(Diagnostic) -> Checked {
        if let aggregate = AggregateFunction(rawValue: name) {
            return try checkAggregate(aggregate, arguments: arguments, span: span, in: &scope)
        }
        guard let function = ScalarFunction(rawValue: name) else {
            let names = ScalarFunction.allCases.map(\.rawValue) + AggregateFunction.allCases.map(\.rawValue)
            let hint = DidYouMean.suggest(name, from: names).map { "did you mean '\($0)'?" }
                ?? "functions: \(names.joined(separator: ", "))"
            throw error("unknown function '\(name)'", at: nameSpan, hint: hint)
        }
        guard function.arity.contains(arguments.count) else {
            throw error("\(name)() takes \(arityText(function.arity)), not \(arguments.count)", at: span,
                        hint: "usage: \(function.signature)")
        }
        var bound: [BoundExpression] = []
        var types: [ValueType] = []
        for argument in arguments {
            let (expression, type) = try checkScalar(argument, in: &scope)
            bound.append(expression)
            types.append(type)
        }
        func require(_ index: Int, _ test: (ValueType) -> Bool, _ what: String) throws(Diagnostic) {
            if !test(types[index]) {
                throw error("\(name)() needs \(what), not \(types[index])", at: arguments[index].span,
                            hint: "usage: \(function.signature)")
            }
        }
        let result: ValueType
        switch function {
        case .lower, .upper, .trim:
            try require(0, Checker.isTextLike, "text")
            result = .text
        case .len:
            try require(0, Checker.isTextLike, "text")
            result = .int
        case .round:
            try require(0, { $0.isNumeric }, "a number")
            if arguments.count == 2 { try require(1, { $0 == .int || $0 == .null }, "a whole number of digits") }
            result = types[0] == .int ? .int : .decimal
        case .floor, .ceil, .abs:
            try require(0, { $0.isNumeric }, "a number")
            result = types[0]
        case .coalesce:
            var unified: ValueType = .null
            for (index, type) in types.enumerated() {
                guard let next = Checker.unify(unified, type) else {
                    throw error("coalesce() arguments mix \(typeName(unified)) and \(typeName(type))", at: arguments[index].span)
                }
                unified = next
            }
            result = unified
        case .if:
            try require(0, { $0 == .bool || $0 == .null }, "a condition")
            guard let unified = Checker.unify(types[1], types[2]) else {
                throw error("if() branches give \(types[1]) and \(types[2]); they must be of one type", at: span)
            }
            result = unified
        case .text:
            result = .text
        case .number:
            try require(0, { Checker.isTextLike($0) || $0.isNumeric }, "text")
            result = .decimal
        }
        return .scalar(.function(function, bound, span: span), result)
    }

    private func arityText(_ arity: ClosedRange<Int>) -> String {
        if arity.lowerBound == arity.upperBound {
            return "\(arity.lowerBound) argument\(arity.lowerBound == 1 ? "" : "s")"
        }
        return arity.upperBound > 10 ? "at least \(arity.lowerBound) argument" : "\(arity.lowerBound) to \(arity.upperBound) arguments"
    }

    private func checkAggregate(_ function: AggregateFunction, arguments: [Expression], span: Span,
                                in scope: inout Scope) throws(Diagnostic) -> Checked {
        if arguments.isEmpty {
            guard function == .count else {
                throw error("\(function.rawValue)() needs an argument", at: span, hint: "usage: \(function.signature)")
            }
            return .scalar(try slot(AggregateSpec(function: .count, argument: nil, argumentType: .null, span: span), in: &scope), .int)
        }
        guard arguments.count == 1 else {
            throw error("\(function.rawValue)() takes one argument", at: span, hint: "usage: \(function.signature)")
        }
        let argument = arguments[0]
        // The argument is first read as a relation or list of the row (`count(programmes)`);
        // only a single value is aggregated over the stage's rows.
        var argumentScope = scope
        switch scope.aggregateMode {
        case .group, .window: argumentScope.aggregateMode = .insideAggregate(function)
        case .insideAggregate, .none: break
        }
        let checked = try check(argument, in: &argumentScope)
        switch checked {
        case .rows(let plan):
            guard function == .count else {
                let text = source.text(of: argument.span)
                // A pipeline needs brackets before '.field', or the field would join its last stage.
                let base = isPipeline(argument) ? "(\(text))" : text
                let field = plan.rowType.columns.first?.name ?? firstNumericField(of: plan.rowType.entity) ?? "field"
                throw error("\(function.rawValue)() needs values, but '\(text)' is a collection of rows", at: argument.span,
                            hint: "pick a field: \(function.rawValue)(\(base).\(field))")
            }
            try requireOneValuePerGroup(function, span: span, reads: InvariantMarker.isRowFree(plan), scope: scope)
            return .scalar(.countRows(plan), .int)
        case .list(let list, let element):
            let type = try resultType(function, element, span: argument.span)
            try requireOneValuePerGroup(function, span: span, reads: InvariantMarker.isRowFree(list), scope: scope)
            return .scalar(.aggregateOfList(function, list, span: span), type)
        case .scalar(let bound, let type):
            switch scope.aggregateMode {
            case .insideAggregate(let outer):
                throw error("\(function.rawValue)() cannot be nested inside \(outer.rawValue)()", at: span)
            case .none(let reason):
                throw error("\(function.rawValue)() is an aggregate, and \(reason)", at: span)
            case .window, .group:
                break
            }
            let resultType = try resultType(function, type, span: argument.span)
            let spec = AggregateSpec(function: function, argument: bound, argumentType: type, span: span)
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
        let outer: AggregateFunction = switch function {
        case .min, .max, .avg: function
        case .count, .count_distinct, .sum: .sum
        }
        let what = scope.rowType.entity.map { "each \(singular($0))" } ?? "each row"
        throw error("'\(text)' is computed for \(what), but summarize computes one value per group", at: span,
                    hint: "aggregate it over the group, e.g. \(outer.rawValue)(\(text))")
    }

    private func slot(_ spec: AggregateSpec, in scope: inout Scope) throws(Diagnostic) -> BoundExpression {
        switch scope.aggregateMode {
        case .window, .group:
            scope.aggregates.append(spec)
            return .aggregateSlot(scope.aggregates.count - 1)
        case .insideAggregate(let outer):
            throw error("\(spec.function.rawValue)() cannot be nested inside \(outer.rawValue)()", at: spec.span)
        case .none(let reason):
            throw error("\(spec.function.rawValue)() is an aggregate, and \(reason)", at: spec.span)
        }
    }

    private func resultType(_ function: AggregateFunction, _ argument: ValueType, span: Span) throws(Diagnostic) -> ValueType {
        switch function {
        case .count, .count_distinct:
            return .int
        case .sum:
            guard argument.isNumeric else { throw error("sum() needs numbers, not \(typeName(argument))", at: span) }
            return argument == .null ? .int : argument
        case .avg:
            guard argument.isNumeric else { throw error("avg() needs numbers, not \(typeName(argument))", at: span) }
            return .decimal
        case .min, .max:
            guard argument != .bool else { throw error("\(function.rawValue)() needs numbers or text, not bool", at: span) }
            return argument
        }
    }
}

extension Checker {
    /// The first number field of an entity (`budget` of a programme), for hints that need one.
    func firstNumericField(of entity: Entity?) -> String? {
        guard let entity else { return nil }
        return store.schema(entity).fields.first { field in
            switch field.type {
            case .int, .decimal: !field.name.hasSuffix("year")
            default: false
            }
        }?.name
    }
}
