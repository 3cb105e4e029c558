import Foundation
import Testing
import PilarCore
@testable import PilarStore

private func integer(_ text: String) -> ByteNumber.IntegerResult {
    let bytes = Array(text.utf8)
    return ByteNumber.integer(bytes, 0..<bytes.count)
}

/// Decimal cells are read by `DecimalNumber.parse`, exactly; the text of what it read.
private func decimal(_ text: String) -> String? {
    guard case .success(let value) = DecimalNumber.parse(Array(text.utf8)[...]) else { return nil }
    return value.description
}

@Suite struct ByteNumberTests {
    @Test(arguments: [
        ("0", Int64(0)), ("-12", -12), ("+7", 7), ("2019", 2019), ("007", 7),
        ("9223372036854775807", .max), ("-9223372036854775808", .min),
    ])
    func integers(text: String, value: Int64) {
        #expect(integer(text) == .value(value))
    }

    @Test func integerOverflowKeepsItsSign() {
        #expect(integer("9223372036854775808") == .overflow(negative: false))
        #expect(integer("123456789012345678901234567890") == .overflow(negative: false))
        #expect(integer("-9223372036854775809") == .overflow(negative: true))
    }

    @Test(arguments: ["", "-", "+", "1.0", "1e3", " 1", "1 ", "12a", "0x10", "１２"])
    func notIntegers(text: String) {
        #expect(integer(text) == .invalid)
    }

    @Test(arguments: [
        ("12.5", "12.5"), ("-3", "-3"), ("1e3", "1000"), ("1E-2", "0.01"), ("2.5E+10", "25000000000"),
        (".5", "0.5"), ("5.", "5"), ("+2.25", "2.25"), ("0.1", "0.1"), ("-0.000001", "-0.000001"),
        ("123456789012.345678", "123456789012.345678"), ("0.750", "0.75"),
    ])
    func decimals(text: String, value: String) {
        #expect(decimal(text) == value)
    }

    @Test(arguments: ["", ".", "-", "e3", "1e", "1e+", "nan", "NaN", "inf", "Infinity", "0x10", "1,5",
                      "1.2.3", "1e999", "12%", " 1", "1 ", "--1", "1-", "99999999999999999999"])
    func notDecimals(text: String) {
        #expect(decimal(text) == nil)
    }

    /// Every plain decimal reads back as exactly its digits.
    @Test func plainDecimalsAreExact() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
        for _ in 0..<20_000 {
            let whole = next() % 10_000_000
            let fractionDigits = Int(next() % 8)
            var text = String(whole)
            var scaled = Int128(whole) * Int128(pow10(fractionDigits))
            if fractionDigits > 0 {
                let fractionValue = next() % UInt64(pow10(fractionDigits))
                let fraction = String(fractionValue)
                text += "." + String(repeating: "0", count: fractionDigits - fraction.count) + fraction
                scaled += Int128(fractionValue)
            }
            let negative = next() % 2 == 0
            if negative { text = "-" + text }
            let expected = DecimalNumber(scaled: negative ? -scaled : scaled, scale: fractionDigits)
            #expect(DecimalNumber.parse(text) == expected.map { .success($0) }, "\(text)")
        }
    }

    private func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { value, _ in value * 10 } }
}

@Suite struct UTF8CheckTests {
    @Test(arguments: ["", "plain", "Kehidupan – Mobilitas €", "emoji 🚌", "ﬁ"])
    func valid(text: String) {
        #expect(UTF8Check.firstInvalidOffset(in: Array(text.utf8)) == nil)
    }

    @Test(arguments: [
        ([0x61, 0xFF], 1),                    // never valid
        ([0x61, 0x62, 0xC3], 2),              // cut short
        ([0xC0, 0xAF], 0),                    // overlong '/'
        ([0xE0, 0x80, 0xAF], 0),              // overlong
        ([0xED, 0xA0, 0x80], 0),              // surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),        // beyond U+10FFFF
        ([0xE2, 0x82, 0x41], 0),              // bad continuation
        ([0x61, 0xE9, 0x74, 0xE9], 1),        // Latin-1 "été"
    ] as [([UInt8], Int)])
    func invalid(bytes: [UInt8], offset: Int) {
        #expect(UTF8Check.firstInvalidOffset(in: bytes) == offset)
    }
}
