import PilarCore
import PilarRender
import Testing
@testable import PilarLanguage

@Suite struct NumberFunctionTests {
    private func decimal(_ text: String) -> DecimalNumber { (try? DecimalNumber.parse(text).get()) ?? .zero }

    @Test(arguments: [
        ("1250000000", "Rp 1,25 M"), ("500000000", "Rp 500 jt"), ("999999999", "Rp 1 M"), ("999", "Rp 999"),
        ("1500", "Rp 1,5 rb"), ("2750000000000", "Rp 2,75 T"), ("-1250000", "-Rp 1,25 jt"), ("0", "Rp 0"),
        ("1234567", "Rp 1,23 jt"), ("1235000", "Rp 1,24 jt"), ("1500000000000000", "Rp 1.500 T"), ("999.5", "Rp 1 rb"),
    ])
    func rupiahShort(value: String, expected: String) {
        #expect(NumberWriting.rupiahShort(decimal(value)) == expected)
    }

    @Test func rupiahInFull() {
        #expect(NumberWriting.rupiah(decimal("1250000000")) == "Rp 1.250.000.000")
        #expect(NumberWriting.rupiah(decimal("-12500.5")) == "-Rp 12.501")
        #expect(NumberWriting.rupiah(decimal("-0.4")) == "Rp 0")
    }

    @Test func percentFollowsTheLocale() {
        #expect(NumberWriting.percent(decimal("85.5"), digits: 1, locale: .english) == "85.5%")
        #expect(NumberWriting.percent(decimal("85.5"), digits: 1, locale: .indonesian) == "85,5%")
        #expect(NumberWriting.percent(decimal("1234.56"), digits: 0, locale: .indonesian) == "1.235%")
    }

    @Test(arguments: [
        ("#,##0.00", "1234567.891", "1,234,567.89", "1.234.567,89"), ("0.0#", "12.3", "12.3", "12,3"),
        ("0.0#", "12.345", "12.35", "12,35"), ("000", "7", "007", "007"), ("Rp #,##0", "-1500", "-Rp 1,500", "-Rp 1.500"),
        ("#.##", "0.5", "0.5", "0,5"), ("0.00 %", "85.5", "85.50 %", "85,50 %"), ("#", "2.5", "3", "3"),
    ])
    func formatPatterns(pattern: String, value: String, english: String, indonesian: String) throws {
        let parsed = try NumberPattern.parse(pattern)
        #expect(parsed.write(decimal(value), locale: .english) == english)
        #expect(parsed.write(decimal(value), locale: .indonesian) == indonesian)
    }

    @Test func badPatternsAreNamed() {
        #expect(throws: NumberPattern.Problem.noDigits) { try NumberPattern.parse("Rp") }
        #expect(throws: NumberPattern.Problem.twoPoints) { try NumberPattern.parse("0.0.0") }
        #expect(throws: NumberPattern.Problem.groupedDecimals) { try NumberPattern.parse("0.0,0") }
        #expect(throws: NumberPattern.Problem.twoNumbers) { try NumberPattern.parse("0 and 0") }
    }

    @Test func catalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: NumberFunctionMessage.self) == [])
    }

    @Test func errorsAreLocatedAndTranslated() throws {
        let diagnostic = try #require(Tiny.diagnostic(#"programmes | select format(budget, "x")"#))
        #expect(diagnostic.message == "format() pattern 'x' has no digit (0 or #)")
        #expect(diagnostic.span.start == 20)
        let indonesian = DiagnosticFormatter(style: .plain, language: .indonesian).format(diagnostic)
        #expect(indonesian.contains("pola format() 'x' tidak memuat digit (0 atau #)"))
        #expect(Tiny.run("print percent(50, 19)").contains("percent() takes 0 to 18 decimals, not 19"))
    }

    @Test func roundKeepsTheDecimalsAskedFor() {
        #expect(Tiny.run(".locale id\nprint format(2.5, \"0.00\")") == "2,50\n")
        let session = Session(store: Tiny.store)
        var text = ""
        session.run(SourceFile(name: "t", text: "print 1\nmeasurements | select r = round(actual * 1.0, 1) | take 1")) { event in
            if case .result(let result, _) = event { text = Renderer.render(result, session.renderOptions) }
        }
        #expect(text.contains("100.0"))
    }
}
