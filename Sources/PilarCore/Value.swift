/// The kinds of masterplan rows. Every row a query sees belongs to one of these, or is a
/// computed record with no entity.
public enum Entity: String, CaseIterable, Sendable, Hashable, Comparable {
    case pillar, opd, programme, indicator, measurement

    /// The source name of all rows of this entity (`programmes`).
    public var sourceName: String {
        switch self {
        case .pillar: "pillars"
        case .opd: "opds"
        case .programme: "programmes"
        case .indicator: "indicators"
        case .measurement: "measurements"
        }
    }

    /// The CSV file this entity is loaded from.
    public var fileName: String { sourceName + ".csv" }

    public static func < (lhs: Entity, rhs: Entity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One value in a query: a cell of a result, a field of a row, the result of an expression.
///
/// A reference to another row (`programme.opd`) is kept as the row itself, so it can be
/// navigated (`opd.name`); it shows and compares as the code of the row it refers to.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    /// An exact decimal; see `DecimalNumber` for its arithmetic.
    case decimal(DecimalNumber)
    case text(String)
    /// A row of the store, by entity and row index.
    case ref(Entity, Int32)

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// Whether the value is an int or a decimal.
    public var isNumber: Bool {
        switch self {
        case .int, .decimal: true
        default: false
        }
    }

    /// The numeric value as an exact decimal, for ints (but Int64.min) and decimals.
    public var asDecimal: DecimalNumber? {
        switch self {
        case .int(let value): DecimalNumber(value)
        case .decimal(let value): value
        default: nil
        }
    }
}

/// Formats numbers the way machine formats need them: in full, exactly, never in exponent form.
public enum NumberText {
    public static func decimal(_ value: DecimalNumber) -> String {
        value.description
    }
}
