import PilarCore

/// Numbers as people read them in the table and markdown formats: thousands grouped with
/// `,` (`1,500,000,000`) and decimals to two places (`1,234.57`).
///
/// Decimals are exact, so rounding works on the digits a planner typed, half away from zero:
/// 2.675 shows as `2.68`. A value that rounds to zero never shows a minus sign (`-0.001` →
/// `0.00`).
enum DisplayNumber {
    static func grouped(_ value: Int64) -> String {
        var digits = Array(String(value.magnitude).utf8)
        digits = group(digits[...])
        if value < 0 { digits.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// An int in a decimal column, with `.00` so the points line up. Done on the digits,
    /// not through Double, so ints past 2^53 keep every digit.
    static func groupedFixed(_ value: Int64, fractionDigits: Int = 2) -> String {
        grouped(value) + "." + String(repeating: "0", count: fractionDigits)
    }

    static func fixed(_ value: DecimalNumber, fractionDigits: Int = 2) -> String {
        // Rounding is exact, on the decimal digits themselves, half away from zero.
        let text = value.text(decimals: fractionDigits)
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let point = body.firstIndex(of: ".") ?? body.endIndex
        let integerDigits = Array(body[..<point].utf8)
        let isZero = !body.contains { $0 != "0" && $0 != "." }
        var out: [UInt8] = negative && !isZero ? [UInt8(ascii: "-")] : []
        out += group(integerDigits[...])
        out += Array(body[point...].utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII digits with a `,` before every group of three counted from the right.
    static func group(_ digits: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3)
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(digit)
        }
        return out
    }
}
