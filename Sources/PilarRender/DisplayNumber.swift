/// Numbers as people read them in the table and markdown formats: thousands grouped with
/// `,` (`1,500,000,000`) and decimals to two places (`1,234.57`).
///
/// Rounding is done on the decimal digits of the value's shortest round-trip form — the
/// digits the csv and json formats print — half away from zero. So 2.675 shows as `2.68`,
/// agreeing with the `2.675` a planner typed and sees in csv, rather than `2.67` from
/// rounding the binary neighbour 2.67499999…; and no `x * 100` step adds error of its own.
/// A value that rounds to zero never shows a minus sign (`-0.001` → `0.00`).
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

    static func fixed(_ value: Double, fractionDigits: Int = 2) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let (digits, pointPosition) = decimalDigits(of: value.magnitude)
        // `scaled` holds the digits of round(|value| × 10^fractionDigits).
        let keep = pointPosition + fractionDigits
        var scaled: [UInt8]
        var roundUp = false
        if keep < 0 {
            scaled = []
        } else if keep >= digits.count {
            scaled = digits + Array(repeating: 0, count: keep - digits.count)
        } else {
            scaled = Array(digits[..<keep])
            roundUp = digits[keep] >= 5
        }
        if roundUp {
            var index = scaled.count - 1
            while index >= 0, scaled[index] == 9 {
                scaled[index] = 0
                index -= 1
            }
            if index >= 0 { scaled[index] += 1 } else { scaled.insert(1, at: 0) }
        }
        if scaled.count < fractionDigits + 1 {
            scaled.insert(contentsOf: Array(repeating: 0, count: fractionDigits + 1 - scaled.count), at: 0)
        }
        var integerPart = scaled[..<(scaled.count - fractionDigits)]
        while integerPart.count > 1, integerPart.first == 0 { integerPart = integerPart.dropFirst() }
        let isZero = scaled.allSatisfy { $0 == 0 }
        var text: [UInt8] = value.sign == .minus && !isZero ? [UInt8(ascii: "-")] : []
        text += group(integerPart.map { $0 + UInt8(ascii: "0") }[...])
        if fractionDigits > 0 {
            text.append(UInt8(ascii: "."))
            text += scaled[(scaled.count - fractionDigits)...].map { $0 + UInt8(ascii: "0") }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The digits (0–9 values) of the shortest round-trip form of a non-negative finite
    /// value, and how many of them come before the decimal point (may be negative or
    /// exceed the digit count).
    static func decimalDigits(of value: Double) -> (digits: [UInt8], pointPosition: Int) {
        // Swift's description is the shortest round-trip form: `87.5`, `1e-05`, `1.5e+16`.
        let text = value.description.utf8
        var digits: [UInt8] = []
        var integerCount = 0
        var seenPoint = false
        var exponent = 0
        var index = text.startIndex
        while index != text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                exponent = Int(String(decoding: text[text.index(after: index)...], as: UTF8.self)) ?? 0
                break
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
                if !seenPoint { integerCount += 1 }
            }
            index = text.index(after: index)
        }
        return (digits, integerCount + exponent)
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
