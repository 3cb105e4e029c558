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
}
