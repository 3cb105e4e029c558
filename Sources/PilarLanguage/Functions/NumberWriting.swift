import PilarCore
import PilarRender

/// How `rupiah`, `percent` and `format` write a number as text.
///
/// Hand-written rather than through Foundation's `NumberFormatter`: that needs the ICU data
/// of the platform (absent from static Linux builds, different between macOS and Linux
/// versions) and works on Double, which would round 0.57 × 100 wrongly; these work on the
/// exact decimal digits, so a golden file reads the same everywhere.
enum NumberWriting {
    /// `Rp 1.250.000.000`: whole rupiah (half away from zero), always in Indonesian style
    /// whatever the session's locale, since it is how rupiah are written.
    static func rupiah(_ value: DecimalNumber) -> String {
        let whole = value.rounded(toDecimals: 0) ?? value
        let digits = DisplayNumber.fixed(whole.magnitude, fractionDigits: 0, locale: .indonesian)
        return (whole.isNegative && !whole.isZero ? "-" : "") + "Rp " + digits
    }

    /// The units of Indonesian budget documents: ribu, juta, miliar, triliun.
    private static let units: [(power: Int, name: String)] = [(3, "rb"), (6, "jt"), (9, "M"), (12, "T")]

    /// `Rp 1,25 M`, `Rp 500 jt`: in the largest unit the amount reaches, to two decimals
    /// (half away from zero) without trailing zeros; an amount that rounds up to 1.000 of a
    /// unit is written in the next one (`Rp 1 M`, not `Rp 1.000 jt`).
    static func rupiahShort(_ value: DecimalNumber) -> String {
        let magnitude = value.magnitude
        var unit = units.lastIndex { magnitude.compare(toInteger: DecimalNumber.powersOfTenInt64[$0.power]) >= 0 }
        var amount = scaled(magnitude, unit: unit)
        while amount.compare(toInteger: 1000) >= 0, (unit ?? -1) + 1 < units.count {
            unit = (unit ?? -1) + 1
            amount = scaled(magnitude, unit: unit)
        }
        let text = DisplayNumber.fixed(amount, fractionDigits: amount.scale, locale: .indonesian)
        let sign = value.isNegative && !amount.isZero ? "-" : ""
        return sign + "Rp " + text + (unit.map { " " + units[$0].name } ?? "")
    }

    /// The magnitude in `unit` (nil: rupiah), rounded as `rupiahShort` writes it.
    private static func scaled(_ magnitude: DecimalNumber, unit: Int?) -> DecimalNumber {
        guard let unit else { return (magnitude.rounded(toDecimals: 0) ?? magnitude).normalized }
        let divisor = DecimalNumber(DecimalNumber.powersOfTenInt64[units[unit].power]) ?? 1
        let amount = magnitude.dividing(by: divisor) ?? magnitude
        return (amount.rounded(toDecimals: 2) ?? amount).normalized
    }

    /// `85.5%` or, as Indonesians write it (EYD: the sign follows the number without a
    /// space), `85,5%`. The value is already a percentage, as `achievement` is.
    static func percent(_ value: DecimalNumber, digits: Int, locale: NumberLocale) -> String {
        DisplayNumber.fixed(value, fractionDigits: digits, locale: locale) + "%"
    }
}

/// A `format()` pattern, Excel/ICU style: `0` a digit always written, `#` a digit written when
/// needed, `,` in the whole part groups thousands, `.` starts the decimals; text before and
/// after the digits is written as it is (`Rp #,##0`, `0.0 %`). The separators written are
/// the session's locale's (`#,##0.00` gives `1.234,50` in `id`). Unlike Excel, `%` does not
/// multiply by 100 (pilar's percentages, such as achievement, already are) and a trailing
/// `,` does not divide by 1,000.
struct NumberPattern: Equatable {
    var prefix: String
    var suffix: String
    var minimumWholeDigits: Int
    var grouping: Bool
    var minimumDecimals: Int
    var maximumDecimals: Int

    /// Why a pattern cannot be read.
    enum Problem: Error, Equatable {
        case noDigits, twoPoints, groupedDecimals, twoNumbers

        var key: NumberFunctionMessage {
            switch self {
            case .noDigits: .patternWithoutDigits
            case .twoPoints: .patternTwoPoints
            case .groupedDecimals: .patternGroupedDecimals
            case .twoNumbers: .patternTwoNumbers
            }
        }
    }

    static func parse(_ pattern: String) throws(Problem) -> NumberPattern {
        let characters = Array(pattern)
        let isBody: (Character) -> Bool = { "#0,.".contains($0) }
        let isDigit: (Character) -> Bool = { $0 == "#" || $0 == "0" }
        guard let first = characters.firstIndex(where: isDigit) else { throw .noDigits }
        // The body may start with the point (`.00`) just before the first digit.
        var start = first
        while start > 0, isBody(characters[start - 1]) { start -= 1 }
        var end = first
        while end < characters.count, isBody(characters[end]) { end += 1 }
        let body = characters[start..<end]
        let suffix = characters[end...]
        if suffix.contains(where: isDigit) { throw .twoNumbers }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw .twoPoints }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : []
        if fraction.contains(",") { throw .groupedDecimals }
        return NumberPattern(
            prefix: String(characters[..<start]),
            suffix: String(suffix),
            minimumWholeDigits: max(1, whole.filter { $0 == "0" }.count),
            grouping: whole.contains(","),
            minimumDecimals: fraction.filter { $0 == "0" }.count,
            maximumDecimals: min(fraction.filter(isDigit).count, DecimalNumber.maximumScale)
        )
    }

    /// The value written with the pattern; a minus sign (for a value that does not round to
    /// zero) goes before the prefix, as in Excel: `-Rp 1.000`.
    func write(_ value: DecimalNumber, locale: NumberLocale) -> String {
        let rounded = value.rounded(toDecimals: maximumDecimals) ?? value
        var decimals = maximumDecimals
        // Drop the optional decimals (`#`) that are zeros.
        let plain = rounded.normalized
        decimals = max(minimumDecimals, min(decimals, plain.scale))
        var text = DisplayNumber.fixed(rounded.magnitude, fractionDigits: decimals, locale: locale, grouping: false)
        let point = text.firstIndex(of: Character(UnicodeScalar(locale.decimalSeparator))) ?? text.endIndex
        var whole = String(text[..<point])
        let rest = String(text[point...])
        if whole.count < minimumWholeDigits { whole = String(repeating: "0", count: minimumWholeDigits - whole.count) + whole }
        if grouping {
            whole = String(decoding: DisplayNumber.group(Array(whole.utf8)[...], separator: locale.groupSeparator), as: UTF8.self)
        }
        text = whole + rest
        let sign = rounded.isNegative && !rounded.isZero ? "-" : ""
        return sign + prefix + text + suffix
    }
}
