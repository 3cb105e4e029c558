import PilarCore

/// Turns source text into tokens, deciding where statements end.
///
/// The continuation rules live here and only here, so the script runner, the parser and the
/// REPL's "is this statement finished?" question can never disagree: a newline ends a
/// statement unless brackets are open, the line ends with a token that needs more (`|`, `,`,
/// a binary operator), or the next non-blank line starts with `|`.
public struct Lexer {
    private let source: SourceFile
    private let bytes: [UInt8]
    private var position = 0
    private var tokens: [Token] = []
    private var depth = 0
    /// Open brackets, for "unclosed '('" errors and the REPL's continuation question.
    private var openBrackets: [Token] = []
    /// The token index where the current statement starts, and those of the statements whose
    /// `for each` / `if` blocks are open around it: a block's `{` lets newlines end statements
    /// inside it again (see `opensBlock`).
    private var statementStart = 0
    private var enclosingStatements: [Int] = []

    public init(source: SourceFile) {
        self.source = source
        self.bytes = source.bytes
    }

    /// All tokens of the source, ending with `.eof`. Throws the first lexical error.
    public static func tokenize(_ source: SourceFile) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source: source)
        return try lexer.run()
    }

    /// Whether the text is an unfinished statement that needs another line: brackets still
    /// open, or the last line ends with a token that continues. Text with a lexical error is
    /// "finished", so the error can be reported.
    public static func needsContinuation(_ text: String) -> Bool {
        var lexer = Lexer(source: SourceFile(name: "<repl>", text: text))
        guard (try? lexer.run()) != nil else { return false }
        if lexer.depth > 0 || !lexer.enclosingStatements.isEmpty { return true }
        let significant = lexer.tokens.last { token in
            switch token.kind {
            case .eof, .end: return false
            default: return true
            }
        }
        return significant?.continuesLine ?? false
    }

    private mutating func run() throws(Diagnostic) -> [Token] {
        while true {
            skipBlanksAndComments()
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                handleNewline()
                continue
            }
            if byte == UInt8(ascii: ";") {
                if depth > 0, let open = openBrackets.last {
                    throw Diagnostic(.lexer, LexerMessage.semicolonInsideBracket, ["bracket": .text(bracketText(open))],
                                     source: source, span: Span(position, position + 1),
                                     hint: Message(LexerMessage.closeBracketFirst,
                                                   ["location": .text("\(source.location(of: open.span.start))")]))
                }
                appendEnd(at: position)
                position += 1
                continue
            }
            if byte == UInt8(ascii: "."), atStatementStart, isLetter(peek(1)) {
                try lexDotCommand()
                continue
            }
            try lexToken()
        }
        appendEnd(at: bytes.count)
        tokens.append(Token(.eof, Span(bytes.count, bytes.count)))
        return tokens
    }

    // MARK: - Statement ends

    private var atStatementStart: Bool {
        guard let last = tokens.last else { return true }
        if case .end = last.kind { return true }
        return false
    }

    private mutating func appendEnd(at offset: Int) {
        guard !atStatementStart else { return }
        tokens.append(Token(.end, Span(offset, offset)))
        statementStart = tokens.count
    }

    /// Whether a `{` outside brackets opens the block of a `for each` or `if` statement (rather
    /// than a record): the statement starts with `for each` or with `if` not followed by `|`.
    private var opensBlock: Bool {
        guard depth == 0, statementStart < tokens.count else { return false }
        let next = statementStart + 1 < tokens.count ? tokens[statementStart + 1].kind : .eof
        switch (tokens[statementStart].kind, next) {
        case (.identifier("for"), .identifier("each")): return true
        case (.identifier("if"), .symbol(.pipe)): return false
        case (.identifier("if"), _): return true
        default: return false
        }
    }

    private mutating func handleNewline() {
        let newline = position
        position += 1
        if depth > 0 || atStatementStart { return }
        if let last = tokens.last, last.continuesLine { return }
        if nextLineStartsWithPipe() { return }
        if let last = tokens.last, case .symbol(.rightBrace) = last.kind, nextLineStartsWithElse() { return }
        appendEnd(at: newline)
    }

    /// Whether the next line that is not blank or a comment starts with the word `else`: an
    /// `if` block's `}` then continues with its `else`.
    private func nextLineStartsWithElse() -> Bool {
        guard let index = startOfNextCodeLine() else { return false }
        let word = Array("else".utf8)
        guard index + word.count <= bytes.count, Array(bytes[index..<index + word.count]) == word else { return false }
        return index + word.count == bytes.count || !Lexer.isNameByte(bytes[index + word.count])
    }

    /// Looks past blank and comment-only lines for a leading `|`.
    private func nextLineStartsWithPipe() -> Bool {
        guard let index = startOfNextCodeLine() else { return false }
        return bytes[index] == UInt8(ascii: "|")
    }

    /// Where the first byte of code after the current position is, past blanks, line breaks
    /// and comment-only lines; nil at the end of the input.
    private func startOfNextCodeLine() -> Int? {
        var index = position
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\n") {
                index += 1
            } else if byte == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            } else {
                return index
            }
        }
        return nil
    }

    // MARK: - Tokens

    private mutating func lexToken() throws(Diagnostic) {
        let start = position
        let byte = bytes[position]
        if isDigit(byte) {
            try lexNumber()
        } else if isLetter(byte) {
            lexWord()
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            try lexString(quote: byte)
        } else if byte == UInt8(ascii: "`") {
            try lexQuotedIdentifier()
        } else if byte == UInt8(ascii: "$") {
            position += 1
            guard position < bytes.count, isLetter(bytes[position]) else {
                throw Diagnostic(.lexer, LexerMessage.expectedParameterName, source: source,
                                 span: Span(start, start + 1), hint: Message(LexerMessage.parameterExample))
            }
            let name = readWord()
            tokens.append(Token(.parameter(name), Span(start, position)))
        } else {
            try lexSymbol()
        }
    }

    private mutating func lexSymbol() throws(Diagnostic) {
        let start = position
        let byte = bytes[position]
        let next = peek(1)
        func two(_ symbol: Symbol) -> Symbol { position += 2; return symbol }
        func one(_ symbol: Symbol) -> Symbol { position += 1; return symbol }
        let symbol: Symbol
        switch byte {
        case UInt8(ascii: "|"): symbol = one(.pipe)
        case UInt8(ascii: ","): symbol = one(.comma)
        case UInt8(ascii: "("): symbol = one(.leftParen)
        case UInt8(ascii: ")"): symbol = one(.rightParen)
        case UInt8(ascii: "["): symbol = one(.leftBracket)
        case UInt8(ascii: "]"): symbol = one(.rightBracket)
        case UInt8(ascii: "{"): symbol = one(.leftBrace)
        case UInt8(ascii: "}"): symbol = one(.rightBrace)
        case UInt8(ascii: ":"): symbol = one(.colon)
        case UInt8(ascii: "."): symbol = one(.dot)
        case UInt8(ascii: "+"): symbol = one(.plus)
        case UInt8(ascii: "-"): symbol = one(.minus)
        case UInt8(ascii: "*"): symbol = one(.star)
        case UInt8(ascii: "/"): symbol = one(.slash)
        case UInt8(ascii: "%"): symbol = one(.percent)
        case UInt8(ascii: "="): symbol = next == UInt8(ascii: "=") ? two(.equal) : one(.assign)
        case UInt8(ascii: "<"):
            if next == UInt8(ascii: "=") { symbol = two(.lessEqual) }
            else if next == UInt8(ascii: ">") { symbol = two(.notEqual) }
            else { symbol = one(.less) }
        case UInt8(ascii: ">"): symbol = next == UInt8(ascii: "=") ? two(.greaterEqual) : one(.greater)
        case UInt8(ascii: "!"):
            guard next == UInt8(ascii: "=") else {
                throw Diagnostic(.lexer, LexerMessage.unexpectedCharacter, ["character": "!"], source: source,
                                 span: Span(start, start + 1), hint: Message(LexerMessage.useNotOrNotEqual))
            }
            symbol = two(.notEqual)
        case UInt8(ascii: "~") where next == UInt8(ascii: "="): symbol = two(.tildeEqual)
        case UInt8(ascii: "&"), UInt8(ascii: "^"), UInt8(ascii: "~"),
             UInt8(ascii: "@"), UInt8(ascii: "?"), UInt8(ascii: "\\"):
            let character = String(decoding: [byte], as: UTF8.self)
            let hint: Message? = switch byte {
            case UInt8(ascii: "&"): Message(LexerMessage.useAnd)
            default: nil
            }
            throw Diagnostic(.lexer, LexerMessage.unexpectedCharacter, ["character": .text(character)], source: source,
                             span: Span(start, start + 1), hint: hint)
        default:
            let length = utf8Length(byte)
            let end = min(bytes.count, start + length)
            let character = String(decoding: bytes[start..<end], as: UTF8.self)
            throw Diagnostic(.lexer, LexerMessage.unexpectedCharacter, ["character": .text(character)], source: source,
                             span: Span(start, end),
                             hint: character == "“" || character == "”" ? Message(LexerMessage.useStraightQuotes) : nil)
        }
        let token = Token(.symbol(symbol), Span(start, position))
        if symbol == .leftBrace, opensBlock {
            // Inside a block, statements end at newlines and `;` as at the top level.
            tokens.append(token)
            enclosingStatements.append(statementStart)
            tokens.append(Token(.end, Span(position, position)))
            statementStart = tokens.count
            return
        }
        if symbol == .rightBrace, depth == 0, let enclosing = enclosingStatements.popLast() {
            appendEnd(at: start)
            tokens.append(token)
            statementStart = enclosing
            return
        }
        switch symbol {
        case .leftParen, .leftBracket, .leftBrace:
            depth += 1
            openBrackets.append(token)
        case .rightParen, .rightBracket, .rightBrace:
            if depth > 0 {
                depth -= 1
                openBrackets.removeLast()
            }
        default:
            break
        }
        tokens.append(token)
    }

    private mutating func lexWord() {
        let start = position
        let word = readWord()
        if let keyword = Keyword(rawValue: word) {
            tokens.append(Token(.keyword(keyword), Span(start, position)))
        } else {
            tokens.append(Token(.identifier(word), Span(start, position)))
        }
    }

    private mutating func lexQuotedIdentifier() throws(Diagnostic) {
        let start = position
        position += 1
        let contentStart = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "`"), bytes[position] != UInt8(ascii: "\n") {
            position += 1
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "`") else {
            throw Diagnostic(.lexer, LexerMessage.unterminatedQuotedName, source: source, span: Span(start, position),
                             hint: Message(LexerMessage.closeWithBacktick))
        }
        let name = String(decoding: bytes[contentStart..<position], as: UTF8.self)
        position += 1
        guard !name.isEmpty else {
            throw Diagnostic(.lexer, LexerMessage.emptyQuotedName, source: source, span: Span(start, position))
        }
        tokens.append(Token(.identifier(name), Span(start, position)))
    }

    private mutating func lexNumber() throws(Diagnostic) {
        let start = position
        var digits: [UInt8] = []
        var isDecimal = false
        func readDigits(into digits: inout [UInt8]) {
            while position < bytes.count {
                let byte = bytes[position]
                if isDigit(byte) {
                    digits.append(byte)
                } else if byte == UInt8(ascii: "_"), position + 1 < bytes.count, isDigit(bytes[position + 1]),
                          !digits.isEmpty {
                    // `1_500_000`: separators only between digits.
                } else {
                    break
                }
                position += 1
            }
        }
        readDigits(into: &digits)
        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), isDigit(bytes[position + 1]) {
            isDecimal = true
            digits.append(UInt8(ascii: "."))
            position += 1
            readDigits(into: &digits)
            if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), isDigit(bytes[position + 1]) {
                // `1.2.3` is not a number followed by a field: say so at the number.
                while position < bytes.count, isDigit(bytes[position]) || bytes[position] == UInt8(ascii: ".")
                        || bytes[position] == UInt8(ascii: "_") {
                    position += 1
                }
                throw Diagnostic(.lexer, LexerMessage.invalidNumber, ["text": shortened(Span(start, position))], source: source,
                                 span: Span(start, position), hint: Message(LexerMessage.oneDecimalPoint))
            }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            var lookahead = position + 1
            if lookahead < bytes.count, bytes[lookahead] == UInt8(ascii: "+") || bytes[lookahead] == UInt8(ascii: "-") {
                lookahead += 1
            }
            if lookahead < bytes.count, isDigit(bytes[lookahead]) {
                isDecimal = true
                digits.append(contentsOf: bytes[position..<lookahead])
                position = lookahead
                readDigits(into: &digits)
            }
        }
        if position < bytes.count, isLetter(bytes[position]) {
            while position < bytes.count, isWordByte(bytes[position]) { position += 1 }
            let text = source.text(of: Span(start, position))
            let letters = text.drop { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "_") }
            let hint = text.hasPrefix("0x") || text.hasPrefix("0X")
                ? Message(LexerMessage.noHexadecimal)
                : letters == "e" || letters == "E" ? Message(LexerMessage.exponentNeedsDigits)
                : Message(LexerMessage.nameStartsWithDigit, ["text": .text(text)])
            throw Diagnostic(.lexer, LexerMessage.invalidNumber, ["text": shortened(Span(start, position))], source: source,
                             span: Span(start, position), hint: hint)
        }
        let text = String(decoding: digits, as: UTF8.self)
        let span = Span(start, position)
        if isDecimal {
            switch DecimalNumber.parse(digits) {
            case .success(let value):
                tokens.append(Token(.decimal(value), span))
            case .failure(.tooPrecise):
                throw Diagnostic(.lexer, LexerMessage.tooManyDigits, ["text": shortened(span)],
                                 source: source, span: span,
                                 hint: Message(LexerMessage.decimalPrecision, ["scale": .number(DecimalNumber.maximumScale)]))
            case .failure:
                throw Diagnostic(.lexer, LexerMessage.numberOutOfRange, ["text": shortened(span)], source: source, span: span,
                                 hint: Message(LexerMessage.numberRange))
            }
        } else {
            guard let value = Int64(text) else {
                throw Diagnostic(.lexer, LexerMessage.integerTooLarge, ["text": shortened(span)], source: source, span: span,
                                 hint: Message(LexerMessage.integerRange))
            }
            tokens.append(Token(.integer(value), span))
        }
    }

    /// A literal as the message quotes it: a 10,000-digit number must not make a 10,000-byte
    /// message (the caret line already shows where it is).
    private func shortened(_ span: Span) -> MessageArgument {
        let text = source.text(of: span)
        guard text.count > 40 else { return .text(text) }
        return .message(Message(LexerMessage.shortenedLiteral, ["start": .text(String(text.prefix(32))), "count": .number(text.count)]))
    }

    /// An open bracket as a message quotes it: `(`.
    private func bracketText(_ token: Token) -> String {
        if case .symbol(let symbol) = token.kind { return symbol.rawValue }
        return source.text(of: token.span)
    }

    private mutating func lexString(quote: UInt8) throws(Diagnostic) {
        let start = position
        position += 1
        var content: [UInt8] = []
        while true {
            guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else {
                throw Diagnostic(.lexer, LexerMessage.unterminatedString, source: source, span: Span(start, position),
                                 hint: Message(LexerMessage.closeStringOnSameLine,
                                               ["quote": .text(quote == UInt8(ascii: "\"") ? "\"" : "'")]))
            }
            let byte = bytes[position]
            if byte == quote {
                position += 1
                break
            }
            if byte == UInt8(ascii: "\\") {
                let escapeStart = position
                position += 1
                guard position < bytes.count else { continue }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): content.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): content.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "r"): content.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "0"): content.append(0)
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): content.append(escaped)
                case UInt8(ascii: "u"):
                    content.append(contentsOf: try lexUnicodeEscape(escapeStart: escapeStart))
                default:
                    throw Diagnostic(.lexer, LexerMessage.unknownEscape, ["character": .text(String(decoding: [escaped], as: UTF8.self))],
                                     source: source, span: Span(escapeStart, position),
                                     hint: Message(LexerMessage.escapesAre))
                }
                continue
            }
            content.append(byte)
            position += 1
        }
        tokens.append(Token(.string(String(decoding: content, as: UTF8.self)), Span(start, position)))
    }

    private mutating func lexUnicodeEscape(escapeStart: Int) throws(Diagnostic) -> [UInt8] {
        let source = self.source
        let bytes = self.bytes
        let bad = { (stop: Int) in
            // Underline the whole escape up to its closing brace when there is one nearby.
            var end = stop
            var probe = stop - 1
            let braced = escapeStart + 2 < bytes.count && bytes[escapeStart + 2] == UInt8(ascii: "{")
            while braced, probe < bytes.count, probe < escapeStart + 16, probe >= 0 {
                let byte = bytes[probe]
                if byte == UInt8(ascii: "}") { end = probe + 1; break }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\n") { break }
                probe += 1
            }
            return Diagnostic(.lexer, LexerMessage.invalidUnicodeEscape, source: source, span: Span(escapeStart, max(end, stop)),
                              hint: Message(LexerMessage.unicodeEscapeForm))
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { throw bad(position) }
        position += 1
        let digitsStart = position
        while position < bytes.count, isHexDigit(bytes[position]) { position += 1 }
        let hex = String(decoding: bytes[digitsStart..<position], as: UTF8.self)
        guard position < bytes.count, bytes[position] == UInt8(ascii: "}"), (1...6).contains(hex.count),
              let scalarValue = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(scalarValue) else {
            throw bad(min(position + 1, bytes.count))
        }
        position += 1
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func lexDotCommand() throws(Diagnostic) {
        let start = position
        position += 1
        let name = readWord()
        var arguments: [String] = []
        while true {
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")
                || bytes[position] == UInt8(ascii: "\r") {
                position += 1
            }
            guard position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "#"),
                  bytes[position] != UInt8(ascii: ";") else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                try lexString(quote: byte)
                if case .string(let text) = tokens.removeLast().kind { arguments.append(text) }
            } else {
                let argumentStart = position
                while position < bytes.count, ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"),
                                                UInt8(ascii: "\r"), UInt8(ascii: ";")].contains(bytes[position]) {
                    position += 1
                }
                arguments.append(String(decoding: bytes[argumentStart..<position], as: UTF8.self))
            }
        }
        tokens.append(Token(.dotCommand(name: name, arguments: arguments), Span(start, position)))
        appendEnd(at: position)
    }

    // MARK: - Bytes

    private mutating func skipBlanksAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                position += 1
            } else if byte == UInt8(ascii: "#") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else if byte == 0xEF, position == 0, peek(1) == 0xBB, peek(2) == 0xBF {
                position += 3 // UTF-8 byte order mark
            } else {
                return
            }
        }
    }

    private mutating func readWord() -> String {
        let start = position
        while position < bytes.count, isWordByte(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private func peek(_ offset: Int) -> UInt8 {
        position + offset < bytes.count ? bytes[position + offset] : 0
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102)
    }
    /// ASCII letters, `_`, and any non-ASCII byte, so Indonesian or other UTF-8 names work.
    private func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "_") || byte >= 0x80
            && !isUnicodePunctuationLead(byte)
    }
    private func isWordByte(_ byte: UInt8) -> Bool { Lexer.isNameByte(byte) }

    /// The bytes a name continues with: ASCII letters and digits, `_`, and any UTF-8 byte.
    /// Completion uses the same rule to find the word under the cursor.
    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// Lead byte of a typographic quote or dash (E2 80 xx), which should not start a name.
    private func isUnicodePunctuationLead(_ byte: UInt8) -> Bool { byte == 0xE2 }

    private func utf8Length(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
