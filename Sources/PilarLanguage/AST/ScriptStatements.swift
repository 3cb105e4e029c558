import PilarCore

/// The types a `param` may declare: the scalar types of the language (see `ValueType`).
public enum ParamType: String, Sendable, Hashable, CaseIterable {
    case int, decimal, text, bool

    /// The checker's type of a value of this declared type.
    var valueType: ValueType {
        switch self {
        case .int: .int
        case .decimal: .decimal
        case .text: .text
        case .bool: .bool
        }
    }
}

/// `param NAME [: TYPE] [= LITERAL]`: a script parameter, given with `--set NAME=…` or by its default.
public struct ParamDeclaration: Sendable, Hashable {
    public var name: String
    public var nameSpan: Span
    public var type: ParamType?
    public var defaultValue: Expression?

    public init(name: String, nameSpan: Span, type: ParamType?, defaultValue: Expression?) {
        self.name = name
        self.nameSpan = nameSpan
        self.type = type
        self.defaultValue = defaultValue
    }
}

/// `for each $row in PIPELINE { … }`: the block runs once per row, `$row` bound to it.
public struct ForEachStatement: Sendable, Hashable {
    public var variable: String
    public var variableSpan: Span
    public var pipeline: Pipeline
    public var body: [Statement]

    public init(variable: String, variableSpan: Span, pipeline: Pipeline, body: [Statement]) {
        self.variable = variable
        self.variableSpan = variableSpan
        self.pipeline = pipeline
        self.body = body
    }
}

/// `if CONDITION { … } [else { … }]`
public struct IfStatement: Sendable, Hashable {
    public var condition: Expression
    public var then: [Statement]
    public var otherwise: [Statement]

    public init(condition: Expression, then: [Statement], otherwise: [Statement]) {
        self.condition = condition
        self.then = then
        self.otherwise = otherwise
    }
}

/// One piece of `print "text {expr} text"`: literal text, or an expression written in place.
public enum TextPiece: Sendable, Hashable {
    case literal(String)
    case expression(Expression)
}
