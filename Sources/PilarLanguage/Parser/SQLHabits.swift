import PilarCore

/// Errors for what people write out of SQL habit (`order by`, `limit`, `count(*)`, `in (…)`,
/// `case when`, a line that starts with `and`), each with the pilar form as a hint and as a
/// fix that tests apply and check.
///
/// Kept apart from the parser, which only asks at the few places where a habit shows up; this
/// type reads the tokens around that place and never moves the parser.
struct SQLHabits {
    let source: SourceFile
    let tokens: [Token]

    // MARK: - Stages

    /// `order by x`, `limit 5`, `group by x` where a stage was expected; `index` is the word's.
    func unknownStage(at index: Int) -> Diagnostic? {
        let word = tokens[index]
        let followedByBy = isKeyword(.by, at: index + 1)
        switch text(of: word).lowercased() {
        case "order", "orderby":
            let end = followedByBy ? tokens[index + 2].span.start : tokens[index + 1].span.start
            let keys = stageText(from: followedByBy ? index + 2 : index + 1)
            return habit(.sortNotOrderBy, at: word.span, hint: write("sort \(keys)"))
                .fixing(Span(word.span.start, end), with: "sort ")
        case "limit":
            return habit(.takeNotLimit, at: word.span, hint: write("take \(stageText(from: index + 1))"))
                .fixing(word.span, with: "take")
        case "group", "groupby":
            let keysFrom = followedByBy ? index + 2 : index + 1
            let end = followedByBy ? tokens[index + 1].span.end : word.span.end
            return habit(.summarizeNotGroupBy, at: word.span,
                         hint: write("summarize n = count() by \(stageText(from: keysFrom))"))
                .fixing(Span(word.span.start, end), with: "summarize n = count() by")
        default:
            return nil
        }
    }

    /// `sort by x`: `index` is the `by`.
    func sortBy(at index: Int) -> Diagnostic {
        let by = tokens[index]
        return habit(.sortWithoutBy, at: by.span, hint: write("sort \(stageText(from: index + 1))"))
            .fixing(Span(by.span.start, tokens[index + 1].span.start), with: "")
    }

    /// `select *`: `index` is the `*`, `pipe` the `|` before `select`.
    func selectStar(at index: Int, pipe: Span) -> Diagnostic {
        let star = tokens[index]
        let diagnostic = habit(.selectStarNotNeeded, at: star.span, hint: Message(SQLHabitMessage.leaveOutSelectStar))
        // Only when the star is all there is; `select *, x` has no one right answer.
        guard !isSymbol(.comma, at: index + 1), let before = tokens[..<index].lastIndex(where: { $0.span.end <= pipe.start })
        else { return diagnostic }
        return diagnostic.fixing(Span(tokens[before].span.end, star.span.end), with: "")
    }

    // MARK: - Expressions

    /// `count(*)`: `index` is the `*` right after `(`.
    func countStar(at index: Int) -> Diagnostic? {
        guard isSymbol(.rightParen, at: index + 1) else { return nil }
        return habit(.countStar, at: tokens[index].span, hint: write("count()"))
            .fixing(tokens[index].span, with: "")
    }

    /// `x in ("a", "b")`: `index` is the `(`. Only a bracket with a comma inside is a list;
    /// `x in (list)` is a bracketed expression.
    func parenthesisedList(at index: Int) -> Diagnostic? {
        var depth = 0
        var sawComma = false
        for position in index..<tokens.count {
            switch tokens[position].kind {
            case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace): depth += 1
            case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace):
                depth -= 1
                guard depth == 0 else { continue }
                // One literal in brackets (`in ("mobility")`) cannot be meant as anything but a list.
                let oneLiteral = position == index + 2 && isLiteral(at: index + 1)
                guard sawComma || oneLiteral, case .symbol(.rightParen) = tokens[position].kind else { return nil }
                let open = tokens[index].span
                let close = tokens[position].span
                let list = "[" + source.text(of: Span(open.end, close.start)) + "]"
                return habit(.listInSquareBrackets, at: open.merged(with: close), hint: write("in \(list)"))
                    .fixing(open.merged(with: close), with: list)
            case .symbol(.comma) where depth == 1: sawComma = true
            case .end, .eof: return nil
            default: break
            }
        }
        return nil
    }

    /// `case when c then a else b end`: `index` is the `case`.
    func caseWhen(at index: Int) -> Diagnostic {
        let start = tokens[index].span
        let diagnostic = habit(.noCaseWhen, at: start, hint: write("if(budget > 1000000000, \"large\", \"small\")"))
        guard let (rewrite, end) = ifRewrite(from: index + 1) else { return diagnostic }
        var fixed = diagnostic.fixing(start.merged(with: end), with: rewrite)
        fixed.hintText = write(rewrite)
        return fixed
    }

    /// The branches of `when … then … [else …] end` as nested `if(…)`, and where `end` is.
    private func ifRewrite(from first: Int) -> (String, Span)? {
        var branches: [(condition: String, value: String)] = []
        var otherwise = "null"
        var position = first
        var part = ""
        var pending: String?
        var partStart = 0
        var depth = 0
        while position < tokens.count {
            let token = tokens[position]
            switch token.kind {
            case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace): depth += 1
            case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace): depth -= 1
            case .end, .eof: return nil
            case .identifier(let word) where depth == 0 && ["when", "then", "else", "end"].contains(word):
                let piece = partStart < position ? source.text(of: Span(tokens[partStart].span.start, tokens[position - 1].span.end)) : ""
                switch (part, word) {
                case ("", "when"): break
                case ("when", "then"): pending = piece
                case ("then", "when"), ("then", "else"), ("then", "end"):
                    guard let condition = pending, !piece.isEmpty else { return nil }
                    branches.append((condition, piece))
                case ("else", "end"): otherwise = piece
                default: return nil
                }
                if word == "end" {
                    guard !branches.isEmpty else { return nil }
                    let rewrite = branches.reversed().reduce(otherwise) { "if(\($1.condition), \($1.value), \($0))" }
                    return (rewrite, token.span)
                }
                part = word
                partStart = position + 1
            default: break
            }
            position += 1
        }
        return nil
    }

    // MARK: - Statements

    /// A statement that starts with `and`, `or` or `by` on a new line: the writer meant to go on
    /// with the line before, which ended the statement. `index` is the word's.
    func lineStart(at index: Int) -> Diagnostic? {
        guard index >= 2, case .end = tokens[index - 1].kind, byte(at: tokens[index - 1].span.start) == UInt8(ascii: "\n")
        else { return nil }
        let word = tokens[index]
        let previous = tokens[index - 2]
        let name = text(of: word)
        let between = source.text(of: Span(previous.span.end, word.span.start))
        return habit(.lineStartsWithWord, ["word": .text(name)], at: word.span,
                     hint: Message(SQLHabitMessage.endLineBeforeWith, ["word": .text(name)]))
            .fixing(Span(previous.span.end, word.span.end), with: " \(name)\(between)")
    }

    /// `where budget = 1`: the `=` at `index` ended a condition. A fix when the statement is a
    /// query ending in `where`, or a `print`.
    func assignInCondition(_ statement: Statement, at index: Int) -> Diagnostic? {
        let before: String
        switch statement.kind {
        case .query(let pipeline):
            guard let last = pipeline.stages.last, case .where(let condition) = last.kind else { return nil }
            before = "where " + source.text(of: condition.span)
        case .print(let expression):
            before = "print " + source.text(of: expression.span)
        default:
            return nil
        }
        // Every '=' left in the condition is fixed at once (`a = 1 and b = 2`), or the fix
        // would lead to the same error one '=' further on.
        let last = lastTokenOfStage(from: index) ?? index
        var rest = ""
        var offset = tokens[index].span.start
        for position in index...last {
            guard case .symbol(.assign) = tokens[position].kind else { continue }
            rest += source.text(of: Span(offset, tokens[position].span.start)) + "=="
            offset = tokens[position].span.end
        }
        let end = tokens[last].span.end
        rest += source.text(of: Span(offset, end))
        return Diagnostic(.parser, ParserMessage.assignDoesNotCompare, source: source, span: tokens[index].span,
                          hint: Message(SQLHabitMessage.compareWith, ["code": .text("\(before) \(rest)")]))
            .fixing(Span(tokens[index].span.start, end), with: rest)
    }

    /// The last token of the stage that the token at `index` is in (before a `|` outside
    /// brackets or the end of the statement).
    private func lastTokenOfStage(from index: Int) -> Int? {
        var depth = 0
        var last: Int?
        for position in index..<tokens.count {
            switch tokens[position].kind {
            case .end, .eof: return last
            case .symbol(.pipe) where depth == 0: return last
            case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace): depth += 1
            case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace): depth -= 1
            default: break
            }
            last = position
        }
        return last
    }

    // MARK: - Helpers

    /// The text of a stage from the token at `index` to the end of the stage.
    private func stageText(from index: Int) -> String {
        guard index < tokens.count else { return "…" }
        var depth = 0
        var last: Int?
        for position in index..<tokens.count {
            switch tokens[position].kind {
            case .end, .eof: break
            case .symbol(.pipe) where depth == 0: break
            case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace):
                depth += 1
                last = position
                continue
            case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace):
                depth -= 1
                last = position
                continue
            default:
                last = position
                continue
            }
            break
        }
        guard let last else { return "…" }
        return source.text(of: Span(tokens[index].span.start, tokens[last].span.end))
    }

    private func habit(_ key: SQLHabitMessage, _ arguments: [String: MessageArgument] = [:], at span: Span,
                       hint: Message) -> Diagnostic {
        Diagnostic(.parser, key, arguments, source: source, span: span, hint: hint)
    }

    /// "write: CODE", the pilar that replaces the habit.
    private func write(_ code: String) -> Message { Message(SQLHabitMessage.write, ["code": .text(code)]) }

    private func text(of token: Token) -> String { source.text(of: token.span) }

    private func byte(at offset: Int) -> UInt8? {
        let text = source.text(of: Span(offset, offset + 1))
        return text.utf8.first
    }

    private func isKeyword(_ keyword: Keyword, at index: Int) -> Bool {
        guard index < tokens.count, case .keyword(keyword) = tokens[index].kind else { return false }
        return true
    }

    private func isLiteral(at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        switch tokens[index].kind {
        case .string, .integer, .decimal: return true
        default: return false
        }
    }

    private func isSymbol(_ symbol: Symbol, at index: Int) -> Bool {
        guard index < tokens.count, case .symbol(symbol) = tokens[index].kind else { return false }
        return true
    }
}
