import PilarCore
import Testing
@testable import PilarRender

@Suite struct LocaleDisplayTests {
    @Test func indonesianLocaleSwapsTheSeparators() throws {
        #expect(DisplayNumber.grouped(1_250_000_000, locale: .indonesian) == "1.250.000.000")
        #expect(DisplayNumber.groupedFixed(-5, fractionDigits: 2, locale: .indonesian) == "-5,00")
        let value = try DecimalNumber.parse("1234567.891").get()
        #expect(DisplayNumber.fixed(value, locale: .indonesian) == "1.234.567,89")
        #expect(DisplayNumber.fixed(value, fractionDigits: 0, locale: .english) == "1,234,568")
    }

    @Test func neededDecimalsStopAtTheLimitButRoundKeepsItsOwn() throws {
        #expect(DisplayNumber.neededDecimals(try DecimalNumber.parse("1.50").get(), limit: 2) == 1)
        #expect(DisplayNumber.neededDecimals(try DecimalNumber.parse("2.675").get(), limit: 2) == 2)
        #expect(DisplayNumber.neededDecimals(try DecimalNumber.parse("57.000").get(), limit: 2) == 0)
        let rounded = try #require(DecimalNumber(integerLiteral: 13).keepingScale(1))
        #expect(DisplayNumber.neededDecimals(rounded, limit: 0) == 1)
        #expect(rounded == DecimalNumber(integerLiteral: 13))
    }

    @Test func intColumnsNeverShowDecimalsAndDecimalColumnsShowWhatTheyNeed() {
        let result = ResultSet(columns: [ResultColumn("n", .int), ResultColumn("x", .decimal), ResultColumn("y", .decimal)],
                               rows: [[.int(1500), .decimal(1.5), .decimal(2)], [.null, .decimal(12.25), .decimal(3)]])
        let text = Renderer.render(result, RenderOptions())
        #expect(text.contains("│ 1,500 │  1.50 │ 2 │"))
        #expect(text.contains("│     - │ 12.25 │ 3 │"))
        let id = Renderer.render(result, RenderOptions(display: DisplaySettings(locale: .indonesian, nullText: "kosong")))
        #expect(id.contains("│  1.500 │  1,50 │ 2 │"))
        #expect(id.contains("│ kosong │ 12,25 │ 3 │"))
        let three = Renderer.render(result, RenderOptions(format: .markdown, display: DisplaySettings(decimals: 1)))
        #expect(three.contains("|     - | 12.3 |    3 |"))
    }

    @Test func footerIsInTheSessionsLanguageAndLocale() {
        let english = RenderOptions(display: DisplaySettings(locale: .english))
        let indonesian = RenderOptions(display: DisplaySettings(locale: .indonesian), language: .indonesian)
        #expect(RowCount.footer(1, english) == "1 row")
        #expect(RowCount.footer(1500, english) == "1,500 rows")
        #expect(RowCount.footer(1, indonesian) == "1 baris")
        #expect(RowCount.footer(1500, indonesian) == "1.500 baris")
        let result = ResultSet(columns: [ResultColumn("n", .int)], rows: [[.int(1)], [.int(2)]])
        #expect(Renderer.render(result, indonesian).hasSuffix("2 baris\n"))
    }

    @Test func renderCatalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: RenderMessage.self) == [])
    }

    @Test func excelCSVHasBOMSemicolonsDecimalCommaAndCRLF() {
        let result = ResultSet(columns: [ResultColumn("name", .text), ResultColumn("x", .decimal), ResultColumn("n", .int)],
                               rows: [[.text("a;b"), .decimal(1250000.5), .int(7)], [.null, .null, .null]])
        let text = Renderer.render(result, RenderOptions(format: .csv, display: DisplaySettings(excelCSV: true)))
        #expect(text == "\u{FEFF}name;x;n\r\n\"a;b\";1250000,5;7\r\n;;\r\n")
        var streamed: [UInt8] = []
        Renderer.write(result, RenderOptions(format: .csv, display: DisplaySettings(excelCSV: true))) { streamed += $0 }
        #expect(String(decoding: streamed, as: UTF8.self) == text)
        // Plain csv is unchanged by the locale.
        let plain = Renderer.render(result, RenderOptions(format: .csv, display: DisplaySettings(locale: .indonesian)))
        #expect(plain == "name,x,n\na;b,1250000.5,7\n,,\n")
    }
}
