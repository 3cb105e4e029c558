import PilarCore

/// How the loader reads and checks one known column of a masterplan file.
enum CellKind: Sendable {
    /// Non-empty text, unique in its file; other files refer to the row by it.
    case code
    /// Non-empty text.
    case text
    /// Text; an empty cell is null.
    case optionalText
    /// The code of a row of another file.
    case reference(Entity)
    /// One of a domain's values, spelt exactly.
    case enumeration(Domain)
    /// A whole year in `LoaderLimits.years`.
    case year
    /// Whole rupiah, zero or more; an empty cell is null (unknown).
    case money
    /// A number.
    case decimal
    /// A number; an empty cell is null.
    case optionalDecimal
}

/// One known column of a masterplan file, in the order of the entity's built-in schema.
struct ColumnSpec: Sendable {
    let name: String
    let kind: CellKind
    /// Whether the header must have the column (optional ones are null throughout when absent).
    let requiredInHeader: Bool

    init(_ name: String, _ kind: CellKind, requiredInHeader: Bool = true) {
        self.name = name
        self.kind = kind
        self.requiredInHeader = requiredInHeader
    }

    /// The columns read from each file, in built-in schema order. Derived fields
    /// (achievement, band) are not read: they follow these in the schema.
    static func columns(of entity: Entity) -> [ColumnSpec] {
        switch entity {
        case .pillar:
            [ColumnSpec("code", .code), ColumnSpec("name", .text),
             ColumnSpec("name_id", .optionalText, requiredInHeader: false)]
        case .opd:
            [ColumnSpec("code", .code), ColumnSpec("name", .text), ColumnSpec("kind", .optionalText),
             ColumnSpec("head", .optionalText, requiredInHeader: false)]
        case .programme:
            [ColumnSpec("code", .code), ColumnSpec("name", .text),
             ColumnSpec("opd", .reference(.opd)), ColumnSpec("pillar", .reference(.pillar)),
             ColumnSpec("horizon", .enumeration(.horizon)),
             ColumnSpec("start_year", .year), ColumnSpec("end_year", .year),
             ColumnSpec("budget", .money), ColumnSpec("status", .enumeration(.status))]
        case .indicator:
            [ColumnSpec("code", .code), ColumnSpec("programme", .reference(.programme)),
             ColumnSpec("name", .text), ColumnSpec("unit", .optionalText),
             ColumnSpec("polarity", .enumeration(.polarity)), ColumnSpec("baseline", .optionalDecimal)]
        case .measurement:
            [ColumnSpec("indicator", .reference(.indicator)), ColumnSpec("year", .year),
             ColumnSpec("target", .decimal), ColumnSpec("actual", .optionalDecimal)]
        }
    }

    /// Fields pilar computes itself; a file may not supply them.
    static func derivedFields(of entity: Entity) -> [String] {
        entity == .measurement ? ["achievement", "band"] : []
    }
}

/// Bounds that keep hostile or mistaken input from exhausting memory or time.
enum LoaderLimits {
    /// Years outside this range are almost surely typos (`219`, `20199`).
    static let years: ClosedRange<Int64> = 1900...2200
    /// Beyond this many columns a header is not a masterplan (and schema lookups would crawl).
    static let maxColumns = 1000
    /// Longest cell text quoted back in a message.
    static let maxQuotedLength = 40
}
