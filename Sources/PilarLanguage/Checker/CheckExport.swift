import PilarCore

/// Checks `… | export "FILE"`: the stages before it as a query, the file name as a print text.
extension Checker {
    func checkExport(_ pipeline: Pipeline, target: ExportTarget) throws(Diagnostic) -> PlannedExport {
        var input = pipeline
        input.stages.removeLast()
        let plan = InvariantMarker.mark(try checkPipeline(input))
        guard case .printText(let name) = try checkPrintText(target.pieces) else { throw exportOutsideQuery(at: target.span) }
        // The format is known now when the name ends in literal text with its extension, or
        // has no expression that could add one; otherwise it is read when the name is made.
        var format: ExportFormat?
        let tail: String? = if case .literal(let text)? = target.pieces.last { text } else { nil }
        let holdsExpression = target.literal == nil
        if let literal = target.literal ?? tail,
           !holdsExpression || ExportFormat.fileExtension(of: literal) != nil || literal.contains("/") {
            let written = source.text(of: target.span).dropFirst().dropLast()
            switch ExportFormat.of(literal, shown: String(written)) {
            case .success(let known): format = known
            case .failure(let problem):
                throw Diagnostic(.checker, problem.reason, source: source, span: target.span, hint: problem.hint)
            }
        }
        let sheet = if case .name(let name) = pipeline.source.kind { name } else { "result" }
        return PlannedExport(plan: plan, name: name, format: format, span: target.span, sheetName: sheet)
    }

    /// `export` anywhere but at the end of a top-level query (a let, a loop's rows, an argument).
    func exportOutsideQuery(at span: Span) -> Diagnostic {
        error(ExportMessage.mustEndQuery, at: span, hint: Message(ExportMessage.mustEndQueryHint))
    }
}
