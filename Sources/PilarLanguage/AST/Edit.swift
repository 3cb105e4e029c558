import PilarCore

/// `insert SOURCE RECORD`, `insert SOURCE [RECORD, …]` and the same with `upsert`.
public struct InsertStatement: Sendable, Hashable {
    /// `upsert` sets the given fields of the row with the same key, inserting it when missing.
    public var upsert: Bool
    /// The source name as written (`measurements`), resolved by the checker.
    public var source: String
    public var sourceSpan: Span
    /// The span of the `insert`/`upsert` word, where a problem with the whole statement points.
    public var keywordSpan: Span
    public var records: [RecordLiteral]

    public init(upsert: Bool, source: String, sourceSpan: Span, keywordSpan: Span, records: [RecordLiteral]) {
        self.upsert = upsert
        self.source = source
        self.sourceSpan = sourceSpan
        self.keywordSpan = keywordSpan
        self.records = records
    }

    /// The word as written, for messages.
    public var verb: String { upsert ? "upsert" : "insert" }
}

/// `{field: expr, field: expr}`: the fields of one new or changed row.
public struct RecordLiteral: Sendable, Hashable {
    public var fields: [RecordField]
    /// From `{` to `}`.
    public var span: Span

    public init(fields: [RecordField], span: Span) {
        self.fields = fields
        self.span = span
    }
}

/// `field: expr` inside a record, or `field = expr` after `update`.
public struct RecordField: Sendable, Hashable {
    public var name: String
    public var nameSpan: Span
    public var value: Expression

    public init(name: String, nameSpan: Span, value: Expression) {
        self.name = name
        self.nameSpan = nameSpan
        self.value = value
    }
}

/// `update FIELD = EXPR`: the same shape as a record's field, written with `=`.
public typealias Assignment = RecordField
