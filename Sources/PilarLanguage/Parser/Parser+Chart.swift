import PilarCore

extension Parser {
    /// `chart KIND VALUE [by COLUMN [, COLUMN]]`; the kind and the columns are checked by the
    /// checker, which knows the rows (did-you-mean on names).
    mutating func parseChart() throws(Diagnostic) -> StageKind {
        let example = Message.code("chart bar budget by name")
        guard case .identifier(let kind) = current.kind else {
            throw Diagnostic(.parser, ChartStageMessage.expectedChartKind, ["found": .message(current.phrase)],
                             source: source, span: foundSpan, hint: example)
        }
        let kindSpan = current.span
        advance()
        let value = try parseChartColumn(after: "chart \(kind)", example: example)
        var by: [ChartColumnName] = []
        if isKeyword(.by) {
            advance()
            by.append(try parseChartColumn(after: "by", example: example))
            while isSymbol(.comma) {
                advance()
                by.append(try parseChartColumn(after: ",", example: example))
            }
        }
        return .chart(ChartStage(kind: kind, kindSpan: kindSpan, value: value, by: by))
    }

    private mutating func parseChartColumn(after context: String, example: Message) throws(Diagnostic) -> ChartColumnName {
        guard case .identifier(let name) = current.kind else {
            throw Diagnostic(.parser, ChartStageMessage.expectedChartColumn,
                             ["context": .message(.after(context)), "found": .message(current.phrase)],
                             source: source, span: foundSpan, hint: example)
        }
        let column = ChartColumnName(name, current.span)
        advance()
        return column
    }
}
