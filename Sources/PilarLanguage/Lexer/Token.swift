import PilarCore

/// The kinds of token the lexer produces.
public enum TokenKind: Sendable, Hashable {
    case identifier(String)
    case integer(Int64)
    case decimal(DecimalNumber)
    case string(String)
    /// `$name`, a parameter set on the command line.
    case parameter(String)
    /// A whole dot-command line: `.format csv` → name "format", arguments ["csv"].
    case dotCommand(name: String, arguments: [String])
    case keyword(Keyword)
    case symbol(Symbol)
    /// The end of a statement: a newline that does not continue the statement, or `;`.
    case end
    case eof
}

/// Reserved words. Stage names (`where`, `select`, …) are not reserved: they are recognised by
/// position, so a field may still be called `count` or `top`.
public enum Keyword: String, CaseIterable, Sendable, Hashable {
    case and, or, not, `in`, `is`, null, `true`, `false`, `let`, print, `as`, by, asc, desc
    case contains, starts_with
    case ends_with, like, between
}

/// Punctuation and operators.
public enum Symbol: String, CaseIterable, Sendable, Hashable {
    case pipe = "|"
    case comma = ","
    case leftParen = "("
    case rightParen = ")"
    case leftBracket = "["
    case rightBracket = "]"
    case leftBrace = "{"
    case rightBrace = "}"
    case colon = ":"
    case dot = "."
    case assign = "="
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case percent = "%"
    /// `a ~= b`: equal ignoring case.
    case tildeEqual = "~="
}

/// One token and where it is.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var span: Span

    public init(_ kind: TokenKind, _ span: Span) {
        self.kind = kind
        self.span = span
    }

    /// Whether a statement continues on the next line when a line ends with this token.
    var continuesLine: Bool {
        switch kind {
        case .symbol(let symbol):
            switch symbol {
            case .pipe, .comma, .assign, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
                 .plus, .minus, .star, .slash, .percent, .tildeEqual, .leftParen, .leftBracket, .leftBrace, .dot, .colon:
                return true
            case .rightParen, .rightBracket, .rightBrace:
                return false
            }
        case .keyword(let keyword):
            switch keyword {
            case .and, .or, .not, .in, .is, .contains, .starts_with, .ends_with, .like, .between, .by, .as:
                return true
            default:
                return false
            }
        default:
            return false
        }
    }

    /// How the token reads in messages: `'|'`, `'budget'`, `end of input`; a message, so that
    /// "found end of input" is written in the user's language.
    public var phrase: Message {
        switch kind {
        case .identifier(let name): Message(LexerMessage.quotedToken, ["text": .text(name)])
        case .integer(let value): Message(LexerMessage.numberToken, ["value": .text(String(value))])
        case .decimal(let value): Message(LexerMessage.numberToken, ["value": .text(NumberText.decimal(value))])
        case .string(let text): Message(LexerMessage.stringToken, ["text": .text(text)])
        case .parameter(let name): Message(LexerMessage.parameterToken, ["name": .text(name)])
        case .dotCommand(let name, _): Message(LexerMessage.quotedToken, ["text": .text(".\(name)")])
        case .keyword(let keyword): Message(LexerMessage.quotedToken, ["text": .text(keyword.rawValue)])
        case .symbol(let symbol): Message(LexerMessage.quotedToken, ["text": .text(symbol.rawValue)])
        case .end: Message(LexerMessage.endOfStatement)
        case .eof: Message(LexerMessage.endOfInput)
        }
    }

    /// The phrase in English.
    public var description: String { phrase.english }
}
