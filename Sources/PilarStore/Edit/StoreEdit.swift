import PilarCore

/// One change to a store, as a statement of the language asks for it. The store checks it
/// with the same rules as the loader and applies all of it or none of it.
public enum StoreEdit: Sendable {
    /// New rows, each given as field name → value. Fields left out are null (an error for a
    /// required field). References and enum fields may be given as text (codes, enum values).
    case insert(Entity, rows: [[String: Value]])
    /// Rows matched by the entity's key (measurements: indicator and year; others: code):
    /// the given fields of an existing row are set, a missing row is inserted.
    case upsert(Entity, rows: [[String: Value]])
    /// For each row index in `rows`, the new values of `fields` (`values[i][j]` is the value of
    /// `fields[j]` for `rows[i]`).
    case update(Entity, rows: [Int32], fields: [String], values: [[Value]])
    /// Deletes the rows; rows of other entities that refer to them are deleted too when
    /// `cascade` is true, else the delete is refused naming how many there are.
    case delete(Entity, rows: [Int32], cascade: Bool)
    /// Adds an extra text column, null in every row, as an extra CSV column would be (a
    /// planner's "keterangan"; `.dump` uses it to rebuild the extra columns of loaded files).
    case addColumn(Entity, name: String)
}

/// What an applied edit produced: the new store (the old one is unchanged) and counts for the
/// message ("3 measurements updated").
public struct EditOutcome: Sendable {
    public var store: Store
    /// Rows inserted, updated and deleted per entity (cascaded deletes included).
    public var inserted: [Entity: Int]
    public var updated: [Entity: Int]
    public var deleted: [Entity: Int]
    /// One line for the user and `.changes`, e.g. "3 measurements updated", written in the
    /// reader's language when shown.
    public var summaryText: Message
    /// The summary in English (tests compare it).
    public var summary: String { summaryText.english }
    /// True when the statement matched no row: the session then keeps the store it had, and
    /// there is nothing to undo or save.
    public var changesNothing: Bool

    public init(store: Store, inserted: [Entity: Int] = [:], updated: [Entity: Int] = [:], deleted: [Entity: Int] = [:],
                summary: Message, changesNothing: Bool? = nil) {
        self.changesNothing = changesNothing
            ?? (inserted.values.allSatisfy { $0 == 0 } && updated.values.allSatisfy { $0 == 0 } && deleted.values.allSatisfy { $0 == 0 })
        self.store = store
        self.inserted = inserted
        self.updated = updated
        self.deleted = deleted
        self.summaryText = summary
    }

    /// An outcome summed up outside the store's catalogue (a test's stand-in store), shown as written.
    public init(store: Store, inserted: [Entity: Int] = [:], updated: [Entity: Int] = [:], deleted: [Entity: Int] = [:],
                summary: String, changesNothing: Bool? = nil) {
        self.init(store: store, inserted: inserted, updated: updated, deleted: deleted, summary: .verbatim(summary),  // verbatim-allowed: tests
                  changesNothing: changesNothing)
    }
}

/// Why an edit was refused. Nothing was changed. `record` and `field` say where, so the
/// language can point at the record or assignment that caused it.
public struct EditProblem: Error, Sendable, Equatable {
    public var text: Message
    public var hintText: Message?
    /// The message in English (tests compare it; hosts show `text` in their language).
    public var message: String { text.english }
    public var hint: String? { hintText?.english }
    /// Which of the given rows (index into `rows` of the edit), when one is to blame.
    public var record: Int?
    /// Which field, when one is to blame.
    public var field: String?

    public init(_ message: Message, hint: Message? = nil, record: Int? = nil, field: String? = nil) {
        self.text = message
        self.hintText = hint
        self.record = record
        self.field = field
    }

    /// A refusal made outside the store's catalogue (a test's stand-in store), shown as written.
    public init(_ message: String, hint: String? = nil, record: Int? = nil, field: String? = nil) {
        self.init(.verbatim(message), hint: hint.map(Message.verbatim), record: record, field: field)  // verbatim-allowed: tests
    }
}
