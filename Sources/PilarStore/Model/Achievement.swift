import PilarCore

/// Achievement (capaian) of one measurement, in percent, not capped at 100, and its band.
///
/// Positive polarity: `actual / target × 100`. Negative polarity (lower is better):
/// `(2 × target − actual) / target × 100`. None when actual or target is missing or the target
/// is 0. The fraction is formed exactly from the figures as written; the band compares that
/// fraction with the thresholds, and the value is the fraction rounded once to a decimal.
public enum Achievement {
    /// The most digits a measurement figure (target, actual, baseline) may have, as
    /// spreadsheets keep them. It bounds every intermediate product below 2^120, so the
    /// fraction and its comparison with the band edges are exact in 128-bit integers.
    public static let maximumFigureDigits = 15

    /// What a measurement's figures give.
    public enum Outcome: Sendable, Equatable {
        /// No actual yet, no target, or a zero target.
        case none
        case value(DecimalNumber, AchievementBand)
        /// The achievement's integer part is beyond what a decimal holds (±9.2 × 10^18 %).
        case outOfRange
    }

    public static func compute(target: DecimalNumber?, actual: DecimalNumber?, polarity: Polarity) -> Outcome {
        guard let target, let actual, !target.isZero else { return .none }
        guard let (numerator, denominator) = fraction(target: target, actual: actual, polarity: polarity) else {
            return .outOfRange
        }
        guard let value = DecimalNumber.quotient(numerator, denominator) else { return .outOfRange }
        return .value(value, AchievementBand.band(numerator: numerator, denominator: denominator))
    }

    /// False when the achievement surely fits (|actual / target| × 100 below 10^17, far inside
    /// the ±9.2 × 10^18 a decimal holds): a cheap bound in Doubles, close enough for it, with
    /// no division, so the exact check runs only for a tiny target.
    public static func mayBeOutOfRange(target: DecimalNumber, actual: DecimalNumber) -> Bool {
        // |a| / 10^sa × 100 ≥ |t| / 10^st × 10^17  ⇔  |a| × 100 × 10^st ≥ |t| × 10^17 × 10^sa
        let left = Double(actual.coefficient.magnitude) * 100 * DecimalNumber.doublePowersOfTen[target.scale]
        let right = Double(target.coefficient.magnitude) * 1e17 * DecimalNumber.doublePowersOfTen[actual.scale]
        return left >= right
    }


    /// The achievement as an exact fraction with a positive denominator; nil only when a
    /// product overflows 128 bits, which figures within `maximumFigureDigits` never do.
    static func fraction(target: DecimalNumber, actual: DecimalNumber, polarity: Polarity) -> (Int128, Int128)? {
        let common = max(target.scale, actual.scale)
        let t = Int128(target.coefficient) * DecimalNumber.powersOfTen[common - target.scale]
        let a = Int128(actual.coefficient) * DecimalNumber.powersOfTen[common - actual.scale]
        var numerator: Int128
        switch polarity {
        case .positive:
            numerator = a
        case .negative:
            let (doubled, o1) = t.multipliedReportingOverflow(by: 2)
            let (difference, o2) = doubled.subtractingReportingOverflow(a)
            guard !o1, !o2 else { return nil }
            numerator = difference
        }
        let (percent, overflow) = numerator.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        numerator = percent
        return t < 0 ? (-numerator, -t) : (numerator, t)
    }
}
