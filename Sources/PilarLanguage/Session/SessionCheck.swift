import PilarCore
import PilarStore

extension Session {
    /// The session parameter that sets the reference year of `check` (`--set check_year=2021`).
    public static let checkYearParameter = "check_year"

    /// Runs `check`: the problems as a result in the current format, then, under `--strict`,
    /// an error when there were any, so the script stops and `pilar run` exits 1.
    func runCheck(_ rules: [CheckRule], span: Span, source: SourceFile, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        var year: Int64?
        if let value = parameters[Session.checkYearParameter] {
            guard case .int(let given) = value else {
                throw Diagnostic(.runtime, SessionMessage.checkYearNotWhole,
                                 ["parameter": .text(Session.checkYearParameter), "value": .text(ValueOrder(store: store).text(value))],
                                 source: source, span: span, hint: .code("--set \(Session.checkYearParameter)=2023"))
            }
            year = given
        }
        let report = CheckReport(store: store, rules: rules, referenceYear: year)
        try deliver(report.resultSet(store), span: span, source: source, emit: emit)
        if strictCheck, !report.problems.isEmpty {
            let count = report.problems.count
            throw Diagnostic(.runtime, SessionMessage.checkFoundProblems, ["count": .number(count)], source: source, span: span,
                             hint: Message(SessionMessage.checkStrictHint))
        }
    }
}
