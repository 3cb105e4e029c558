import PilarCore

/// Messages of the lexer: characters, numbers, strings and names it cannot read, and the
/// phrases that name a token in the parser's "expected …, found …" messages.
public enum LexerMessage: String, MessageKey {
    case semicolonInsideBracket, closeBracketFirst
    case expectedParameterName, parameterExample
    case unexpectedCharacter, useNotOrNotEqual, useAnd, useStraightQuotes
    case unterminatedQuotedName, closeWithBacktick, emptyQuotedName
    case invalidNumber, oneDecimalPoint, noHexadecimal, exponentNeedsDigits, nameStartsWithDigit
    case tooManyDigits, decimalPrecision, numberOutOfRange, numberRange, integerTooLarge, integerRange
    case shortenedLiteral
    case unterminatedString, closeStringOnSameLine, unknownEscape, escapesAre
    case invalidUnicodeEscape, unicodeEscapeForm
    // How a token reads in "found …".
    case quotedToken, numberToken, stringToken, parameterToken, endOfStatement, endOfInput

    public static let area = "lexer"

    public var english: String {
        switch self {
        case .semicolonInsideBracket: "';' inside an open '{bracket}'"
        case .closeBracketFirst: "close the bracket opened at {location} first"
        case .expectedParameterName: "expected a parameter name after '$'"
        case .parameterExample: "write $year and run with --set year=2019"
        case .unexpectedCharacter: "unexpected character '{character}'"
        case .useNotOrNotEqual: "use 'not' for negation, '!=' for inequality"
        case .useAnd: "use 'and'"
        case .useStraightQuotes: "use straight quotes \" \""
        case .unterminatedQuotedName: "unterminated quoted name"
        case .closeWithBacktick: "close it with a backtick: `like this`"
        case .emptyQuotedName: "empty quoted name"
        case .invalidNumber: "invalid number '{text}'"
        case .oneDecimalPoint: "a number has at most one decimal point"
        case .noHexadecimal: "write numbers in decimal digits: hexadecimal is not supported"
        case .exponentNeedsDigits: "an exponent needs digits, e.g. 1e3 or 2.5e-3"
        case .nameStartsWithDigit: "a name cannot start with a digit; quote it with backticks: `{text}`"
        case .tooManyDigits: "number '{text}' has more digits than pilar keeps exactly"
        case .decimalPrecision: "decimals keep up to {scale} decimals and 18 significant digits"
        case .numberOutOfRange: "number '{text}' is out of range"
        case .numberRange: "numbers range up to ±9.2 × 10^18"
        case .integerTooLarge: "integer '{text}' is too large"
        case .integerRange: "integers range up to 9_223_372_036_854_775_807"
        case .shortenedLiteral: "{start}… ({count} characters)"
        case .unterminatedString: "unterminated string"
        case .closeStringOnSameLine: "close it with {quote} on the same line"
        case .unknownEscape: "unknown escape '\\{character}' in string"
        case .escapesAre: "escapes are \\n \\t \\r \\0 \\\\ \\\" \\' and \\u{{…}}"
        case .invalidUnicodeEscape: "invalid unicode escape"
        case .unicodeEscapeForm: "write \\u{{1F600}}: one to six hex digits in braces, at most 10FFFF, not D800–DFFF"
        case .quotedToken: "'{text}'"
        case .numberToken: "number {value}"
        case .stringToken: "string \"{text}\""
        case .parameterToken: "parameter '${name}'"
        case .endOfStatement: "end of statement"
        case .endOfInput: "end of input"
        }
    }
}
