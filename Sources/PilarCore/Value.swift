/// One kind of masterplan row (pillar, OPD, programme, …), as a position in the store's
/// catalog. The names, fields and rules of each kind live in that catalog (`Catalog` in
/// PilarStore), not here: a handle is all a value needs to carry, and it keeps `Value.ref`
/// small and cheap to compare.
public struct Entity: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The entity's position in its catalog, which is also its load order.
    public let id: Int

    public init(id: Int) {
        self.id = id
    }

    public static func < (lhs: Entity, rhs: Entity) -> Bool { lhs.id < rhs.id }

    public var description: String { "entity #\(id)" }
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
