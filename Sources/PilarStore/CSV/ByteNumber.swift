/// Number parsing straight from CSV bytes, so a million cells cost no `String`s.
public enum ByteNumber {
    /// The outcome of reading a whole number.
    public enum IntegerResult: Sendable, Hashable {
        case value(Int64)
        /// Digits only, but beyond the 64-bit range.
        case overflow(negative: Bool)
        /// Not a plain whole number (empty, letters, a decimal point, …).
        case invalid
    }

    /// Reads `[+-]digits`. Nothing else is allowed — no blanks, no separators.
    public static func integer(_ bytes: [UInt8], _ range: Range<Int>) -> IntegerResult {
        var index = range.lowerBound
        let end = range.upperBound
        guard index < end else { return .invalid }
        var negative = false
        if bytes[index] == ASCII.minus || bytes[index] == ASCII.plus {
            negative = bytes[index] == ASCII.minus
            index += 1
        }
        guard index < end else { return .invalid }
        // Accumulate negatively so that Int64.min still fits.
        var value: Int64 = 0
        var overflow = false
        while index < end {
            let digit = bytes[index] &- ASCII.zero
            guard digit < 10 else { return .invalid }
            if !overflow {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (minus, o2) = times.subtractingReportingOverflow(Int64(digit))
                if o1 || o2 { overflow = true } else { value = minus }
            }
            index += 1
        }
        if overflow { return .overflow(negative: negative) }
        if negative { return .value(value) }
        guard value != .min else { return .overflow(negative: false) }
        return .value(-value)
    }

    /// Reads `[+-]digits[.digits][e[+-]digits]` (digits may be missing on one side of the
    /// point: `.5`, `5.`). Nil for anything else, including `nan`, `inf`, hex and
    /// results too large for a Double.
    public static func decimal(_ bytes: [UInt8], _ range: Range<Int>) -> Double? {
        var index = range.lowerBound
        let end = range.upperBound
        guard index < end else { return nil }
        var negative = false
        if bytes[index] == ASCII.minus || bytes[index] == ASCII.plus {
            negative = bytes[index] == ASCII.minus
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var integerDigits = 0
        while index < end, ASCII.isDigit(bytes[index]) {
            if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[index] &- ASCII.zero) }
            digits += 1
            integerDigits += 1
            index += 1
        }
        if index < end, bytes[index] == ASCII.dot {
            index += 1
            while index < end, ASCII.isDigit(bytes[index]) {
                if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[index] &- ASCII.zero) }
                digits += 1
                fractionDigits += 1
                index += 1
            }
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        var hasExponent = false
        if index < end, bytes[index] == ASCII.lowerE || bytes[index] == ASCII.upperE {
            hasExponent = true
            index += 1
            if index < end, bytes[index] == ASCII.minus || bytes[index] == ASCII.plus { index += 1 }
            guard index < end, ASCII.isDigit(bytes[index]) else { return nil }
            while index < end, ASCII.isDigit(bytes[index]) { index += 1 }
        }
        guard index == end else { return nil }
        // Clinger's fast path: a mantissa below 2^53 divided by an exact power of ten is
        // correctly rounded, so it matches what `Double(String)` would give.
        if !hasExponent, digits <= 15, fractionDigits < powersOfTen.count {
            let value = Double(mantissa) / powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        // The rare long or exponent form: the grammar is checked, so the standard parser
        // sees only plain decimal text.
        let text = String(decoding: bytes[range], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
