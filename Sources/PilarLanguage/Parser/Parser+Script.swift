import PilarCore

/// The statements of report scripts: `param`, `for each`, `if` and `print` with `{expr}` in its text.
extension Parser {
    /// `param NAME [: TYPE] [= LITERAL]`
    mutating func parseParam() throws(Diagnostic) -> Statement {
        let start = current.span
        advance()
        guard case .identifier(let name) = current.kind else {
            throw scriptError(.expectedParamName, ["found": .message(current.phrase)], at: foundSpan, hint: .code("param year = 2023"))
        }
        let nameSpan = current.span
        var end = nameSpan
        advance()
        var type: ParamType?
        if isSymbol(.colon) {
            advance()
            guard case .identifier(let word) = current.kind, let parsed = ParamType(rawValue: word) else {
                var hint = Message(ScriptMessage.typesAre)
                if case .identifier(let word) = current.kind,
                   let suggestion = DidYouMean.suggest(word, from: ParamType.allCases.map(\.rawValue)) {
                    hint = .didYouMean(suggestion)
                }
                throw scriptError(.expectedParamType, ["found": .message(current.phrase)], at: foundSpan, hint: hint)
            }
            type = parsed
            end = current.span
            advance()
        }
        var defaultValue: Expression?
        if isSymbol(.assign) {
            advance()
            let value = try parseExpression(context: .after("="))
            guard Parser.isLiteral(value) else {
                throw scriptError(.paramDefaultLiteral, at: value.span, hint: .code("param \(name) = 2023"))
            }
            defaultValue = value
            end = value.span
        }
        return Statement(.param(ParamDeclaration(name: name, nameSpan: nameSpan, type: type, defaultValue: defaultValue)),
                         start.merged(with: end))
    }

    /// A number, a string, true, false or null, or a negated number.
    static func isLiteral(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .integer, .decimal, .string, .boolean, .null: true
        case .unary(.negate, let operand):
            switch operand.kind {
            case .integer, .decimal: true
            default: false
            }
        default: false
        }
    }

    /// `for each $row in PIPELINE { … }`
    mutating func parseForEach() throws(Diagnostic) -> Statement {
        let start = current.span
        advance()
        guard case .identifier("each") = current.kind else {
            throw scriptError(.expectedEach, at: foundSpan, hint: .code("for each $p in pillars { print $p.name }"))
        }
        advance()
        guard case .parameter(let name) = current.kind else {
            throw scriptError(.expectedLoopVariable, ["found": .message(current.phrase)], at: foundSpan,
                              hint: .code("for each $p in pillars { print $p.name }"))
        }
        let variableSpan = current.span
        advance()
        guard isKeyword(.in) else {
            throw scriptError(.expectedInAfterVariable, ["name": .text(name), "found": .message(current.phrase)], at: foundSpan,
                              hint: .code("for each $\(name) in pillars { print $\(name).name }"))
        }
        advance()
        let pipeline = try parsePipeline()
        let body = try parseBlock(of: "for each")
        let loop = ForEachStatement(variable: name, variableSpan: variableSpan, pipeline: pipeline, body: body)
        return Statement(.forEach(loop), start.merged(with: previousSpan))
    }

    /// `if CONDITION { … } [else { … } | else if …]`
    mutating func parseIf() throws(Diagnostic) -> Statement {
        let start = current.span
        advance()
        let condition = try parseExpression(context: .after("if"))
        let then = try parseBlock(of: "if")
        var otherwise: [Statement] = []
        if case .identifier("else") = current.kind {
            advance()
            if case .identifier("if") = current.kind {
                otherwise = [try parseIf()]
            } else {
                otherwise = try parseBlock(of: "else")
            }
        }
        return Statement(.ifBlock(IfStatement(condition: condition, then: then, otherwise: otherwise)), start.merged(with: previousSpan))
    }

    /// `{ statement … }`: statements separated by newlines or `;`, as at the top level (the
    /// lexer ends statements inside a block's braces).
    mutating func parseBlock(of statement: String) throws(Diagnostic) -> [Statement] {
        guard isSymbol(.leftBrace) else {
            throw scriptError(.expectedBlock, ["statement": .text(statement), "found": .message(current.phrase)], at: foundSpan,
                              hint: Message(ScriptMessage.braceOnSameLine))
        }
        let open = current.span
        advance()
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Parser.maximumNesting {
            throw scriptError(.blocksTooDeep, ["count": .number(Parser.maximumNesting)], at: open)
        }
        var statements: [Statement] = []
        while true {
            skipEnds()
            if isSymbol(.rightBrace) {
                advance()
                return statements
            }
            if case .eof = current.kind {
                let location = source.location(of: open.start)
                throw scriptError(.blockNeverClosed, ["location": .text("\(location.line):\(location.column)")], at: open,
                                  hint: Message(ScriptMessage.closeBlock))
            }
            statements.append(try parseStatement())
            switch current.kind {
            case .end: advance()
            case .eof, .symbol(.rightBrace): break
            default:
                throw Diagnostic(.parser, ParserMessage.unexpectedAfterStatement, ["found": .message(current.phrase)], source: source,
                                 span: current.span, hint: hintAfterStatement())
            }
        }
    }

    /// The span of the token before the current one.
    var previousSpan: Span { index > 0 ? tokens[index - 1].span : current.span }

    // MARK: - print "… {expr} …"

    /// `print "…"` whose string holds a brace: the text in pieces, each `{expr}` parsed in
    /// place (its spans are inside the string, so errors point there). nil for any other print.
    mutating func parsePrintText() throws(Diagnostic) -> Statement? {
        guard case .string = peek.kind, index + 2 < tokens.count else { return nil }
        switch tokens[index + 2].kind {
        case .end, .eof: break
        default: return nil
        }
        let stringSpan = peek.span
        let bytes = source.bytes
        let body = (stringSpan.start + 1)..<(stringSpan.end - 1)
        guard bytes[body].contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else { return nil }
        let start = current.span
        let pieces = try textPieces(ofString: stringSpan)
        advance()
        advance()
        return Statement(.printText(pieces), start.merged(with: stringSpan))
    }

    /// The string token at `stringSpan` in pieces: literal text, and each `{expr}` parsed in
    /// place. Shared by `print "…"` and the file name of `export "…"`.
    func textPieces(ofString stringSpan: Span) throws(Diagnostic) -> [TextPiece] {
        let bytes = source.bytes
        let quote = bytes[stringSpan.start]
        let body = (stringSpan.start + 1)..<(stringSpan.end - 1)
        var pieces: [TextPiece] = []
        var literal: [UInt8] = []
        func flush() throws(Diagnostic) {
            guard !literal.isEmpty else { return }
            pieces.append(.literal(try decodeLiteral(literal, quote: quote)))
            literal.removeAll()
        }
        var position = body.lowerBound
        while position < body.upperBound {
            let byte = bytes[position]
            let next = position + 1 < body.upperBound ? bytes[position + 1] : 0
            if byte == UInt8(ascii: "\\") {
                literal += [byte, next]
                position += 2
            } else if byte == UInt8(ascii: "{"), next == UInt8(ascii: "{") {
                literal.append(byte)
                position += 2
            } else if byte == UInt8(ascii: "}"), next == UInt8(ascii: "}") {
                literal.append(byte)
                position += 2
            } else if byte == UInt8(ascii: "}") {
                throw scriptError(.loneClosingBrace, at: Span(position, position + 1), hint: Message(ScriptMessage.writeDoubleClose))
            } else if byte == UInt8(ascii: "{") {
                try flush()
                let close = try closingBrace(from: position, in: body, quote: quote)
                pieces.append(.expression(try parseInterpolated(Span(position + 1, close), brace: position)))
                position = close + 1
            } else {
                literal.append(byte)
                position += 1
            }
        }
        try flush()
        return pieces
    }

    /// The `}` that closes the `{` at `open`, past brackets and strings in the other quote.
    private func closingBrace(from open: Int, in body: Range<Int>, quote: UInt8) throws(Diagnostic) -> Int {
        let bytes = source.bytes
        var depth = 0
        var position = open + 1
        while position < body.upperBound {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                guard byte != quote else { break }
                position += 1
                while position < body.upperBound, bytes[position] != byte { position += 1 }
            case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "}") where depth <= 0: return position
            default: break
            }
            position += 1
        }
        throw scriptError(.braceNeverClosed, at: Span(open, open + 1), hint: Message(ScriptMessage.writeDoubleOpen))
    }

    /// Parses the expression at `span` of the source: the rest of the file is blanked out, so
    /// offsets, lines and columns stay those of the script.
    private func parseInterpolated(_ span: Span, brace: Int) throws(Diagnostic) -> Expression {
        let bytes = source.bytes
        guard bytes[span.start..<span.end].contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
            throw scriptError(.emptyInterpolation, at: Span(brace, span.end + 1), hint: Message(ScriptMessage.writeExpressionInBraces))
        }
        var masked = [UInt8](repeating: UInt8(ascii: " "), count: bytes.count)
        masked.replaceSubrange(span.start..<span.end, with: bytes[span.start..<span.end])
        let inner = SourceFile(name: source.name, bytes: masked)
        do throws(Diagnostic) {
            var parser = Parser(source: inner, tokens: try Lexer.tokenize(inner))
            let expression = try parser.parseExpression(context: .after("{"))
            switch parser.current.kind {
            case .end, .eof: return expression
            default:
                throw Diagnostic(.parser, ParserMessage.unexpectedAfterStatement, ["found": .message(parser.current.phrase)],
                                 source: inner, span: parser.current.span)
            }
        } catch {
            // Shown with the script's own line, not the blanked copy.
            var located = error
            located.source = source
            throw located
        }
    }

    /// Literal text between the pieces, with its escapes read as the lexer reads a string.
    private func decodeLiteral(_ raw: [UInt8], quote: UInt8) throws(Diagnostic) -> String {
        let tokens = try Lexer.tokenize(SourceFile(name: source.name, bytes: [quote] + raw + [quote]))
        if case .string(let text) = tokens.first?.kind { return text }
        return String(decoding: raw, as: UTF8.self)
    }

    func scriptError(_ key: ScriptMessage, _ arguments: [String: MessageArgument] = [:], at span: Span,
                     hint: Message? = nil) -> Diagnostic {
        Diagnostic(.parser, key, arguments, source: source, span: span, hint: hint)
    }
}
