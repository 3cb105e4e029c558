import PilarCore

/// One statement of a script.
public enum StatementKind: Sendable, Hashable {
    /// A pipeline whose result is shown.
    case query(Pipeline)
    /// `let name = pipeline`
    case `let`(name: String, nameSpan: Span, pipeline: Pipeline)
    /// `print expr`
    case print(Expression)
    /// `insert SOURCE {…}` / `upsert SOURCE [{…}, …]`
    case insert(InsertStatement)
    /// `check` or `check RULE`: the data-quality rules, or one of them.
    case check(rule: String?, ruleSpan: Span?)
    /// `.name arg …`
    case dotCommand(name: String, arguments: [String])
    /// `param NAME [: TYPE] [= LITERAL]`
    case param(ParamDeclaration)
    /// `print "… {expr} …"`: a print whose string has braces (see `TextPiece`).
    case printText([TextPiece])
    /// `for each $row in PIPELINE { … }`
    case forEach(ForEachStatement)
    /// `if CONDITION { … } [else { … }]`
    case ifBlock(IfStatement)
}

/// A statement with its span.
public struct Statement: Sendable, Hashable {
    public var kind: StatementKind
    public var span: Span

    public init(_ kind: StatementKind, _ span: Span) {
        self.kind = kind
        self.span = span
    }
}

/// A parsed script: its statements and the source they came from.
public struct Script: Sendable {
    public var source: SourceFile
    public var statements: [Statement]

    public init(source: SourceFile, statements: [Statement]) {
        self.source = source
        self.statements = statements
    }
}
