import PilarCore
import PilarStore

/// The static type of an expression, as the checker infers it.
public indirect enum ValueType: Sendable, Hashable, CustomStringConvertible {
    case int, decimal, text, bool
    /// The type of the `null` literal: compatible with everything.
    case null
    case enumeration(Domain)
    /// One row of an entity (a reference such as `programme.opd`); shows as its code.
    case ref(Entity)
    /// Many rows: a relation (`opd.programmes`), a source, or a pipeline in an expression.
    case rows(RowType)
    /// Many values: a path through a relation (`programmes.budget`) or a list literal.
    case list(ValueType)

    public var description: String { name(in: nil) }

    /// How messages name the type; entity names come from the catalog.
    public func name(in catalog: Catalog?) -> String {
        func entityName(_ entity: Entity) -> String {
            guard let catalog, catalog.declarations.indices.contains(entity.id) else { return entity.description }
            return catalog[entity].singular
        }
        switch self {
        case .int: return "int"
        case .decimal: return "decimal"
        case .text: return "text"
        case .bool: return "bool"
        case .null: return "null"
        case .enumeration(let domain): return domain.rawValue
        case .ref(let entity): return entityName(entity)
        case .rows(let rowType): return "rows of \(rowType.entity.map(entityName) ?? "records")"
        case .list(let element): return "list of \(element.name(in: catalog))"
        }
    }

    var isNumeric: Bool { self == .int || self == .decimal || self == .null }
    init(_ fieldType: FieldType) {
        switch fieldType {
        case .int: self = .int
        case .decimal: self = .decimal
        case .text: self = .text
        case .enumeration(let domain): self = .enumeration(domain)
        case .reference(let entity): self = .ref(entity)
        }
    }
}

/// A computed column of a row type.
public struct ColumnInfo: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    /// Shows as a year (no thousands grouping) whatever its name: `p = previous.year`.
    public var isYear = false
    /// Made by `sparkline(…)`, directly or by naming such a column: shows as a picture in html.
    public var isSparkline = false

    /// The names a whole-number column shows as a year under: `year` and `…_year`.
    static func isYearName(_ name: String) -> Bool {
        name == "year" || name.hasSuffix("_year")
    }
}

/// The shape of the rows flowing between stages: rows of an entity (whose fields and
/// relations stay reachable) plus computed columns, or plain records.
public struct RowType: Sendable, Hashable {
    public var entity: Entity?
    public var columns: [ColumnInfo]

    public init(entity: Entity?, columns: [ColumnInfo] = []) {
        self.entity = entity
        self.columns = columns
    }

    func columnIndex(_ name: String) -> Int? {
        columns.lastIndex { $0.name == name }
    }
}
