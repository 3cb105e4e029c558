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

    public init(entity: Entity, fields: [FieldSchema], collections: [CollectionSchema]) {
        self.entity = entity
        self.fields = fields
        self.collections = collections
    }

    public func field(named name: String) -> FieldSchema? {
        fields.first { $0.name == name }
    }

    public func collection(named name: String) -> CollectionSchema? {
        collections.first { $0.name == name }
    }

    /// Every name that can follow a dot on this entity, for did-you-mean and completion.
    public var memberNames: [String] {
        fields.map(\.name) + collections.map(\.name)
    }

    /// The built-in schema, before any extra CSV columns are added.
    public static func builtIn(_ entity: Entity) -> EntitySchema {
        switch entity {
        case .pillar:
            EntitySchema(entity: .pillar, fields: [
                FieldSchema("code", .text, doc: "pillar code: governance, people, economy, environment, living, mobility"),
                FieldSchema("name", .text, doc: "English name, e.g. Smart Mobility"),
                FieldSchema("name_id", .text, nullable: true, doc: "Indonesian name, e.g. Mobilitas"),
            ], collections: [
                CollectionSchema(name: "programmes", target: .programme, backReference: "pillar"),
            ])
        case .opd:
            EntitySchema(entity: .opd, fields: [
                FieldSchema("code", .text, doc: "short code, e.g. DISHUB"),
                FieldSchema("name", .text, doc: "full name of the OPD"),
                FieldSchema("kind", .text, nullable: true, doc: "dinas, badan, satuan, kantor, …"),
                FieldSchema("head", .text, nullable: true, doc: "head of the OPD"),
            ], collections: [
                CollectionSchema(name: "programmes", target: .programme, backReference: "opd"),
            ])
        case .programme:
            EntitySchema(entity: .programme, fields: [
                FieldSchema("code", .text, doc: "programme code"),
                FieldSchema("name", .text, doc: "programme name"),
                FieldSchema("opd", .reference(.opd), doc: "the OPD that runs it"),
                FieldSchema("pillar", .reference(.pillar), doc: "its smart-city pillar"),
                FieldSchema("horizon", .enumeration(.horizon), doc: "quick-win, short, medium or long"),
                FieldSchema("start_year", .int, doc: "first year"),
                FieldSchema("end_year", .int, doc: "last year"),
                FieldSchema("budget", .int, nullable: true, doc: "budget in whole rupiah; null when unknown"),
                FieldSchema("status", .enumeration(.status), doc: "planned, ongoing, done, stalled or cancelled"),
            ], collections: [
                CollectionSchema(name: "indicators", target: .indicator, backReference: "programme"),
            ])
        case .indicator:
            EntitySchema(entity: .indicator, fields: [
                FieldSchema("code", .text, doc: "indicator code"),
                FieldSchema("programme", .reference(.programme), doc: "the programme it measures"),
                FieldSchema("name", .text, doc: "what is measured"),
                FieldSchema("unit", .text, nullable: true, doc: "unit of the figures, e.g. %, km, unit"),
                FieldSchema("polarity", .enumeration(.polarity), doc: "positive: more is better; negative: less is better"),
                FieldSchema("baseline", .decimal, nullable: true, doc: "value before the programme started"),
            ], collections: [
                CollectionSchema(name: "measurements", target: .measurement, backReference: "indicator"),
            ])
        case .measurement:
            EntitySchema(entity: .measurement, fields: [
                FieldSchema("indicator", .reference(.indicator), doc: "the indicator measured"),
                FieldSchema("year", .int, doc: "the year of the target"),
                FieldSchema("target", .decimal, doc: "target for the year"),
                FieldSchema("actual", .decimal, nullable: true, doc: "realisasi; null when not yet reported"),
                FieldSchema("achievement", .decimal, nullable: true, doc: "capaian in % (derived from target, actual and polarity)"),
                FieldSchema("band", .enumeration(.band), nullable: true, doc: "Permendagri 86/2017 band of the achievement (derived)"),
            ], collections: [])
        }
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
