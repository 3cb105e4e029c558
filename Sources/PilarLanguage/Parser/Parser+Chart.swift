import PilarCore

extension Parser {
    /// `chart KIND VALUE [by COLUMN [, COLUMN]] [title "TEXT"]`; the kind and the columns are checked by the
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
        return .chart(ChartStage(kind: kind, kindSpan: kindSpan, value: value, by: by, title: try parseChartTitle()))
    }

    /// `title "TEXT"` at the end of a chart: a caption above the drawing. `title` is a word
    /// only here (a column may still be called title), so it is read only where a column
    /// can no longer stand.
    private mutating func parseChartTitle() throws(Diagnostic) -> String? {
        guard case .identifier("title") = current.kind else { return nil }
        advance()
        guard case .string(let text) = current.kind else {
            throw Diagnostic(.parser, ChartStageMessage.expectedChartTitle, ["found": .message(current.phrase)],
                             source: source, span: foundSpan, hint: .code(#"chart bar budget by pillar title "Anggaran per pilar""#))
        }
        advance()
        return text
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
