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
    case decimal(Double)
    case text(String)
    /// A row of the store, by entity and row index.
    case ref(Entity, Int32)

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The numeric value as a Double, for ints and decimals.
    public var asDouble: Double? {
        switch self {
        case .int(let value): Double(value)
        case .decimal(let value): value
        default: nil
        }
    }
}

/// Formats numbers the way machine formats need them: in full, the shortest text that reads
/// back to the same value, never in exponent form for ordinary magnitudes.
public enum NumberText {
    public static func decimal(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        let shortest = "\(value)"
        // Scanning bytes, not characters: this runs once per cell of a large CSV export.
        guard let exponentIndex = shortest.utf8.firstIndex(of: UInt8(ascii: "e")) else {
            return shortest
        }
        // Expand `1.5e-05` into `0.000015` so CSV readers that lack exponents still cope.
        let mantissa = String(shortest[..<exponentIndex])
        guard let exponent = Int(shortest[shortest.index(after: exponentIndex)...]) else { return shortest }
        let negative = mantissa.hasPrefix("-")
        let digitsPart = negative ? String(mantissa.dropFirst()) : mantissa
        let pieces = digitsPart.split(separator: ".", omittingEmptySubsequences: false)
        let intDigits = String(pieces[0])
        let fracDigits = pieces.count > 1 ? String(pieces[1]) : ""
        var digits = intDigits + fracDigits
        var point = intDigits.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: -point + 1) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var integerPart = String(digits.prefix(point))
        var fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        while integerPart.count > 1, integerPart.hasPrefix("0") { integerPart.removeFirst() }
        let body = fraction.isEmpty ? integerPart : integerPart + "." + fraction
        return negative ? "-" + body : body
    }
}
