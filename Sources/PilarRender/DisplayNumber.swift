import PilarCore

/// Numbers as people read them in the table and markdown formats: thousands grouped
/// (`1,500,000,000`, or `1.500.000.000` in the Indonesian locale) and decimals to the places
/// their column needs (`DisplayGrid` decides how many).
///
/// Decimals are exact, so rounding works on the digits a planner typed, half away from zero:
/// 2.675 shows as `2.68`. A value that rounds to zero never shows a minus sign (`-0.001` →
/// `0.00`).
public enum DisplayNumber {
    public static func grouped(_ value: Int64, locale: NumberLocale = .english) -> String {
        var digits = Array(String(value.magnitude).utf8)
        digits = group(digits[...], separator: locale.groupSeparator)
        if value < 0 { digits.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// An int in a decimal column, with `.00` so the points line up. Done on the digits,
    /// not through Double, so ints past 2^53 keep every digit.
    public static func groupedFixed(_ value: Int64, fractionDigits: Int = 2, locale: NumberLocale = .english) -> String {
        guard fractionDigits > 0 else { return grouped(value, locale: locale) }
        return grouped(value, locale: locale) + String(UnicodeScalar(locale.decimalSeparator))
            + String(repeating: "0", count: fractionDigits)
    }

    public static func fixed(_ value: DecimalNumber, fractionDigits: Int = 2, locale: NumberLocale = .english,
                             grouping: Bool = true) -> String {
        // Rounding is exact, on the decimal digits themselves, half away from zero.
        let text = value.text(decimals: fractionDigits)
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let point = body.firstIndex(of: ".") ?? body.endIndex
        let integerDigits = Array(body[..<point].utf8)
        let isZero = !body.contains { $0 != "0" && $0 != "." }
        var out: [UInt8] = negative && !isZero ? [UInt8(ascii: "-")] : []
        out += grouping ? group(integerDigits[...], separator: locale.groupSeparator) : integerDigits
        if point < body.endIndex {
            out.append(locale.decimalSeparator)
            out += Array(body[body.index(after: point)...].utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The decimals a value needs to show in full, up to `limit`: `1.50` needs 1, `2.675`
    /// needs 3 (so 2 with the default limit). A value from `round(x, n)` needs its n.
    public static func neededDecimals(_ value: DecimalNumber, limit: Int) -> Int {
        if value.keepsScale { return value.scale }
        return min(value.normalized.scale, max(limit, 0))
    }

    /// ASCII digits with `separator` before every group of three counted from the right.
    public static func group(_ digits: ArraySlice<UInt8>, separator: UInt8 = UInt8(ascii: ",")) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3)
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return out
    }
}
