import PilarCore

/// Messages of the parser and the checker about `chart` and `sparkline`.
public enum ChartStageMessage: String, MessageKey {
    case expectedChartKind, expectedChartColumn
    case unknownChartKind, chartKindsAre
    case chartMustBeLast, chartEndsQuery
    case chartOnlyInQuery, chartOnlyInQueryHint
    case unknownChartColumn, chartColumnsAre
    case chartValueNotNumber, chartValueHint
    case chartLineNeedsX
    case chartBarOneLabel
    case chartLineTwoColumns
    case chartColumnNotValue
    case expectedChartTitle

    public static let area = "chart"

    public var english: String {
        switch self {
        case .expectedChartKind: "expected bar or line after chart, found {found}"
        case .expectedChartColumn: "expected a column name {context}, found {found}"
        case .unknownChartKind: "unknown chart '{name}'"
        case .chartKindsAre: "charts are bar and line"
        case .chartMustBeLast: "'chart' must be the last stage"
        case .chartEndsQuery: "chart draws the rows that reach it: put the other stages before it"
        case .chartOnlyInQuery: "chart draws the result of a query, so it cannot be used here"
        case .chartOnlyInQueryHint: "a let keeps rows, not a drawing: chart the let's name in a query of its own"
        case .unknownChartColumn: "chart: the rows have no column '{name}'"
        case .chartColumnsAre: "columns are: {columns}"
        case .chartValueNotNumber: "chart {kind} needs numbers to draw, but '{name}' is {type}"
        case .chartValueHint: "chart a count or a sum: … | summarize n = count() by pillar | chart bar n by pillar"
        case .chartLineNeedsX: "chart line needs the column along the bottom: chart line VALUE by X[, SERIES]"
        case .chartBarOneLabel: "chart bar takes one label column after by"
        case .chartLineTwoColumns: "chart line takes the x column and at most one series column after by"
        case .chartColumnNotValue: "'{name}' is {type}, not one value per row"
        case .expectedChartTitle: "expected the chart's title in quotes after title, found {found}"
        }
    }
}
