import PilarCore
import Testing

@Suite struct DecimalNumberTests {
    func d(_ text: String) -> DecimalNumber {
        guard case .success(let value) = DecimalNumber.parse(text) else {
            Issue.record("'\(text)' did not parse")
            return .zero
        }
        return value
    }

    @Test func textIsExactAndShortest() {
        #expect(NumberText.decimal(d("87.5")) == "87.5")
        #expect(NumberText.decimal(d("3")) == "3")
        #expect(NumberText.decimal(d("-0.25")) == "-0.25")
        #expect(NumberText.decimal(d("0.750")) == "0.75")
        #expect(NumberText.decimal(d("1.5e-5")) == "0.000015")
        #expect(NumberText.decimal(d("2.5E+10")) == "25000000000")
        #expect(NumberText.decimal(d("0.1").adding(d("0.2"))!) == "0.3")
    }

    @Test func parsingRefusesWhatItCannotKeepExactly() {
        #expect(DecimalNumber.parse("nan") == .failure(.invalid))
        #expect(DecimalNumber.parse("inf") == .failure(.invalid))
        #expect(DecimalNumber.parse("1,5") == .failure(.invalid))
        #expect(DecimalNumber.parse("") == .failure(.invalid))
        #expect(DecimalNumber.parse(".") == .failure(.invalid))
        #expect(DecimalNumber.parse("1e") == .failure(.invalid))
        #expect(DecimalNumber.parse("1e308") == .failure(.outOfRange))
        #expect(DecimalNumber.parse("9223372036854775808") == .failure(.outOfRange))
        #expect(DecimalNumber.parse("1e-19") == .failure(.tooPrecise))
        #expect(DecimalNumber.parse("0.1234567890123456789") == .failure(.tooPrecise))
        #expect(DecimalNumber.parse("1e999999999999") == .failure(.outOfRange))
        // Trailing zeros cost nothing, however many.
        #expect(DecimalNumber.parse("1.5" + String(repeating: "0", count: 60)) == .success(d("1.5")))
        #expect(DecimalNumber.parse("9223372036854775807") .map { $0.coefficient } == .success(9_223_372_036_854_775_807))
    }

    @Test func equalityIsByValue() {
        #expect(d("1.5") == d("1.50"))
        #expect(Set([d("1.5"), d("1.50"), d("1.500")]).count == 1)
        #expect(d("-0.0") == d("0"))
        #expect(d("0.57") < d("0.75"))
        #expect(d("10").compare(toInteger: 10) == 0)
        #expect(d("-9.5").compare(toInteger: Int64.min) == 1)
    }

    @Test func arithmeticIsExact() {
        #expect(d("0.57").multiplying(by: d("100"))!.dividing(by: d("0.75")) == d("76"))
        #expect(d("1").subtracting(d("0.9")) == d("0.1"))
        #expect(d("0.57").subtracting(d("0.75")) == d("-0.18"))
        #expect(d("1").dividing(by: d("3"))!.description == "0.333333333333333333")
        #expect(d("2").dividing(by: d("3"))!.description == "0.666666666666666667")
        #expect(d("100").dividing(by: d("3"))!.description == "33.33333333333333333")
        #expect(d("7.5").remainder(dividingBy: d("2")) == d("1.5"))
        #expect(d("-7.5").remainder(dividingBy: d("2")) == d("-1.5"))
    }

    @Test func overflowIsNilNeverInfinity() {
        let big = d("9000000000000000000")
        #expect(big.adding(big) == nil)
        #expect(big.multiplying(by: d("10")) == nil)
        #expect(big.dividing(by: d("0.1")) == nil)
        // Digits beyond what fits are rounded away while the integer part fits.
        #expect(d("0.000000001").multiplying(by: d("0.000000001"))!.description == "0.000000000000000001")
        #expect(d("0.000000001").multiplying(by: d("0.0000000001")) == .zero)
    }

    @Test func roundingIsHalfAwayFromZero() {
        #expect(d("2.675").rounded(toDecimals: 2) == d("2.68"))
        #expect(d("-2.675").rounded(toDecimals: 2) == d("-2.68"))
        #expect(d("2.665").rounded(toDecimals: 2) == d("2.67"))
        #expect(d("1234.5").rounded(toDecimals: -2) == d("1200"))
        #expect(d("1250").rounded(toDecimals: -2) == d("1300"))
        #expect(d("2.7").wholeNumber(roundingUp: false) == d("2"))
        #expect(d("-2.2").wholeNumber(roundingUp: false) == d("-3"))
        #expect(d("-2.7").wholeNumber(roundingUp: true) == d("-2"))
        #expect(d("0.005").text(decimals: 2) == "0.01")
        #expect(d("-0.001").text(decimals: 2) == "0.00")
        #expect(d("13").text(decimals: 2) == "13.00")
    }

    @Test func quotientRoundsOnceAtTheLastKeptDigit() {
        #expect(DecimalNumber.quotient(5700, 75) == d("76"))
        #expect(DecimalNumber.quotient(-1, 8) == d("-0.125"))
        #expect(DecimalNumber.quotient(Int128(Int64.max) + 1, 1) == nil)
    }

    @Test func randomSumsAndProductsMatchIntegerArithmetic() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let a = Int64.random(in: -99_999_999...99_999_999, using: &generator)
            let b = Int64.random(in: -99_999_999...99_999_999, using: &generator)
            let x = DecimalNumber(scaled: Int128(a), scale: 4)!
            let y = DecimalNumber(scaled: Int128(b), scale: 2)!
            #expect(x.adding(y) == DecimalNumber(scaled: Int128(a) + Int128(b) * 100, scale: 4))
            #expect(x.multiplying(by: y) == DecimalNumber(scaled: Int128(a) * Int128(b), scale: 6))
            #expect((x < y) == (Int128(a) < Int128(b) * 100))
        }
    }

    /// Long division one decimal at a time, the way the rules state it; the quotient's
    /// faster paths must agree with it everywhere.
    private func referenceQuotient(_ n: Int128, _ d: Int128) -> DecimalNumber? {
        let negative = (n < 0) != (d < 0)
        let a = n.magnitude
        let b = d.magnitude
        var q = a / b
        var r = a % b
        let limit = UInt128(Int64.max)
        guard q <= limit else { return nil }
        var scale = 0
        while r != 0, scale < 18 {
            let next = q * 10 + (r * 10) / b
            guard next <= limit else { break }
            q = next
            r = (r * 10) % b
            scale += 1
        }
        if r != 0, (r * 10) / b >= 5 { q += 1 }
        return DecimalNumber(scaled: negative ? -Int128(q) : Int128(q), scale: scale)
    }

    @Test func quotientAgreesWithDecimalByDecimalDivision() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let n = Int128(Int64.random(in: -1_000_000_000_000_000...1_000_000_000_000_000, using: &generator))
                * Int128(Int64.random(in: 1...1_000_000, using: &generator))
            let magnitude: UInt64 = [10, 1_000, 1_000_000_000, 1_000_000_000_000_000_000].randomElement(using: &generator)!
            var d = Int128(UInt64.random(in: 1...magnitude, using: &generator))
            if Bool.random(using: &generator) { d = -d }
            if Bool.random(using: &generator) { d *= Int128(UInt64.random(in: 1...UInt64.max, using: &generator)) }
            let fast = DecimalNumber.quotient(n, d)
            let reference = referenceQuotient(n, d)
            #expect(fast?.coefficient == reference?.coefficient && fast?.scale == reference?.scale, "\(n) / \(d)")
        }
    }
}

@Suite struct DecimalLayoutTests {
    /// A column of a million optional decimals must cost what optional Doubles did.
    @Test func anOptionalDecimalIsSixteenBytes() {
        #expect(MemoryLayout<DecimalNumber?>.stride == 16)
    }
}
