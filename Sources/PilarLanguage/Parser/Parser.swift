import PilarCore

/// A recursive-descent parser from tokens to a `Script`.
///
/// Expressions use one function per precedence level (see grammar.md's table), lowest first:
/// `or`, `and`, `not`, comparisons (`==` … `in` `is` `contains` `starts_with`), `+ -`,
/// `* / %`, unary minus, then postfix `.member` and calls.
public struct Parser {
    let source: SourceFile
    let tokens: [Token]
    var index = 0
    /// How deeply expressions nest right now; bounded so that hostile input such as ten
    /// thousand '(' gives an error instead of exhausting the stack. 100, not more: at -Onone
    /// under AddressSanitizer each level takes about a dozen frames with red zones, and 200
    /// levels overflowed a test worker thread's stack; no real expression nests past 20.
    var nesting = 0
    static let maximumNesting = 100

    public init(source: SourceFile, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    /// Lexes and parses a whole script; throws the first error.
    public static func parse(_ source: SourceFile) throws(Diagnostic) -> Script {
        let tokens = try Lexer.tokenize(source)
        var parser = Parser(source: source, tokens: tokens)
        return try parser.parseScript()
    }

    public mutating func parseScript() throws(Diagnostic) -> Script {
        var statements: [Statement] = []
        while true {
            skipEnds()
            if case .eof = current.kind { break }
            statements.append(try parseStatement())
            switch current.kind {
            case .end: advance()
            case .eof: break
            default:
                // `where budget = 1`: the statement did not end for the writer; '=' is the problem.
                if isSymbol(.assign), let statement = statements.last,
                   let habit = habits.assignInCondition(statement, at: index) { throw habit }
                let message = isSymbol(.assign) ? Message(ParserMessage.assignDoesNotCompare)
                    : Message(ParserMessage.unexpectedAfterStatement, ["found": .message(current.phrase)])
                throw Diagnostic(.parser, message, source: source, span: current.span, hint: hintAfterStatement())
            }
        }
        return Script(source: source, statements: statements)
    }

    // MARK: - Statements

    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let start = current.span
        if isKeyword(.and) || isKeyword(.or) || isKeyword(.by), let habit = habits.lineStart(at: index) { throw habit }
        switch current.kind {
        case .dotCommand(let name, let arguments):
            advance()
            return Statement(.dotCommand(name: name, arguments: arguments), start)
        case .keyword(.let):
            advance()
            guard case .identifier(let name) = current.kind else {
                throw error(.expectedNameAfterLet, at: current.span, hint: .code("let mobility = programmes | where pillar == \"mobility\""))
            }
            let nameSpan = current.span
            advance()
            guard isSymbol(.assign) else {
                throw error(.expectedAssignAfterLet, ["name": .text(name)], at: current.span)
            }
            advance()
            let pipeline = try parsePipeline()
            if let edit = pipeline.stages.first(where: { $0.kind.isEdit }) {
                throw error(.letCannotEdit, ["verb": .message(Message(editVerb(edit)))],
                            at: edit.keywordSpan,
                            hint: Message(ParserMessage.runAsOwnStatement, ["pipeline": .text(source.text(of: pipeline.source.span)),
                                                                            "edit": .text(editWord(edit))]))
            }
            return Statement(.let(name: name, nameSpan: nameSpan, pipeline: pipeline), start.merged(with: pipeline.span))
        case .keyword(.print):
            if let text = try parsePrintText() { return text }
            advance()
            let expression = try parseExpression(context: .after("print"))
            return Statement(.print(expression), start.merged(with: expression.span))
        case .symbol(.pipe):
            throw error(.pipelineStartsWithSource, at: current.span, hint: startWithSource)
        case .identifier("param") where !peekIsSymbol(.pipe):
            return try parseParam()
        case .identifier("for") where !peekIsSymbol(.pipe):
            return try parseForEach()
        case .identifier("if") where !peekIsSymbol(.pipe):
            return try parseIf()
        case .identifier("check") where !peekIsSymbol(.pipe):
            return try parseCheck()
        case .identifier(let word) where (word == "insert" || word == "upsert") && !peekIsSymbol(.pipe):
            let insert = try parseInsert(upsert: word == "upsert")
            let end = index > 0 ? tokens[index - 1].span : start
            return Statement(.insert(insert), start.merged(with: end))
        default:
            let pipeline = try parsePipeline()
            for stage in pipeline.stages.dropLast() where stage.kind.mustBeLast {
                if case .chart = stage.kind {
                    throw Diagnostic(.parser, ChartStageMessage.chartMustBeLast, source: source, span: stage.keywordSpan,
                                     hint: Message(ChartStageMessage.chartEndsQuery))
                }
                let exports = if case .export = stage.kind { true } else { false }
                throw error(.mustBeLastStage, ["stage": .text(editWord(stage))], at: stage.keywordSpan,
                            hint: exports ? Message(ExportMessage.notLastHint) : Message(ParserMessage.editEndsStatement))
            }
            return Statement(.query(pipeline), pipeline.span)
        }
    }

    /// `check` or `check RULE`; the rule name is checked by the checker (did-you-mean).
    private mutating func parseCheck() throws(Diagnostic) -> Statement {
        let start = current.span
        advance()
        switch current.kind {
        case .identifier(let rule):
            let ruleSpan = current.span
            advance()
            if isSymbol(.pipe) {
                throw error(.checkIsStatement, at: current.span, hint: Message(ParserMessage.checkRunsAlone))
            }
            return Statement(.check(rule: rule, ruleSpan: ruleSpan), start.merged(with: ruleSpan))
        case .end, .eof:
            return Statement(.check(rule: nil, ruleSpan: nil), start)
        default:
            throw error(.expectedRuleName, ["found": .message(current.phrase)],
                        at: foundSpan, hint: Message(ParserMessage.checkUsage))
        }
    }

    // MARK: - Edits

    /// `insert SOURCE RECORD` or `insert SOURCE [RECORD, …]` (also `upsert`).
    private mutating func parseInsert(upsert: Bool) throws(Diagnostic) -> InsertStatement {
        let verb = upsert ? "upsert" : "insert"
        let keywordSpan = current.span
        advance()
        guard case .identifier(let name) = current.kind else {
            throw error(.expectedSourceAfterInsert, ["verb": .text(verb), "found": .message(current.phrase)], at: foundSpan,
                        hint: .code("\(verb) measurements {indicator: \"MOB-01.2\", year: 2024, target: 80}"))
        }
        let sourceSpan = current.span
        advance()
        var records: [RecordLiteral] = []
        if isSymbol(.leftBrace) {
            records.append(try parseRecord())
        } else if isSymbol(.leftBracket) {
            let open = current.span
            advance()
            while !isSymbol(.rightBracket) {
                if !records.isEmpty {
                    guard isSymbol(.comma) else { throw unclosed("[", opened: open, orComma: true) }
                    advance()
                    if isSymbol(.rightBracket) { break } // trailing comma
                }
                guard isSymbol(.leftBrace) else {
                    throw error(.expectedRecordInList, ["found": .message(current.phrase)], at: foundSpan)
                }
                records.append(try parseRecord())
            }
            if records.isEmpty {
                throw error(.needsOneRecord, ["verb": .text(verb)], at: open.merged(with: current.span),
                            hint: .code("\(verb) \(name) [{…}, {…}]"))
            }
            advance()
        } else {
            throw error(.expectedRecord, ["verb": .text(verb), "source": .text(name), "found": .message(current.phrase)],
                        at: foundSpan, hint: .code("\(verb) \(name) {field: value, field: value}"))
        }
        return InsertStatement(upsert: upsert, source: name, sourceSpan: sourceSpan, keywordSpan: keywordSpan, records: records)
    }

    /// `{field: expr, …}` with an optional trailing comma.
    private mutating func parseRecord() throws(Diagnostic) -> RecordLiteral {
        let open = current.span
        advance()
        var fields: [RecordField] = []
        while !isSymbol(.rightBrace) {
            if !fields.isEmpty {
                guard isSymbol(.comma) else { throw unclosed("{", opened: open, orComma: true) }
                advance()
                if isSymbol(.rightBrace) { break } // trailing comma
            }
            guard case .identifier(let name) = current.kind else {
                if case .eof = current.kind { throw unclosed("{", opened: open, orComma: false) }
                throw error(.expectedFieldName, ["found": .message(current.phrase)], at: foundSpan,
                            hint: .code("{field: value, field: value}"))
            }
            let nameSpan = current.span
            advance()
            guard isSymbol(.colon) else {
                let hint = isSymbol(.assign) || isSymbol(.equal) ? Message(ParserMessage.recordUsesColon, ["name": .text(name)]) : nil
                throw error(.expectedColon, ["name": .text(name), "found": .message(current.phrase)], at: foundSpan, hint: hint)
            }
            advance()
            let value = try parseExpression(context: .after("\(name):"))
            fields.append(RecordField(name: name, nameSpan: nameSpan, value: value))
        }
        let span = open.merged(with: current.span)
        if fields.isEmpty {
            throw error(.recordNeedsField, at: span, hint: .code("{field: value, field: value}"))
        }
        advance()
        return RecordLiteral(fields: fields, span: span)
    }

    private mutating func parseUpdate() throws(Diagnostic) -> StageKind {
        var items: [Assignment] = []
        repeat {
            if !items.isEmpty { advance() }
            guard case .identifier(let name) = current.kind, case .symbol(.assign) = peek.kind else {
                if case .identifier(let name) = current.kind, case .symbol(.equal) = peek.kind {
                    throw error(.expectedAssignFoundEqual, ["name": .text(name)], at: peek.span,
                                hint: Message(ParserMessage.assignsWithSingleEqual, ["stage": "update", "name": .text(name)]))
                }
                throw error(.expectedAssignment, ["context": .message(.after(items.isEmpty ? "update" : ",")),
                                                  "found": .message(current.phrase)],
                            at: foundSpan, hint: .code("update actual = 71.5"))
            }
            let nameSpan = current.span
            advance()
            advance()
            let value = try parseExpression(context: .after("\(name) ="))
            items.append(Assignment(name: name, nameSpan: nameSpan, value: value))
        } while isSymbol(.comma)
        return .update(items)
    }

    private func editWord(_ stage: Stage) -> String { stage.kind.name }

    private func editVerb(_ stage: Stage) -> ParserMessage {
        if case .update = stage.kind { return .updateRows }
        return .deleteRows
    }

    /// `window NAME = EXPR, … [by EXPR, …] [sort KEY, …]`; `sort` is a word here, not a stage,
    /// since no expression is followed by a bare name.
    private mutating func parseWindow() throws(Diagnostic) -> StageKind {
        let items = try parseAssignments(context: .after("window"))
        var keys: [Expression] = []
        if isKeyword(.by) {
            repeat {
                advance()
                keys.append(try parseExpression(context: .after(keys.isEmpty ? "by" : ",")))
            } while isSymbol(.comma)
        }
        var sort: [SortKey] = []
        if case .identifier("sort") = current.kind {
            advance()
            sort = try parseSortKeys()
        }
        return .window(items: items, by: keys, sort: sort)
    }

    mutating func parsePipeline() throws(Diagnostic) -> Pipeline {
        guard case .identifier(let name) = current.kind else {
            throw error(.expectedSource, ["found": .message(current.phrase)], at: foundSpan, hint: startWithSource)
        }
        let source = Expression(.name(name), current.span)
        advance()
        if isSymbol(.dot) {
            throw error(.queryStartsFromSource, at: current.span,
                        hint: Message(ParserMessage.navigateInsideStages, ["source": .text(name)]))
        }
        return try parseStages(after: source)
    }

    private mutating func parseStages(after source: Expression) throws(Diagnostic) -> Pipeline {
        var stages: [Stage] = []
        var span = source.span
        while isSymbol(.pipe) {
            let pipe = current.span
            if stages.count >= Parser.maximumNesting {
                throw error(.pipelineTooLong, ["count": .number(Parser.maximumNesting)], at: pipe,
                            hint: Message(ParserMessage.keepPartWithLet))
            }
            advance()
            let stage = try parseStage(pipe: pipe)
            stages.append(stage)
            span = span.merged(with: stage.span)
        }
        return Pipeline(source: source, stages: stages, span: span)
    }

    // MARK: - Stages

    private mutating func parseStage(pipe: Span) throws(Diagnostic) -> Stage {
        let keywordSpan = current.span
        let word: String
        switch current.kind {
        case .identifier(let name): word = name
        case .keyword(let keyword): word = keyword.rawValue
        default:
            throw error(.expectedStage, ["found": .message(current.phrase)], at: foundSpan, hint: stagesAre)
        }
        advance()
        let kind: StageKind
        switch word {
        case "where":
            kind = .where(try parseExpression(context: .after("where")))
        case "select":
            if isSymbol(.star) { throw habits.selectStar(at: index, pipe: pipe) }
            kind = .select(try parseNamedList(context: .after("select"), allowAs: true))
        case "extend":
            kind = .extend(try parseAssignments(context: .after("extend")))
        case "sort":
            if isKeyword(.by) { throw habits.sortBy(at: index) }
            kind = .sort(try parseSortKeys())
        case "take":
            kind = .take(try parseExpression(context: .after("take")))
        case "top":
            let count = try parseExpression(context: .after("top"))
            guard isKeyword(.by) else {
                throw error(.expectedBy, ["count": .text(source.text(of: count.span))], at: current.span,
                            hint: .code("top 5 by budget"))
            }
            advance()
            let key = try parseSortKey()
            kind = .top(count: count, key: key)
        case "summarize", "summarise":
            var aggregates: [NamedExpression] = []
            if !isKeyword(.by) && !startsExpression {
                throw error(.expectedAggregates, at: current.span,
                            hint: .code("summarize n = count(), total = sum(budget) by pillar"))
            }
            if !isKeyword(.by) {
                aggregates = try parseNamedList(context: .after("summarize"), allowAs: true)
            }
            var keys: [NamedExpression] = []
            if isKeyword(.by) {
                advance()
                keys = try parseNamedList(context: .after("by"), allowAs: true)
            }
            kind = .summarize(aggregates: aggregates, by: keys)
        case "count":
            kind = .count
        case "distinct":
            kind = .distinct(try parseNamedList(context: .after("distinct"), allowAs: true))
        case "window":
            kind = try parseWindow()
        case "update":
            kind = try parseUpdate()
        case "delete":
            var cascade = false
            if case .identifier("cascade") = current.kind {
                cascade = true
                advance()
            }
            kind = .delete(cascade: cascade)
        case "pivot":
            kind = try parsePivot()
        case "unpivot":
            kind = try parseUnpivot()
        case "totals":
            kind = try parseTotals()
        case "chart":
            kind = try parseChart()
        case "export":
            kind = try parseExport()
        default:
            if let habit = habits.unknownStage(at: index - 1) { throw habit }
            let suggestion = DidYouMean.suggest(word, from: StageDeclaration.names)
            let unknown = error(.unknownStage, ["name": .text(word)], at: keywordSpan,
                                hint: suggestion.map { Message.didYouMean($0) } ?? stagesAre)
            throw suggestion.map { unknown.fixing(keywordSpan, with: $0) } ?? unknown
        }
        let end = index > 0 ? tokens[index - 1].span : keywordSpan
        return Stage(kind, span: keywordSpan.merged(with: end), keywordSpan: keywordSpan)
    }

    mutating func parseNamedList(context: Message, allowAs: Bool) throws(Diagnostic) -> [NamedExpression] {
        var items: [NamedExpression] = []
        repeat {
            if !items.isEmpty { advance() }
            items.append(try parseNamedExpression(context: items.isEmpty ? context : .after(",")))
        } while isSymbol(.comma)
        return items
    }

    /// `name = expr`, `expr as name` or a bare `expr`.
    private mutating func parseNamedExpression(context: Message) throws(Diagnostic) -> NamedExpression {
        if case .identifier(let name) = current.kind, case .symbol(.assign) = peek.kind {
            let nameSpan = current.span
            advance()
            advance()
            let expression = try parseExpression(context: .after("\(name) ="))
            return NamedExpression(name: name, nameSpan: nameSpan, expression: expression)
        }
        let expression = try parseExpression(context: context)
        if isKeyword(.as) {
            advance()
            guard case .identifier(let name) = current.kind else {
                throw error(.expectedColumnNameAfterAs, at: current.span)
            }
            let nameSpan = current.span
            advance()
            return NamedExpression(name: name, nameSpan: nameSpan, expression: expression)
        }
        return NamedExpression(name: nil, nameSpan: nil, expression: expression)
    }

    private mutating func parseAssignments(context: Message) throws(Diagnostic) -> [NamedExpression] {
        var items: [NamedExpression] = []
        repeat {
            if !items.isEmpty { advance() }
            guard case .identifier(let name) = current.kind, case .symbol(.assign) = peek.kind else {
                let found = current
                if case .identifier(let name) = found.kind, case .symbol(.equal) = peek.kind {
                    throw error(.expectedAssignFoundEqual, ["name": .text(name)], at: peek.span,
                                hint: Message(ParserMessage.assignsWithSingleEqual, ["stage": "extend", "name": .text(name)]))
                }
                throw error(.expectedNamedAssignment, ["context": .message(items.isEmpty ? context : .after(","))], at: found.span,
                            hint: .code("extend share = budget / sum(budget) * 100"))
            }
            let nameSpan = current.span
            advance()
            advance()
            let expression = try parseExpression(context: .after("\(name) ="))
            items.append(NamedExpression(name: name, nameSpan: nameSpan, expression: expression))
        } while isSymbol(.comma)
        return items
    }

    private mutating func parseSortKeys() throws(Diagnostic) -> [SortKey] {
        var keys: [SortKey] = []
        repeat {
            if !keys.isEmpty { advance() }
            keys.append(try parseSortKey())
        } while isSymbol(.comma)
        return keys
    }

    private mutating func parseSortKey() throws(Diagnostic) -> SortKey {
        let expression = try parseExpression(context: Message(ParserMessage.toSortBy))
        var descending: Bool?
        if isKeyword(.asc) {
            descending = false
            advance()
        } else if isKeyword(.desc) {
            descending = true
            advance()
        }
        return SortKey(expression: expression, descending: descending)
    }

    // MARK: - Expressions

    mutating func parseExpression(context: Message) throws(Diagnostic) -> Expression {
        if startsExpression {
            return try parseOr()
        }
        throw expectedExpression(context)
    }

    // Errors of the recursive expression functions are made in functions of their own: at
    // -Onone every temporary of a function keeps a stack slot, and a message's arguments
    // made in place would grow each of the nested frames (deep nesting crashed).
    @inline(never)
    private func expectedExpression(_ context: Message) -> Diagnostic {
        error(.expectedExpressionContext, ["context": .message(context), "found": .message(current.phrase)], at: foundSpan)
    }

    var startsExpression: Bool {
        switch current.kind {
        case .identifier, .integer, .decimal, .string, .parameter: true
        case .keyword(let keyword): [.null, .true, .false, .not].contains(keyword)
        case .symbol(let symbol): [.leftParen, .leftBracket, .minus].contains(symbol)
        default: false
        }
    }

    private mutating func parseOr() throws(Diagnostic) -> Expression {
        try enterNesting()
        defer { nesting -= 1 }
        var left = try parseAnd()
        var links = 0
        while isKeyword(.or) {
            links += 1
            try checkChain(links)
            advance()
            let right = try parseOperand(after: "or") { parser throws(Diagnostic) in try parser.parseAnd() }
            left = Expression(.binary(.or, left, right), left.span.merged(with: right.span))
        }
        return left
    }

    private mutating func parseAnd() throws(Diagnostic) -> Expression {
        var left = try parseNot()
        var links = 0
        while isKeyword(.and) {
            links += 1
            try checkChain(links)
            advance()
            let right = try parseOperand(after: "and") { parser throws(Diagnostic) in try parser.parseNot() }
            left = Expression(.binary(.and, left, right), left.span.merged(with: right.span))
        }
        return left
    }

    private mutating func parseNot() throws(Diagnostic) -> Expression {
        if isKeyword(.not) {
            let start = current.span
            advance()
            let operand = try parseOperand(after: "not") { parser throws(Diagnostic) in try parser.parseNot() }
            return Expression(.unary(.not, operand), start.merged(with: operand.span))
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(Diagnostic) -> Expression {
        let left = try parseAdditive()
        var result: Expression
        switch current.kind {
        case .symbol(let symbol) where comparisonOperator(symbol) != nil:
            advance()
            let right = try parseOperand(after: symbol.rawValue) { parser throws(Diagnostic) in try parser.parseAdditive() }
            result = Expression(.binary(comparisonOperator(symbol)!, left, right), left.span.merged(with: right.span))
        case .keyword(.contains), .keyword(.starts_with):
            let op: BinaryOperator = isKeyword(.contains) ? .contains : .startsWith
            advance()
            let right = try parseOperand(after: op.rawValue) { parser throws(Diagnostic) in try parser.parseAdditive() }
            result = Expression(.binary(op, left, right), left.span.merged(with: right.span))
        case .keyword(.ends_with), .keyword(.like):
            let op: BinaryOperator = isKeyword(.like) ? .like : .endsWith
            advance()
            let right = try parseOperand(after: op.rawValue) { parser throws(Diagnostic) in try parser.parseAdditive() }
            result = Expression(.binary(op, left, right), left.span.merged(with: right.span))
        case .keyword(.between):
            result = try parseBetween(left, negated: false)
        case .keyword(.not) where peekIsKeyword(.between):
            advance()
            result = try parseBetween(left, negated: true)
        case .keyword(.in):
            advance()
            if isSymbol(.leftParen), let habit = habits.parenthesisedList(at: index) { throw habit }
            let right = try parseOperand(after: "in") { parser throws(Diagnostic) in try parser.parseAdditive() }
            result = Expression(.inList(left, right, negated: false), left.span.merged(with: right.span))
        case .keyword(.not) where peekIsKeyword(.in):
            advance()
            advance()
            if isSymbol(.leftParen), let habit = habits.parenthesisedList(at: index) { throw habit }
            let right = try parseOperand(after: "not in") { parser throws(Diagnostic) in try parser.parseAdditive() }
            result = Expression(.inList(left, right, negated: true), left.span.merged(with: right.span))
        case .keyword(.is):
            advance()
            var negated = false
            if isKeyword(.not) {
                negated = true
                advance()
            }
            guard isKeyword(.null) else {
                throw expectedNull(negated: negated)
            }
            let end = current.span
            advance()
            result = Expression(.isNull(left, negated: negated), left.span.merged(with: end))
        default:
            return left
        }
        // Comparisons do not chain: `a < b < c` is almost always a mistake.
        if case .symbol(let symbol) = current.kind, comparisonOperator(symbol) != nil {
            throw comparisonsDoNotChain()
        }
        return result
    }

    @inline(never)
    private func expectedNull(negated: Bool) -> Diagnostic {
        error(.expectedNull, ["keyword": .text(negated ? "is not" : "is")], at: current.span,
              hint: Message(ParserMessage.isNullUsage))
    }

    @inline(never)
    private func comparisonsDoNotChain() -> Diagnostic {
        error(.comparisonsDoNotChain, at: current.span, hint: Message(ParserMessage.combineWithAnd))
    }

    /// `x between a and b` (the current token is `between`): the bounds are additive
    /// expressions, so the `and` between them is the between's own, not a boolean `and`;
    /// `x between a and b and c` is `(x between a and b) and c`.
    private mutating func parseBetween(_ value: Expression, negated: Bool) throws(Diagnostic) -> Expression {
        let keyword = negated ? "not between" : "between"
        advance()
        let low = try parseOperand(after: keyword) { parser throws(Diagnostic) in try parser.parseAdditive() }
        guard isKeyword(.and) else {
            throw error(.expectedAndInBetween, ["keyword": .text(keyword), "low": .text(source.text(of: low.span)),
                                                "found": .message(current.phrase)],
                        at: foundSpan, hint: Message(ParserMessage.betweenUsage))
        }
        advance()
        let high = try parseOperand(after: "and") { parser throws(Diagnostic) in try parser.parseAdditive() }
        return Expression(.between(value, low, high, negated: negated), value.span.merged(with: high.span))
    }

    private func comparisonOperator(_ symbol: Symbol) -> BinaryOperator? {
        switch symbol {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        case .tildeEqual: .equalIgnoringCase
        default: nil
        }
    }

    private mutating func parseAdditive() throws(Diagnostic) -> Expression {
        var left = try parseMultiplicative()
        var links = 0
        while case .symbol(let symbol) = current.kind, symbol == .plus || symbol == .minus {
            links += 1
            try checkChain(links)
            advance()
            let right = try parseOperand(after: symbol.rawValue) { parser throws(Diagnostic) in try parser.parseMultiplicative() }
            left = Expression(.binary(symbol == .plus ? .add : .subtract, left, right), left.span.merged(with: right.span))
        }
        return left
    }

    private mutating func parseMultiplicative() throws(Diagnostic) -> Expression {
        var left = try parseUnary()
        var links = 0
        while case .symbol(let symbol) = current.kind, symbol == .star || symbol == .slash || symbol == .percent {
            links += 1
            try checkChain(links)
            advance()
            let right = try parseOperand(after: symbol.rawValue) { parser throws(Diagnostic) in try parser.parseUnary() }
            let op: BinaryOperator = symbol == .star ? .multiply : symbol == .slash ? .divide : .remainder
            left = Expression(.binary(op, left, right), left.span.merged(with: right.span))
        }
        return left
    }

    private mutating func parseUnary() throws(Diagnostic) -> Expression {
        if isSymbol(.minus) {
            let start = current.span
            advance()
            let operand = try parseOperand(after: "-") { parser throws(Diagnostic) in try parser.parseUnary() }
            // Fold `-5` into a literal so `take -1` reports a negative count, not an expression.
            switch operand.kind {
            case .integer(let value): return Expression(.integer(-value), start.merged(with: operand.span))
            case .decimal(let value): return Expression(.decimal(value.negated), start.merged(with: operand.span))
            default: return Expression(.unary(.negate, operand), start.merged(with: operand.span))
            }
        }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws(Diagnostic) -> Expression {
        var expression = try parsePrimary()
        var links = 0
        while isSymbol(.dot) {
            links += 1
            try checkChain(links)
            advance()
            guard case .identifier(let name) = current.kind else {
                throw expectedFound(.expectedFieldAfterDot)
            }
            let nameSpan = current.span
            advance()
            expression = Expression(.member(expression, name: name, nameSpan: nameSpan), expression.span.merged(with: nameSpan))
        }
        return expression
    }

    private mutating func parsePrimary() throws(Diagnostic) -> Expression {
        let token = current
        switch token.kind {
        case .integer(let value):
            advance()
            return Expression(.integer(value), token.span)
        case .decimal(let value):
            advance()
            return Expression(.decimal(value), token.span)
        case .string(let text):
            advance()
            return Expression(.string(text), token.span)
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), token.span)
        case .keyword(.true), .keyword(.false):
            advance()
            return Expression(.boolean(isTrue(token)), token.span)
        case .keyword(.null):
            advance()
            return Expression(.null, token.span)
        case .identifier(let name):
            if name == "case", case .identifier("when") = peek.kind { throw habits.caseWhen(at: index) }
            advance()
            if isSymbol(.leftParen) {
                return try parseCall(name: name, nameSpan: token.span)
            }
            return Expression(.name(name), token.span)
        case .symbol(.leftParen):
            advance()
            var inner = try parseExpressionOrPipeline(context: afterParenthesis)
            guard isSymbol(.rightParen) else {
                throw unclosed("(", opened: token.span, orComma: false)
            }
            inner.span = token.span.merged(with: current.span)
            advance()
            return inner
        case .symbol(.leftBracket):
            advance()
            var items: [Expression] = []
            while !isSymbol(.rightBracket) {
                if !items.isEmpty {
                    guard isSymbol(.comma) else { throw unclosed("[", opened: token.span, orComma: true) }
                    advance()
                    if isSymbol(.rightBracket) { break } // trailing comma
                }
                items.append(try parseExpression(context: inTheList))
            }
            let end = current.span
            advance()
            return Expression(.list(items), token.span.merged(with: end))
        default:
            throw expectedFound(.expectedExpression, at: token.span)
        }
    }

    private mutating func parseCall(name: String, nameSpan: Span) throws(Diagnostic) -> Expression {
        let open = current.span
        advance()
        if name == "count", isSymbol(.star), let habit = habits.countStar(at: index) { throw habit }
        var arguments: [Expression] = []
        while !isSymbol(.rightParen) {
            if !arguments.isEmpty {
                guard isSymbol(.comma) else { throw unclosed("(", opened: open, orComma: true) }
                advance()
            }
            arguments.append(try parseExpressionOrPipeline(context: argument(of: name)))
        }
        let end = current.span
        advance()
        return Expression(.call(name: name, nameSpan: nameSpan, arguments: arguments), nameSpan.merged(with: end))
    }

    /// An expression, or a pipeline when a `|` follows (`count(programmes | where …)`).
    private mutating func parseExpressionOrPipeline(context: Message) throws(Diagnostic) -> Expression {
        let expression = try parseExpression(context: context)
        guard isSymbol(.pipe) else { return expression }
        let pipeline = try parseStages(after: expression)
        if let edit = pipeline.stages.first(where: { $0.kind.isEdit }) {
            throw editInsideExpression(edit)
        }
        return Expression(.pipeline(pipeline), pipeline.span)
    }

    /// Parses the right-hand side of an operator, or explains that it is missing.
    private mutating func parseOperand(after operatorText: String,
                                       _ body: (inout Parser) throws(Diagnostic) -> Expression) throws(Diagnostic) -> Expression {
        guard startsExpression else {
            throw missingOperand(after: operatorText)
        }
        try enterNesting()
        defer { nesting -= 1 }
        return try body(&self)
    }

    // MARK: - Helpers

    /// A chain such as `1 + 1 + … + 1` builds a tree as deep as it is long.
    private func checkChain(_ links: Int) throws(Diagnostic) {
        if links + nesting > Parser.maximumNesting {
            throw error(.expressionTooLong, ["count": .number(Parser.maximumNesting)], at: current.span,
                        hint: Message(ParserMessage.splitWithExtend))
        }
    }

    private mutating func enterNesting() throws(Diagnostic) {
        nesting += 1
        if nesting > Parser.maximumNesting {
            throw error(.expressionTooDeep, ["count": .number(Parser.maximumNesting)], at: current.span,
                        hint: Message(ParserMessage.splitWithExtend))
        }
    }

    var current: Token { tokens[index] }

    /// Where "found …" points: the current token, but for a statement that ends early, just
    /// after the last token, so `print 1 +` at the end of a file is shown on its own line,
    /// not on the empty line after it.
    var foundSpan: Span {
        switch current.kind {
        case .end, .eof:
            guard index > 0 else { return current.span }
            let end = tokens[index - 1].span.end
            return Span(end, end)
        default:
            return current.span
        }
    }
    var peek: Token { tokens[min(index + 1, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    mutating func skipEnds() {
        while case .end = current.kind { advance() }
    }

    func isSymbol(_ symbol: Symbol) -> Bool {
        if case .symbol(symbol) = current.kind { return true }
        return false
    }

    func isKeyword(_ keyword: Keyword) -> Bool {
        if case .keyword(keyword) = current.kind { return true }
        return false
    }

    func peekIsSymbol(_ symbol: Symbol) -> Bool {
        if case .symbol(symbol) = peek.kind { return true }
        return false
    }

    private func peekIsKeyword(_ keyword: Keyword) -> Bool {
        if case .keyword(keyword) = peek.kind { return true }
        return false
    }

    private func isTrue(_ token: Token) -> Bool {
        if case .keyword(.true) = token.kind { return true }
        return false
    }

    /// Where SQL habits are recognised (`order by`, `count(*)`, …); see SQLHabits.swift.
    private var habits: SQLHabits { SQLHabits(source: source, tokens: tokens) }

    func error(_ key: ParserMessage, _ arguments: [String: MessageArgument] = [:], at span: Span,
               hint: Message? = nil) -> Diagnostic {
        Diagnostic(.parser, key, arguments, source: source, span: span, hint: hint)
    }

    /// "start with pillars, opds, … or a let name": the sources are names, the rest is words.
    private var startWithSource: Message {
        Message(ParserMessage.startWithSource, ["sources": "pillars, opds, programmes, indicators, measurements"])
    }

    /// "stages are where, select, …".
    private var stagesAre: Message {
        Message(ParserMessage.stagesAre, ["stages": .text(StageDeclaration.names.joined(separator: ", "))])
    }

    @inline(never)
    private func expectedFound(_ key: ParserMessage, at span: Span? = nil) -> Diagnostic {
        error(key, ["found": .message(current.phrase)], at: span ?? foundSpan)
    }

    @inline(never)
    private func editInsideExpression(_ edit: Stage) -> Diagnostic {
        error(.editInsideExpression, ["edit": .text(editWord(edit))], at: edit.keywordSpan,
              hint: Message(ParserMessage.editIsLastStage, ["edit": .text(editWord(edit))]))
    }

    @inline(never)
    private func missingOperand(after operatorText: String) -> Diagnostic {
        // `a === b`, `a == = b`: there is no triple-equals; say which operator to write.
        let hint = isSymbol(.assign) && ["==", "!=", "<=", ">="].contains(operatorText)
            ? Message(ParserMessage.noSuchOperator, ["operator": .text(operatorText)]) : nil
        return error(.expectedExpressionContext, ["context": .message(.after(operatorText)), "found": .message(current.phrase)],
                     at: foundSpan, hint: hint)
    }

    private var afterParenthesis: Message { .after("(") }
    private var inTheList: Message { Message(ParserMessage.inTheList) }

    @inline(never)
    private func argument(of name: String) -> Message { Message(ParserMessage.asArgumentOf, ["name": .text(name)]) }

    /// What closes `bracket`: `')'`, or `',' or ')'` where another item may come first.
    @inline(never)
    private func unclosed(_ bracket: String, opened: Span, orComma: Bool) -> Diagnostic {
        let closing = bracket == "(" ? ")" : bracket == "[" ? "]" : "}"
        let expected = orComma ? Message(ParserMessage.commaOr, ["bracket": .text(closing)])
            : Message(ParserMessage.quotedCode, ["code": .text(closing)])
        let location = source.location(of: opened.start)
        if case .eof = current.kind {
            return error(.neverClosed, ["bracket": .text(bracket)], at: opened,
                         hint: Message(ParserMessage.expectedBeforeEnd, ["expected": .message(expected)]))
        }
        if case .end = current.kind {
            return error(.neverClosed, ["bracket": .text(bracket)], at: opened,
                         hint: Message(ParserMessage.expectedClosing, ["expected": .message(expected)]))
        }
        return error(.expectedFound, ["expected": .message(expected), "found": .message(current.phrase)], at: foundSpan,
                     hint: Message(ParserMessage.toCloseBracket, ["bracket": .text(bracket), "line": .number(location.line),
                                                                  "column": .number(location.column)]))
    }

    func hintAfterStatement() -> Message? {
        switch current.kind {
        case .identifier(let word) where StageDeclaration.names.contains(word):
            return Message(ParserMessage.stagesJoinedWithPipe, ["stage": .text(word)])
        case .symbol(.assign):
            return Message(ParserMessage.addColumnWithExtend)
        default:
            return Message(ParserMessage.endStatement)
        }
    }
}
