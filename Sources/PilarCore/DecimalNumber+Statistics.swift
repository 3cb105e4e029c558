/// A natural number of any size in little-endian 64-bit limbs: just enough arithmetic for the
/// exact sums of squares behind `stddev`, which outgrow 128 bits (a decimal with 18 digits,
/// squared, already needs 120).
struct BigNatural: Comparable {
    /// No trailing zero limbs; zero has none.
    private(set) var limbs: [UInt64]

    init(_ value: UInt128) {
        limbs = [UInt64(truncatingIfNeeded: value), UInt64(truncatingIfNeeded: value >> 64)]
        trim()
    }

    private mutating func trim() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    static func + (a: BigNatural, b: BigNatural) -> BigNatural {
        var result = BigNatural(0)
        result.limbs = []
        var carry: UInt64 = 0
        for index in 0..<max(a.limbs.count, b.limbs.count) {
            let x = index < a.limbs.count ? a.limbs[index] : 0
            let y = index < b.limbs.count ? b.limbs[index] : 0
            let (s1, o1) = x.addingReportingOverflow(y)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            result.limbs.append(s2)
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        if carry != 0 { result.limbs.append(carry) }
        return result
    }

    /// `a - b`; `a` must not be smaller than `b`.
    static func - (a: BigNatural, b: BigNatural) -> BigNatural {
        var result = a
        var borrow: UInt64 = 0
        for index in result.limbs.indices {
            let y = index < b.limbs.count ? b.limbs[index] : 0
            let (d1, o1) = result.limbs[index].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            result.limbs[index] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        result.trim()
        return result
    }

    static func * (a: BigNatural, b: BigNatural) -> BigNatural {
        if a.limbs.isEmpty || b.limbs.isEmpty { return BigNatural(0) }
        var product = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count)
        for (i, x) in a.limbs.enumerated() {
            var carry: UInt128 = 0
            for (j, y) in b.limbs.enumerated() {
                let t = UInt128(x) * UInt128(y) + UInt128(product[i + j]) + carry
                product[i + j] = UInt64(truncatingIfNeeded: t)
                carry = t >> 64
            }
            product[i + b.limbs.count] = UInt64(carry)
        }
        var result = BigNatural(0)
        result.limbs = product
        result.trim()
        return result
    }

    /// The floor of `self / divisor`; the divisor must not be zero.
    func divided(by divisor: UInt64) -> BigNatural {
        var result = self
        var remainder: UInt128 = 0
        for index in result.limbs.indices.reversed() {
            let current = remainder << 64 | UInt128(result.limbs[index])
            result.limbs[index] = UInt64(current / UInt128(divisor))
            remainder = current % UInt128(divisor)
        }
        result.trim()
        return result
    }

    static func < (a: BigNatural, b: BigNatural) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for index in a.limbs.indices.reversed() where a.limbs[index] != b.limbs[index] {
            return a.limbs[index] < b.limbs[index]
        }
        return false
    }

    /// The floor of the square root, when it fits 128 bits (it does for every square root
    /// `stddev` takes: at most 20 digits).
    func squareRoot() -> UInt128? {
        guard limbs.count <= 4 else { return nil }
        var low: UInt128 = 0
        var high: UInt128 = limbs.count <= 2 ? UInt128(UInt64.max) : UInt128.max >> 1
        while low < high {
            let middle = low + (high - low + 1) / 2
            let m = BigNatural(middle)
            if m * m <= self { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

extension DecimalNumber {
    /// The sample standard deviation (divided by n − 1, like SQL's `stddev`) of at least two
    /// numbers, computed exactly and rounded once: the variance is the exact fraction
    /// (nΣx² − (Σx)²) / (n(n − 1)), and its square root keeps as many decimals as fit (up to
    /// 18, as a quotient does), rounded half away from zero. nil when it does not fit.
    public static func sampleStandardDeviation(_ values: [DecimalNumber]) -> DecimalNumber? {
        let n = values.count
        guard n >= 2 else { return nil }
        let scale = values.map(\.scale).max() ?? 0
        var squares = BigNatural(0)
        var positive = BigNatural(0)
        var negative = BigNatural(0)
        for value in values {
            // |coefficient| < 2^63 times 10^18 fits 128 bits, its square a BigNatural.
            let magnitude = UInt128(value.coefficient.magnitude) * UInt128(powersOfTen[scale - value.scale])
            let big = BigNatural(magnitude)
            squares = squares + big * big
            if value.coefficient < 0 { negative = negative + big } else { positive = positive + big }
        }
        let sum = positive < negative ? negative - positive : positive - negative
        let count = BigNatural(UInt128(n))
        // nΣx² ≥ (Σx)² always (Cauchy–Schwarz), so this does not underflow.
        let numerator = count * squares - sum * sum
        // numerator / (n(n − 1) · 10^2s), the variance, times 10^extra; floors taken one
        // divisor at a time give the floor of the whole quotient.
        func scaledVariance(times extra: Int) -> BigNatural {
            var x = numerator
            var left = extra
            while left > 0 {
                let step = min(left, 18)
                x = x * BigNatural(UInt128(powersOfTenInt64[step]))
                left -= step
            }
            x = x.divided(by: UInt64(n)).divided(by: UInt64(n - 1))
            if scale > 0 { x = x.divided(by: UInt64(powersOfTenInt64[scale])).divided(by: UInt64(powersOfTenInt64[scale])) }
            return x
        }
        guard let whole = scaledVariance(times: 0).squareRoot(), whole <= UInt128(Int64.max) else { return nil }
        // As many decimals as fit the 64-bit coefficient, as a quotient keeps.
        let limit = UInt128(Int64.max)
        var decimals = 0
        var power: UInt128 = 1
        while decimals < maximumScale, (whole + 1) * power * 10 <= limit + 1 {
            decimals += 1
            power *= 10
        }
        // One more digit than kept, to round half away from zero: the floor of the root has
        // the same digits as the root itself, so its last digit decides.
        guard let digits = scaledVariance(times: 2 * decimals + 2).squareRoot() else { return nil }
        let rounded = digits / 10 + (digits % 10 >= 5 ? 1 : 0)
        return DecimalNumber(scaled: Int128(rounded), scale: decimals)
    }
}
