import PilarCore

/// An expression as written, before names are resolved.
public indirect enum ExpressionKind: Sendable, Hashable {
    case integer(Int64)
    case decimal(DecimalNumber)
    case string(String)
    case boolean(Bool)
    case null
    /// A bare name: a field, a column, a relation of the row, or a source (`programmes`).
    case name(String)
    /// `$year`
    case parameter(String)
    /// `base.member`, e.g. `programme.opd.name`.
    case member(Expression, name: String, nameSpan: Span)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `x is null`, `x is not null`
    case isNull(Expression, negated: Bool)
    /// `x in [a, b]`, `x not in [a, b]`
    case inList(Expression, Expression, negated: Bool)
    /// `f(a, b)`; the name span is the function name's.
    case call(name: String, nameSpan: Span, arguments: [Expression])
    /// `x between a and b`, `x not between a and b`: inclusive at both ends.
    case between(Expression, Expression, Expression, negated: Bool)
    /// `[a, b, c]`
    case list([Expression])
    /// A pipeline used as a value: `count(programmes | where horizon == "quick-win")`.
    case pipeline(Pipeline)
}

/// An expression with the span of source it came from.
public struct Expression: Sendable, Hashable {
    public var kind: ExpressionKind
    public var span: Span

    public init(_ kind: ExpressionKind, _ span: Span) {
        self.kind = kind
        self.span = span
    }
}

public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-"
    case not
}

public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and, or, contains, startsWith = "starts_with"
    case endsWith = "ends_with", like, equalIgnoringCase = "~="
}
