/// An exact decimal number, `coefficient × 10^-scale`: the type of every non-integer figure in
/// pilar (targets, actuals, baselines, achievements, decimal literals, averages).
///
/// Binary floating point cannot hold 0.57 or 0.75, so `0.57 × 100 / 0.75` came out as
/// 75.99999999999999 and a measurement on a band edge fell into the band below. Figures as
/// planners write them are decimal, so pilar computes on decimals: addition, subtraction and
/// multiplication are exact while the result has at most 18 decimals and fits the 64-bit
/// coefficient; a quotient is exact when it terminates within that room and otherwise rounded
/// once, half away from zero, in its last kept digit. There is no NaN and no infinity: a result
/// whose integer part does not fit (beyond ±9.2 × 10^18) is an overflow (the operations return
/// nil, and the language reports a located error).
///
/// Equality and hashing are by value: `1.5 == 1.50`. A figure of up to 18 digits keeps the
/// scale it was written with (`0.750` has three decimals), but machine formats print the
/// shortest form.
public struct DecimalNumber: Sendable {
    /// The digits as an integer; never `Int64.min`, so negation and `abs` cannot overflow.
    public let coefficient: Int64
    /// How many of the coefficient's digits are decimals, 0 to `maximumScale`. Kept in a byte
    /// so an optional decimal is 16 bytes, as an optional Double was: a million-row column
    /// costs no more than before.
    private let storedScale: UInt8
    public var scale: Int { Int(storedScale) }
    /// True when the decimals were asked for (`round(x, 1)` gives `13.0`): people's formats
    /// then show exactly `scale` decimals instead of the ones the value needs. Arithmetic
    /// results never keep it; equality and hashing ignore it.
    public let keepsScale: Bool

    /// The most decimals a value keeps.
    public static let maximumScale = 18

    /// A value from a coefficient and scale that are known to be in range.
    @inline(__always)
    init(uncheckedCoefficient coefficient: Int64, scale: Int, keepsScale: Bool = false) {
        self.coefficient = coefficient
        self.storedScale = UInt8(truncatingIfNeeded: scale)
        self.keepsScale = keepsScale
    }

    /// The same value written with exactly `decimals` decimals (0 to 18), shown that way
    /// (`keepsScale`); nil when the padded coefficient does not fit (then it is shown as needed).
    public func keepingScale(_ decimals: Int) -> DecimalNumber? {
        guard decimals >= 0, decimals <= DecimalNumber.maximumScale else { return nil }
        guard let value = decimals < scale ? rounded(toDecimals: decimals) : self else { return nil }
        let (padded, overflow) = value.coefficient.multipliedReportingOverflow(
            by: DecimalNumber.powersOfTenInt64[decimals - value.scale])
        guard !overflow, padded != .min else { return nil }
        return DecimalNumber(uncheckedCoefficient: padded, scale: decimals, keepsScale: true)
    }

    /// A whole number; nil only for `Int64.min`, which has no positive counterpart.
    public init?(_ integer: Int64) {
        guard integer != .min else { return nil }
        self.init(uncheckedCoefficient: integer, scale: 0)
    }

    /// `coefficient × 10^-scale`, rounding away digits beyond 18 decimals or beyond what the
    /// coefficient holds (half away from zero); nil when the integer part does not fit.
    /// A negative scale multiplies (`5, scale: -2` is 500).
    public init?(scaled coefficient: Int128, scale: Int) {
        var value = coefficient
        var scale = scale
        if scale < 0 {
            guard -scale < DecimalNumber.powersOfTen.count else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: DecimalNumber.powersOfTen[-scale])
            guard !overflow else { return nil }
            value = product
            scale = 0
        }
        if scale > DecimalNumber.maximumScale {
            value = DecimalNumber.divideRounding(value, byPowerOfTen: scale - DecimalNumber.maximumScale)
            scale = DecimalNumber.maximumScale
        }
        while value.magnitude > UInt128(Int64.max) {
            guard scale > 0 else { return nil }
            value = DecimalNumber.divideRounding(value, byPowerOfTen: 1)
            scale -= 1
        }
        self.init(uncheckedCoefficient: Int64(value), scale: scale)
    }

    public static let zero = DecimalNumber(uncheckedCoefficient: 0, scale: 0)

    public var isZero: Bool { coefficient == 0 }
    public var isNegative: Bool { coefficient < 0 }

    /// The value when it is a whole number that fits in an Int64.
    public var exactInteger: Int64? {
        if scale == 0 { return coefficient }
        let divisor = DecimalNumber.powersOfTenInt64[scale]
        return coefficient % divisor == 0 ? coefficient / divisor : nil
    }

    /// The same value with trailing fractional zeros removed (`1.500` → `1.5`).
    public var normalized: DecimalNumber {
        var coefficient = coefficient
        var scale = scale
        while scale > 0, coefficient % 10 == 0 {
            coefficient /= 10
            scale -= 1
        }
        return DecimalNumber(uncheckedCoefficient: coefficient, scale: scale)
    }
}

// MARK: - Arithmetic

extension DecimalNumber {
    public var negated: DecimalNumber { DecimalNumber(uncheckedCoefficient: -coefficient, scale: scale, keepsScale: keepsScale) }
    public var magnitude: DecimalNumber { coefficient < 0 ? negated : self }

    /// Exact sum; nil on overflow.
    public func adding(_ other: DecimalNumber) -> DecimalNumber? {
        if scale == other.scale {
            let (sum, overflow) = coefficient.addingReportingOverflow(other.coefficient)
            if !overflow, sum != .min { return DecimalNumber(uncheckedCoefficient: sum, scale: scale) }
        }
        let common = max(scale, other.scale)
        return DecimalNumber(scaled: widened(to: common) + other.widened(to: common), scale: common)
    }

    /// Exact difference; nil on overflow.
    public func subtracting(_ other: DecimalNumber) -> DecimalNumber? {
        adding(other.negated)
    }

    /// Exact product, rounded only when it has more than 18 decimals or does not fit; nil on
    /// overflow.
    public func multiplying(by other: DecimalNumber) -> DecimalNumber? {
        DecimalNumber(scaled: Int128(coefficient) * Int128(other.coefficient), scale: scale + other.scale)
    }

    /// The quotient, exact when it terminates within 18 decimals and the coefficient,
    /// otherwise rounded half away from zero in its last kept digit. The divisor must not be
    /// zero (the language gives null for that before asking); nil on overflow.
    public func dividing(by divisor: DecimalNumber) -> DecimalNumber? {
        precondition(!divisor.isZero, "division by zero is handled by the caller")
        // value = (a / b) × 10^(b.scale − a.scale); fold the power of ten into one side.
        let shift = divisor.scale - scale
        var numerator = Int128(coefficient)
        var denominator = Int128(divisor.coefficient)
        if shift >= 0 {
            numerator *= DecimalNumber.powersOfTen[shift]
        } else {
            denominator *= DecimalNumber.powersOfTen[-shift]
        }
        return DecimalNumber.quotient(numerator, denominator)
    }

    /// The remainder of truncating division, with the dividend's sign; the divisor must not
    /// be zero.
    public func remainder(dividingBy divisor: DecimalNumber) -> DecimalNumber? {
        precondition(!divisor.isZero, "division by zero is handled by the caller")
        let common = max(scale, divisor.scale)
        return DecimalNumber(scaled: widened(to: common) % divisor.widened(to: common), scale: common)
    }

    /// `numerator / denominator` as a decimal with as many digits as fit, rounded half away
    /// from zero; nil when the integer part does not fit. The denominator must not be zero.
    public static func quotient(_ numerator: Int128, _ denominator: Int128) -> DecimalNumber? {
        precondition(denominator != 0)
        let negative = (numerator < 0) != (denominator < 0)
        let n = numerator.magnitude
        let d = denominator.magnitude
        // Figures are small: 64-bit divisions (one instruction) wherever the operands allow,
        // 128-bit ones (a library call) only where they must.
        let small = d >> 64 == 0
        var quotient: UInt128
        var remainder: UInt128
        if small, n >> 64 == 0 {
            let (q, r) = UInt64(n).quotientAndRemainder(dividingBy: UInt64(d))
            quotient = UInt128(q)
            remainder = UInt128(r)
        } else {
            quotient = n / d
            remainder = n % d
        }
        let limit = UInt128(Int64.max)
        guard quotient <= limit else { return nil }
        var scale = 0
        // When the divisor is small, take as many decimals as surely fit in one division
        // (the remainder times 10^k fits 128 bits) instead of one division per decimal.
        if small, remainder != 0 {
            var room = 0
            var power: UInt128 = 1
            while room < maximumScale, (quotient + 1) * power * 10 <= limit + 1 {
                room += 1
                power *= 10
            }
            if room > 0 {
                // remainder < d < 2^64 and power ≤ 10^18, so the product fits 128 bits and
                // its quotient by d (below power) fits 64.
                let product = UInt64(remainder).multipliedFullWidth(by: UInt64(power))
                let (digits, left) = UInt64(d).dividingFullWidth(product)
                quotient = quotient * power + UInt128(digits)
                remainder = UInt128(left)
                scale = room
                // An exact quotient ends at its last non-zero decimal, as the long division would.
                while remainder == 0, scale > 0, quotient % 10 == 0 {
                    quotient /= 10
                    scale -= 1
                }
            }
        }
        // Long division, one decimal at a time, while the digits still fit the coefficient.
        while remainder != 0, scale < maximumScale {
            let digit: UInt128
            let left: UInt128
            if d >> 60 == 0 {
                // remainder < d < 2^60, so ten times it fits 64 bits.
                let (q, r) = (UInt64(remainder) * 10).quotientAndRemainder(dividingBy: UInt64(d))
                (digit, left) = (UInt128(q), UInt128(r))
            } else {
                let widened = remainder * 10
                (digit, left) = (widened / d, widened % d)
            }
            let next = quotient * 10 + digit
            guard next <= limit else { break }
            quotient = next
            remainder = left
            scale += 1
        }
        // Half away from zero: round up when what is left is at least half the divisor.
        if remainder != 0, remainder >= d - remainder {
            quotient += 1
        }
        let signed = negative ? -Int128(quotient) : Int128(quotient)
        return DecimalNumber(scaled: signed, scale: scale)
    }

    /// Rounded to `digits` decimals (negative: to tens, hundreds, …), half away from zero.
    public func rounded(toDecimals digits: Int) -> DecimalNumber? {
        if digits >= scale { return self }
        let dropped = scale - digits
        guard dropped < DecimalNumber.powersOfTen.count else { return .zero }
        let kept = DecimalNumber.divideRounding(Int128(coefficient), byPowerOfTen: dropped)
        return DecimalNumber(scaled: kept, scale: digits)
    }

    /// The largest whole number not above the value (`floor`) or the smallest not below (`ceil`).
    public func wholeNumber(roundingUp: Bool) -> DecimalNumber {
        guard scale > 0 else { return self }
        let divisor = DecimalNumber.powersOfTenInt64[scale]
        var whole = coefficient / divisor
        let hasFraction = coefficient % divisor != 0
        if hasFraction, roundingUp, coefficient > 0 { whole += 1 }
        if hasFraction, !roundingUp, coefficient < 0 { whole -= 1 }
        return DecimalNumber(uncheckedCoefficient: whole, scale: 0)
    }

    /// The coefficient at a larger scale, exactly (fits: |coefficient| < 2^63, 10^18 < 2^60).
    @inline(__always)
    func widened(to target: Int) -> Int128 {
        Int128(coefficient) * DecimalNumber.powersOfTen[target - scale]
    }

    /// `value / 10^power`, rounded half away from zero.
    static func divideRounding(_ value: Int128, byPowerOfTen power: Int) -> Int128 {
        guard power < powersOfTen.count else { return 0 }
        let divisor = powersOfTen[power]
        let quotient = value / divisor
        let remainder = value % divisor
        guard remainder.magnitude * 2 >= divisor.magnitude else { return quotient }
        return value < 0 ? quotient - 1 : quotient + 1
    }

    /// 10^0 … 10^38: every power of ten an Int128 holds.
    public static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers.last! * 10) }
        return powers
    }()

    /// 10^0 … 10^18: every power of ten an Int64 holds.
    public static let powersOfTenInt64: [Int64] = (0...18).map { exponent in
        var power: Int64 = 1
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    /// 10^0 … 10^18 as Doubles (each exact).
    public static let doublePowersOfTen: [Double] = (0...18).map { exponent in
        var power = 1.0
        for _ in 0..<exponent { power *= 10 }
        return power
    }
}

// MARK: - Order and identity

extension DecimalNumber: Comparable, Hashable {
    /// -1, 0 or 1, comparing `a × 10^-aScale` with `b × 10^-bScale` exactly; both must be below
    /// 2^64 in magnitude so the scaled one fits.
    static func compare(_ a: Int128, scale aScale: Int, _ b: Int128, scale bScale: Int) -> Int {
        var x = a
        var y = b
        if aScale < bScale {
            x *= powersOfTen[bScale - aScale]
        } else if bScale < aScale {
            y *= powersOfTen[aScale - bScale]
        }
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    /// -1, 0 or 1.
    public func compare(to other: DecimalNumber) -> Int {
        if scale == other.scale {
            return coefficient < other.coefficient ? -1 : (coefficient == other.coefficient ? 0 : 1)
        }
        return DecimalNumber.compare(Int128(coefficient), scale: scale, Int128(other.coefficient), scale: other.scale)
    }

    /// -1, 0 or 1 against a whole number, exactly (Int64.min included).
    public func compare(toInteger integer: Int64) -> Int {
        DecimalNumber.compare(Int128(coefficient), scale: scale, Int128(integer), scale: 0)
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool { lhs.compare(to: rhs) < 0 }
    public static func == (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool { lhs.compare(to: rhs) == 0 }

    public func hash(into hasher: inout Hasher) {
        let plain = normalized
        hasher.combine(plain.coefficient)
        hasher.combine(plain.scale)
    }
}

// MARK: - Text

extension DecimalNumber: CustomStringConvertible {
    /// The shortest exact text: `57`, `0.75`, `-1.5`; never an exponent, never trailing zeros.
    public var description: String {
        let plain = normalized
        return plain.text(decimals: plain.scale)
    }

    /// Exactly `decimals` decimals (after rounding to them, half away from zero), no grouping.
    public func text(decimals: Int) -> String {
        let value = rounded(toDecimals: decimals) ?? self
        var digits = Array(String(value.coefficient.magnitude).utf8)
        let fraction = max(decimals, 0)
        // Pad so there is at least one integer digit and exactly `fraction` decimals.
        let shownScale = value.scale
        if shownScale < fraction { digits += Array(repeating: UInt8(ascii: "0"), count: fraction - shownScale) }
        if digits.count < fraction + 1 {
            digits.insert(contentsOf: Array(repeating: UInt8(ascii: "0"), count: fraction + 1 - digits.count), at: 0)
        }
        var out: [UInt8] = value.coefficient < 0 ? [UInt8(ascii: "-")] : []
        out += digits[..<(digits.count - fraction)]
        if fraction > 0 {
            out.append(UInt8(ascii: "."))
            out += digits[(digits.count - fraction)...]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Why text could not be read as a decimal.
    public enum ParseProblem: Error, Sendable, Equatable {
        /// Not of the form `[+-]digits[.digits][e[+-]digits]`.
        case invalid
        /// Beyond ±9.2 × 10^18.
        case outOfRange
        /// More decimals or significant digits than can be kept exactly.
        case tooPrecise
    }

    /// Reads `[+-]digits[.digits][(e|E)[+-]digits]` exactly (digits may be missing on one side
    /// of the point: `.5`, `5.`). No blanks, separators, `nan` or `inf`.
    public static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Result<DecimalNumber, ParseProblem> {
        // One call through the generic layer, then a loop over plain memory: this runs for
        // every figure of a million-row file.
        if let result = bytes.withContiguousStorageIfAvailable({ parse(buffer: $0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { parse(buffer: $0) }
    }

    static func parse(buffer bytes: UnsafeBufferPointer<UInt8>) -> Result<DecimalNumber, ParseProblem> {
        if let plain = parsePlain(bytes) { return .success(plain) }
        return parseGeneral(bytes)
    }

    /// The common form, `[+-]digits[.digits]` with at most 18 digits in all, in 64-bit
    /// arithmetic; nil for anything else (the general reader then decides). Keeps the scale
    /// as written (`0.750` has three decimals).
    @inline(__always)
    private static func parsePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> DecimalNumber? {
        var index = 0
        let end = bytes.count
        guard end > 0 else { return nil }
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative || bytes[0] == UInt8(ascii: "+") { index = 1 }
        var value: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < end {
            let digit = bytes[index] &- UInt8(ascii: "0")
            if digit < 10 {
                guard digits < 18 else { return nil }
                value = value * 10 + Int64(digit)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if bytes[index] == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        return DecimalNumber(uncheckedCoefficient: negative ? -value : value, scale: fractionDigits)
    }

    private static func parseGeneral(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<DecimalNumber, ParseProblem> {
        var index = bytes.startIndex
        let end = bytes.endIndex
        guard index != end else { return .failure(.invalid) }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index = bytes.index(after: index)
        }
        // Significant digits accumulate in `coefficient`; zeros after the last non-zero digit
        // are held back in `pendingZeros` so `1.50000…0` stays exact however long it is.
        var coefficient: Int128 = 0
        var significant = 0
        var pendingZeros = 0
        var fractionDigits = 0
        var anyDigit = false
        var tooManyDigits = false
        var inFraction = false
        while index != end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), !inFraction {
                inFraction = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                anyDigit = true
                if inFraction { fractionDigits += 1 }
                if byte == UInt8(ascii: "0") {
                    if significant > 0 { pendingZeros += 1 }
                } else {
                    if significant + pendingZeros + 1 > 38 {
                        tooManyDigits = true
                    } else {
                        coefficient = coefficient * powersOfTen[pendingZeros] * 10 + Int128(byte - UInt8(ascii: "0"))
                        significant += pendingZeros + 1
                    }
                    pendingZeros = 0
                }
            } else {
                break
            }
            index = bytes.index(after: index)
        }
        guard anyDigit else { return .failure(.invalid) }
        var exponent = 0
        if index != end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index = bytes.index(after: index)
            var exponentNegative = false
            if index != end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index = bytes.index(after: index)
            }
            guard index != end else { return .failure(.invalid) }
            while index != end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index = bytes.index(after: index)
            }
            if exponentNegative { exponent = -exponent }
        }
        guard index == end else { return .failure(.invalid) }
        if tooManyDigits { return .failure(.tooPrecise) }
        if coefficient == 0 { return .success(.zero) }
        // value = coefficient × 10^(pendingZeros − fractionDigits + exponent)
        let power = pendingZeros - fractionDigits + exponent
        if power > 0 {
            guard significant + power <= 19 else { return .failure(.outOfRange) }
            coefficient *= powersOfTen[power]
            guard coefficient <= Int128(Int64.max) else { return .failure(.outOfRange) }
            return .success(DecimalNumber(uncheckedCoefficient: Int64(negative ? -coefficient : coefficient), scale: 0))
        }
        let scale = -power
        guard scale <= maximumScale else { return .failure(.tooPrecise) }
        guard coefficient <= Int128(Int64.max) else {
            // The whole part fits but not with all the decimals: too precise, not too large.
            return .failure(coefficient / powersOfTen[scale] <= Int128(Int64.max) ? .tooPrecise : .outOfRange)
        }
        return .success(DecimalNumber(uncheckedCoefficient: Int64(negative ? -coefficient : coefficient), scale: scale))
    }

    /// `parse` on text.
    public static func parse(_ text: String) -> Result<DecimalNumber, ParseProblem> {
        parse(Array(text.utf8))
    }

    /// How many digits the coefficient has once trailing decimal zeros are dropped
    /// (`0.0750` has 2, `1500` has 4): what bounds the value's size exactly.
    public var digitCount: Int {
        var value = normalized.coefficient.magnitude
        var count = 0
        while value != 0 {
            count += 1
            value /= 10
        }
        return count
    }
}

// MARK: - Literals in code

extension DecimalNumber: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(integerLiteral value: Int64) {
        self.init(uncheckedCoefficient: value == .min ? .min + 1 : value, scale: 0)
    }

    /// A literal such as `0.57` in code means the decimal as written; the compiler hands it
    /// over as a Double, whose shortest form gives those digits back for any literal of up to
    /// 15 significant digits.
    public init(floatLiteral value: Double) {
        guard value.isFinite, case .success(let exact) = DecimalNumber.parse(value.description) else {
            preconditionFailure("decimal literal \(value) is out of range")
        }
        self = exact
    }
}
