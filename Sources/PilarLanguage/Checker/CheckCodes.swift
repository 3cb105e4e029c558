import PilarCore
import PilarStore

extension Checker {
    /// `opd == "dishub"`, `indicator == "MOB-1.1"`: a literal code that names no row is
    /// almost always a typo or a habit from another system (lower case, no zero padding), yet
    /// it is a legal question whose answer is no rows. So it warns, with the nearest code,
    /// and the statement still runs. The fixed lists (pillars) are an error instead: see
    /// `checkFixedListLiteral`.
    /// A code literal compared with a reference: an error for a fixed list (pillars), a warning
    /// otherwise. Values of edits are not compared, and their path checks codes itself.
    func checkCodeLiteral(_ expression: Expression, entity: Entity) throws(Diagnostic) {
        guard store.catalog[entity].isFixedList else { return warnUnknownCode(expression, entity: entity) }
        try checkFixedListLiteral(expression, entity: entity)
    }

    func warnUnknownCode(_ expression: Expression, entity: Entity) {
        guard case .string(let text) = expression.kind else { return }
        let table = store.table(entity)
        guard table.codeIndex[text] == nil, !insertedEarlier(text, before: expression.span) else { return }
        let what = singular(entity)
        let suggestion = Self.nearestCode(text, in: table)
        let hint = suggestion.map { Message(CheckerMessage.didYouMeanQuoted, ["value": .text($0)]) }
            ?? Message(CheckerMessage.listTheCodes, ["source": .text(store.catalog[entity].plural)])
        var warning = Diagnostic(.checker, CheckerMessage.noRowWithCode, ["entity": .text(what), "code": .text(text)],
                                 source: source, span: expression.span, hint: hint, severity: .warning)
        if let suggestion { warning.fix = Fix(expression.span, Self.stringLiteral(suggestion)) }
        warnings.append(warning)
    }

    /// A whole script is checked before it runs, so a code inserted by an earlier statement
    /// of it is not in the store yet: a literal of that text after an `insert` or `upsert`
    /// in the script says nothing.
    private func insertedEarlier(_ code: String, before span: Span) -> Bool {
        let before = source.text(of: Span(0, span.start))
        guard let first = [before.firstRange(of: "insert"), before.firstRange(of: "upsert")]
            .compactMap({ $0?.lowerBound }).min() else { return false }
        let after = before[first...]
        return after.contains("\"\(code)\"") || after.contains("'\(code)'")
    }

    /// The code that differs only in case wins (`dishub` → `DISHUB`); otherwise the nearest
    /// by edit distance.
    static func nearestCode(_ text: String, in table: Table) -> String? {
        let codes = table.codeIndex.keys.sorted()
        if let sameLetters = codes.first(where: { $0.lowercased() == text.lowercased() }) { return sameLetters }
        return DidYouMean.suggest(text, from: codes)
    }

    /// A pilar string literal for a text (a fix must be valid pilar whatever the text holds).
    static func stringLiteral(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }
}
