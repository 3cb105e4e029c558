import PilarCore

/// A fixed set of text values a field may take, in their meaningful order (which is also the
/// order `sort` uses: quick-win before short, planned before ongoing, very low before very high).
public enum Domain: String, CaseIterable, Sendable, Hashable {
    case horizon, status, polarity, band

    public var values: [String] {
        switch self {
        case .horizon: Self.horizonValues
        case .status: Self.statusValues
        case .polarity: Self.polarityValues
        case .band: Self.bandValues
        }
    }

    // Built once: sorting and comparing by an enum field asks for these for every pair of rows.
    private static let horizonValues = ["quick-win", "short", "medium", "long"]
    private static let statusValues = ["planned", "ongoing", "done", "stalled", "cancelled"]
    private static let polarityValues = ["positive", "negative"]
    private static let bandValues = AchievementBand.allCases.map(\.label)

    /// The values in `language`, in the domain's order: the Permendagri names for band in
    /// Indonesian; the other domains' values are code and the same in both languages.
    public func values(in language: Language) -> [String] {
        self == .band && language == .indonesian ? Self.bandIndonesianValues : values
    }

    /// Every name a value is accepted by in a query, whatever the session's language: the
    /// English values, then the Indonesian band names.
    public var acceptedValues: [String] {
        self == .band ? Self.bandValues + Self.bandIndonesianValues : values
    }

    /// How the stored (English) `value` shows in `language`; unchanged when it is not a
    /// member or has no other name.
    public func display(_ value: String, in language: Language) -> String {
        guard self == .band, language == .indonesian, let index = Self.bandValues.firstIndex(of: value) else { return value }
        return Self.bandIndonesianValues[index]
    }

    private static let bandIndonesianValues = AchievementBand.allCases.map { $0.label(in: .indonesian) }

    /// The position of a value in the domain, or nil when it is not a member. A band's
    /// Indonesian name has the position of its English one; the English names are looked up
    /// first, so stored values (always English) cost no more than before.
    public func ordinal(of value: String) -> Int? {
        if let index = values.firstIndex(of: value) { return index }
        return self == .band ? Self.bandIndonesianValues.firstIndex(of: value) : nil
    }
}

/// The Permendagri 86/2017 achievement scale. Kept as one table so the thresholds live in
/// exactly one place; `band(for:)` reads it.
public enum AchievementBand: Int, CaseIterable, Sendable, Comparable {
    case veryLow, low, medium, high, veryHigh

    /// Lower bounds (inclusive) of each band above "very low", highest first.
    public static let scale: [(minimum: Int64, band: AchievementBand)] = [
        (91, .veryHigh),
        (76, .high),
        (66, .medium),
        (51, .low),
    ]

    public var label: String {
        switch self {
        case .veryLow: "very low"
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .veryHigh: "very high"
        }
    }

    /// The band's name in `language`: in Indonesian the Permendagri 86/2017 "kriteria
    /// penilaian" (sangat tinggi … sangat rendah).
    public func label(in language: Language) -> String {
        switch language {
        case .english: label
        case .indonesian:
            switch self {
            case .veryLow: "sangat rendah"
            case .low: "rendah"
            case .medium: "sedang"
            case .high: "tinggi"
            case .veryHigh: "sangat tinggi"
            }
        }
    }

    /// The band of an exact achievement given as `numerator / denominator` (denominator > 0).
    /// Comparing the fraction itself, not a rounded quotient, keeps every edge exact.
    public static func band(numerator: Int128, denominator: Int128) -> AchievementBand {
        for step in scale where numerator >= Int128(step.minimum) * denominator {
            return step.band
        }
        return .veryLow
    }

    /// The band of an achievement already held as a decimal.
    public static func band(for achievement: DecimalNumber) -> AchievementBand {
        for step in scale where achievement.compare(toInteger: step.minimum) >= 0 {
            return step.band
        }
        return .veryLow
    }

    public static func < (lhs: AchievementBand, rhs: AchievementBand) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// Whether more of an indicator is better (positive) or worse (negative).
public enum Polarity: UInt8, Sendable {
    case positive = 0, negative = 1
}
