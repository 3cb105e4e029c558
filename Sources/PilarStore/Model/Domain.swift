import PilarCore

/// A fixed set of text values a field may take, in their meaningful order (which is also the
/// order `sort` uses: quick-win before short, planned before ongoing, very low before very high).
public enum Domain: String, CaseIterable, Sendable, Hashable {
    case horizon, status, polarity, band

    public var values: [String] {
        switch self {
        case .horizon: ["quick-win", "short", "medium", "long"]
        case .status: ["planned", "ongoing", "done", "stalled", "cancelled"]
        case .polarity: ["positive", "negative"]
        case .band: AchievementBand.allCases.map(\.label)
        }
    }

    /// The position of a value in the domain, or nil when it is not a member.
    public func ordinal(of value: String) -> Int? {
        values.firstIndex(of: value)
    }
}

/// The Permendagri 86/2017 achievement scale. Kept as one table so the thresholds live in
/// exactly one place; `band(for:)` reads it.
public enum AchievementBand: Int, CaseIterable, Sendable, Comparable {
    case veryLow, low, medium, high, veryHigh

    /// Lower bounds (inclusive) of each band above "very low", highest first.
    public static let scale: [(minimum: Double, band: AchievementBand)] = [
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

    public static func band(for achievement: Double) -> AchievementBand {
        for step in scale where achievement >= step.minimum {
            return step.band
        }
        return .veryLow
    }

    public static func < (lhs: AchievementBand, rhs: AchievementBand) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// Achievement (capaian) of one measurement, in percent, not capped at 100.
///
/// Positive polarity: `actual / target × 100`. Negative polarity (lower is better):
/// `(2 × target − actual) / target × 100`. Nil when actual or target is missing or target is 0.
public func achievement(target: Double?, actual: Double?, polarity: Polarity) -> Double? {
    guard let target, let actual, target != 0 else { return nil }
    switch polarity {
    // Multiplying before dividing keeps exact cases exact (4.55 of 5 is 91, not 90.999…),
    // so a measurement on a band's edge lands in the higher band, as the scale intends.
    case .positive: return actual * 100 / target
    case .negative: return (2 * target - actual) * 100 / target
    }
}

/// Whether more of an indicator is better (positive) or worse (negative).
public enum Polarity: UInt8, Sendable {
    case positive = 0, negative = 1
}
