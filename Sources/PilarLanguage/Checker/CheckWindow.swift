import PilarCore
import PilarStore

extension Checker {
    /// `window NAME = EXPR, … [by KEY, …] [sort KEY, …]`: keys are read per row; each item may
    /// call window functions and aggregate over its partition; later items see earlier ones.
    func checkWindow(items: [NamedExpression], by keys: [Expression], sort: [SortKey],
                     on input: LogicalPlan) throws(Diagnostic) -> LogicalPlan {
        let rowType = input.rowType
        var keyScope = Scope(rowType: rowType, aggregateMode: .none(reason: Message(FunctionMessage.reasonWindowKeys)))
        var partition: [BoundExpression] = []
        for key in keys {
            partition.append(try checkScalar(key, in: &keyScope).0)
        }
        var sortKeys: [BoundSortKey] = []
        for key in sort {
            let (expression, type) = try checkScalar(key.expression, in: &keyScope)
            sortKeys.append(BoundSortKey(expression: expression, type: type, descending: key.descending ?? false))
        }
        var output = rowType
        var windowItems: [WindowItem] = []
        for item in items {
            var scope = Scope(rowType: output, aggregateMode: .window)
            scope.windowCalls = []
            let (bound, type) = try checkScalar(item.expression, in: &scope)
            let name = item.name ?? defaultName(item.expression)
            windowItems.append(WindowItem(column: BoundColumn(name: name, type: type, expression: bound),
                                          aggregates: scope.aggregates, calls: scope.windowCalls ?? []))
            output.columns.append(ColumnInfo(name: name, type: type, isYear: readsYear(item.expression),
                                             isSparkline: readsSparkline(item.expression, in: output)))
        }
        return .window(input, partition: partition, sort: sortKeys, items: windowItems, output: output)
    }

    /// A window function call: only inside a `window` item, with arguments read per row.
    func checkWindowCall(_ function: WindowFunction, arguments: [Expression], span: Span,
                         in scope: inout Scope) throws(Diagnostic) -> Checked {
        if let outer = scope.insideWindowCall {
            throw error(.windowNested, ["name": .text(function.name), "outer": .text(outer)], at: span,
                        hint: Message(FunctionMessage.windowNestedHint, ["call": .text(source.text(of: span)), "outer": .text(outer)]))
        }
        guard scope.windowCalls != nil else {
            if case .insideAggregate(let outer) = scope.aggregateMode {
                throw windowCallInsideAggregate(function, outer: outer, span: span, aggregate: scope.aggregateCall)
            }
            throw error(.windowNeedsOrder, ["name": .text(function.name)], at: span,
                        hint: Message(FunctionMessage.windowNeedsOrderHint, ["call": .text(source.text(of: span))]))
        }
        var argumentScope = Scope(rowType: scope.rowType, aggregateMode: .none(reason: Message(FunctionMessage.reasonWindowArguments, ["name": .text(function.name)])))
        argumentScope.insideWindowCall = function.name
        let (bound, result) = try bindArguments(arguments, of: function.name, arity: function.arity, signature: function.signature,
                                                typeRule: function.typeRule, call: span, in: &argumentScope)
        scope.windowCalls?.append(WindowCall(function: function, arguments: bound, span: span))
        return .scalar(.windowValue((scope.windowCalls?.count ?? 1) - 1, span: span), result)
    }

    /// `window x = sum(running_sum(budget))`: an aggregate reads its argument once per row
    /// of the partition, before any window value exists; an earlier item can hold it.
    private func windowCallInsideAggregate(_ function: WindowFunction, outer: AggregateFunction, span: Span,
                                           aggregate: Span?) -> Diagnostic {
        let call = source.text(of: span)
        // The aggregate as written, with the window call replaced by the earlier item's name.
        let rewritten = aggregate.map { outerSpan in
            source.text(of: Span(outerSpan.start, span.start)) + "w" + source.text(of: Span(span.end, outerSpan.end))
        } ?? "\(outer.name)(w)"
        return error(.windowInsideAggregate, ["outer": .text(outer.name), "name": .text(function.name)], at: span,
                     hint: Message(FunctionMessage.windowInsideAggregateHint, ["call": .text(call), "rewritten": .text(rewritten)]))
    }
}
