import PilarCore

extension Checker {
    /// `check [RULE]`: the rule must be declared; a misspelt one gets a suggestion.
    func checkCheck(rule: String?, ruleSpan: Span?, span: Span) throws(Diagnostic) -> PlannedStatement {
        guard let rule else { return .check(CheckRule.all, span: span) }
        guard let declared = CheckRule.named(rule) else {
            let hint = DidYouMean.suggest(rule, from: CheckRule.names).map(Message.didYouMean)
                ?? Message(CheckerMessage.rulesAre, ["rules": .text(CheckRule.names.joined(separator: ", "))])
            throw error(CheckerMessage.unknownCheckRule, ["name": .text(rule)], at: ruleSpan ?? span, hint: hint)
        }
        return .check([declared], span: span)
    }

    /// `check | where …`, `let c = check`: check is a statement, not a source of rows; said at
    /// the word, with what does work.
    func checkIsNotASource(at span: Span) -> Diagnostic {
        error(CheckerMessage.checkIsNotASource, at: span, hint: Checker.checkIsAStatementHint)
    }

    /// The hint that says how `check` is run, for the checker and the parser.
    static let checkIsAStatementHint = Message(CheckerMessage.checkIsAStatement)
    /// That hint in English (kept for the parser and tests that compare it).
    static let checkIsAStatement = checkIsAStatementHint.english
}
