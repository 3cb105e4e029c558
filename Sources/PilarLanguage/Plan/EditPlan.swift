import PilarCore
import PilarStore

/// A checked `field: value` of a record or `field = value` of an update: the stored field it
/// sets, how to compute the value, and where both were written (for located store errors).
public struct PlannedField: Sendable {
    public var name: String
    public var type: FieldType
    public var nullable: Bool
    public var value: BoundExpression
    public var nameSpan: Span
    public var valueSpan: Span
}

/// A checked record of an insert or upsert.
public struct PlannedRecord: Sendable {
    public var fields: [PlannedField]
    public var span: Span
}

/// A checked `insert`/`upsert` statement.
public struct PlannedInsert: Sendable {
    public var entity: Entity
    public var upsert: Bool
    public var records: [PlannedRecord]
    public var keywordSpan: Span
    public var span: Span
}

/// A checked `… | update …` or `… | delete` statement.
public struct PlannedRowEdit: Sendable {
    public enum Kind: Sendable {
        /// `plan` is the input extended with one column per field, last, holding the new
        /// values; the executor runs it once so the values see the rows before the change.
        case update(plan: LogicalPlan, fields: [PlannedField])
        case delete(cascade: Bool)
    }

    public var entity: Entity
    /// The rows to change (for update: without the value columns).
    public var input: LogicalPlan
    public var kind: Kind
    /// The whole update/delete stage, and its keyword.
    public var stageSpan: Span
    public var keywordSpan: Span
    public var span: Span
}
