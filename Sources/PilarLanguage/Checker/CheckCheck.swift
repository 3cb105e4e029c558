import PilarCore

extension Checker {
    /// `check [RULE]`: the rule must be declared; a misspelt one gets a suggestion.
    func checkCheck(rule: String?, ruleSpan: Span?, span: Span) throws(Diagnostic) -> PlannedStatement {
        guard let rule else { return .check(CheckRule.all, span: span) }
        guard let declared = CheckRule.named(rule) else {
            let hint = DidYouMean.suggest(rule, from: CheckRule.names).map { "did you mean '\($0)'?" }
                ?? "rules are \(CheckRule.names.joined(separator: ", "))"
            throw error("unknown check rule '\(rule)'", at: ruleSpan ?? span, hint: hint)
        }
        return .check([declared], span: span)
    }

    /// `check | where …`, `let c = check`: check is a statement, not a source of rows; said at
    /// the word, with what does work.
    func checkIsNotASource(at span: Span) -> Diagnostic {
        error("'check' is a statement, not a source: its problems cannot go on into a pipeline", at: span,
              hint: Checker.checkIsAStatement)
    }

    static let checkIsAStatement = "run it alone: check, or check RULE (.help check lists the rules); --format csv gives its rows to a script"
}
