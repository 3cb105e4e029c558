import PilarCore

/// The static type of a stored field.
public enum FieldType: Sendable, Hashable {
    case int
    case decimal
    case text
    /// Text restricted to a fixed domain (horizon, status, polarity, band).
    case enumeration(Domain)
    /// A reference to one row of another entity (`programme.opd`); never null once loaded.
    case reference(Entity)
}

/// One field of an entity, as `.schema` shows it and the checker resolves it.
public struct FieldSchema: Sendable, Hashable {
    public let name: String
    public let type: FieldType
    /// Whether the field can be null (unknown budget, missing actual, empty extra column).
    public let nullable: Bool
    /// A short explanation for `.schema` and `.help`.
    public let doc: String
    /// True for columns the CSV carried beyond the known ones; they are text.
    public let isExtra: Bool

    public init(_ name: String, _ type: FieldType, nullable: Bool = false, doc: String, isExtra: Bool = false) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.doc = doc
        self.isExtra = isExtra
    }
}

/// A one-to-many relation seen from the "one" side: `opd.programmes` is every programme whose
/// `opd` field refers to this OPD.
public struct CollectionSchema: Sendable, Hashable {
    /// The name used in queries (`programmes`).
    public let name: String
    /// The entity of the related rows.
    public let target: Entity
    /// The reference field on the target that points back here (`opd`).
    public let backReference: String

    public init(name: String, target: Entity, backReference: String) {
        self.name = name
        self.target = target
        self.backReference = backReference
    }
}

/// Everything a query can reach from one row of an entity: fields (including references to
/// other rows) and collections of related rows.
public struct EntitySchema: Sendable, Hashable {
    public let entity: Entity
    public private(set) var fields: [FieldSchema]
    public let collections: [CollectionSchema]
    /// The text field rows are referred to by (`code`), if any.
    public let codeField: String?
    /// Series in time, when the entity has them: `previous` and `next` navigate along it.
    public let sequence: SequenceDeclaration?

    public init(entity: Entity, fields: [FieldSchema], collections: [CollectionSchema], codeField: String? = nil,
                sequence: SequenceDeclaration? = nil) {
        self.sequence = sequence
        self.entity = entity
        self.fields = fields
        self.collections = collections
        self.codeField = codeField
    }

    public func field(named name: String) -> FieldSchema? {
        fields.first { $0.name == name }
    }

    public func collection(named name: String) -> CollectionSchema? {
        collections.first { $0.name == name }
    }

    /// Every name that can follow a dot on this entity, for did-you-mean and completion.
    public var memberNames: [String] {
        fields.map(\.name) + collections.map(\.name) + navigationNames
    }

    /// `previous` and `next` when the entity has a sequence, less any a field's name takes
    /// (a field, an extra CSV column included, wins: data is never hidden by a navigation).
    public var navigationNames: [String] {
        guard sequence != nil else { return [] }
        return SequenceDeclaration.navigations.map(\.name).filter { field(named: $0) == nil && collection(named: $0) == nil }
    }

    /// The step offset of a navigation name of this entity (`previous` is −1), or nil.
    public func navigationOffset(_ name: String) -> Int64? {
        navigationNames.contains(name) ? SequenceDeclaration.offset(of: name) : nil
    }

    /// The schema with extra text columns appended (from CSV headers beyond the known ones).
    public func adding(extraColumns names: [String]) -> EntitySchema {
        var copy = self
        for name in names where copy.field(named: name) == nil && copy.collection(named: name) == nil {
            copy.fields.append(FieldSchema(name, .text, nullable: true, doc: "extra CSV column", isExtra: true))
        }
        return copy
    }
}
