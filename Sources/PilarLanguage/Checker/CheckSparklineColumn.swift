import PilarCore

extension Checker {
    /// Whether a column computed by `expression` holds `sparkline(…)` text: the call itself,
    /// or a bare name of a column that does (`extend trend = sparkline(…) | select code, trend`).
    /// Anything computed from it (`upper(trend)`) is plain text again.
    func readsSparkline(_ expression: Expression, in rowType: RowType) -> Bool {
        switch expression.kind {
        case .call(let name, _, _):
            return name == AggregateFunction.sparkline.name
        case .name(let name):
            return rowType.columnIndex(name).map { rowType.columns[$0].isSparkline } ?? false
        default:
            return false
        }
    }
}
