import PilarCore
import Testing
@testable import PilarRender

@Suite struct DisplayNumberTests {
    @Test(arguments: [
        (Int64(0), "0"), (999, "999"), (1000, "1,000"), (-1000, "-1,000"), (-999, "-999"),
        (123_456, "123,456"), (1_500_000_000, "1,500,000,000"), (-25_000, "-25,000"),
        (Int64.max, "9,223,372,036,854,775,807"), (Int64.min, "-9,223,372,036,854,775,808"),
    ])
    func groupsInts(value: Int64, expected: String) {
        #expect(DisplayNumber.grouped(value) == expected)
    }

    @Test(arguments: [
        ("87.5", "87.50"), ("1234.567", "1,234.57"), ("-1234.567", "-1,234.57"),
        ("1234567.891", "1,234,567.89"), ("-1234567.891", "-1,234,567.89"),
        // Half away from zero on the exact digits.
        ("2.675", "2.68"), ("1.005", "1.01"), ("0.125", "0.13"), ("-0.125", "-0.13"), ("2.665", "2.67"),
        ("2.674999", "2.67"),
        // Carries ripple into new digits and groups.
        ("999.995", "1,000.00"), ("9.999", "10.00"), ("99999.999", "100,000.00"),
        // Nothing left after rounding: no minus sign.
        ("-0.001", "0.00"), ("-0.0", "0.00"), ("-0.004999", "0.00"), ("-0.005", "-0.01"),
        ("0.00001", "0.00"), ("0.000000000000000001", "0.00"), ("0.0051", "0.01"),
        ("10000000000000000", "10,000,000,000,000,000.00"), ("9223372036854775807", "9,223,372,036,854,775,807.00"),
    ])
    func roundsDecimalsToTwoPlaces(text: String, expected: String) throws {
        let value = try DecimalNumber.parse(text).get()
        #expect(DisplayNumber.fixed(value) == expected)
    }

    @Test func intsInDecimalColumnsKeepEveryDigit() {
        #expect(DisplayNumber.groupedFixed(Int64.max) == "9,223,372,036,854,775,807.00")
        #expect(DisplayNumber.groupedFixed(-5) == "-5.00")
    }
}
