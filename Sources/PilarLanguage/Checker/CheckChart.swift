import PilarCore
import PilarRender

extension Checker {
    /// A query that ends in `chart`: the plan of the stages before it, and what to draw. The
    /// columns are checked as names on those rows, so a misspelt one gets the usual
    /// did-you-mean.
    func checkChartQuery(_ pipeline: Pipeline, chart: ChartStage) throws(Diagnostic) -> (LogicalPlan, ChartSpec) {
        var input = pipeline
        input.stages.removeLast()
        let plan = try checkPipeline(input)
        guard let kind = ChartSpec.Kind(rawValue: chart.kind) else {
            let names = ChartSpec.Kind.allCases.map(\.rawValue)
            let unknown = error(ChartStageMessage.unknownChartKind, ["name": .text(chart.kind)], at: chart.kindSpan,
                                hint: DidYouMean.suggest(chart.kind, from: names).map(Message.didYouMean)
                                    ?? Message(ChartStageMessage.chartKindsAre))
            throw DidYouMean.suggest(chart.kind, from: names).map { unknown.fixing(chart.kindSpan, with: $0) } ?? unknown
        }
        let valueType = try chartColumnType(chart.value, in: plan.rowType)
        guard valueType.isNumeric else {
            throw error(ChartStageMessage.chartValueNotNumber,
                        ["kind": .text(kind.rawValue), "name": .text(chart.value.name), "type": .text(typeName(valueType))],
                        at: chart.value.span, hint: Message(ChartStageMessage.chartValueHint))
        }
        for column in chart.by { _ = try chartColumnType(column, in: plan.rowType) }
        switch kind {
        case .bar:
            if chart.by.count > 1 {
                throw error(ChartStageMessage.chartBarOneLabel, at: chart.by[1].span)
            }
            return (plan, ChartSpec(kind: .bar, value: chart.value.name, label: chart.by.first?.name, title: chart.title))
        case .line:
            guard let x = chart.by.first else {
                throw error(ChartStageMessage.chartLineNeedsX, at: chart.value.span,
                            hint: .code("chart line \(chart.value.name) by year"))
            }
            if chart.by.count > 2 {
                throw error(ChartStageMessage.chartLineTwoColumns, at: chart.by[2].span)
            }
            return (plan, ChartSpec(kind: .line, value: chart.value.name, label: x.name, series: chart.by.dropFirst().first?.name,
                                    title: chart.title))
        }
    }

    /// The type of a column the chart names; an unknown name is the checker's usual error.
    private func chartColumnType(_ column: ChartColumnName, in rowType: RowType) throws(Diagnostic) -> ValueType {
        var scope = Scope(rowType: rowType, aggregateMode: .none(reason: Message(ChartStageMessage.chartOnlyInQuery)))
        let expression = Expression(.name(column.name), column.span)
        let checked = try check(expression, in: &scope)
        guard case .scalar(_, let type) = checked else {
            throw error(ChartStageMessage.chartColumnNotValue, ["name": .text(column.name), "type": .text(typeName(checked.type))],
                        at: column.span)
        }
        return type
    }
}
