import Foundation
import PilarCore
import Testing
@testable import PilarStore

/// Input that real spreadsheets produce and that used to load wrongly or be reported confusingly.
@Suite struct LoaderHardeningTests {
    private func programmes(replacing old: String, with new: String) -> [String] {
        var fixture = Fixture()
        fixture.programmes = fixture.programmes.replacingOccurrences(of: old, with: new)
        return fixture.problems()
    }

    // MARK: Thousands grouping in integer columns

    @Test(arguments: [
        ("15.000", "'15.000' in column 'budget' looks like Indonesian thousands grouping [15.000] (help: budget is whole rupiah: write 15000, without separators)"),
        ("1.000", "'1.000' in column 'budget' looks like Indonesian thousands grouping [1.000] (help: budget is whole rupiah: write 1000, without separators)"),
        ("2.500", "'2.500' in column 'budget' looks like Indonesian thousands grouping [2.500] (help: budget is whole rupiah: write 2500, without separators)"),
        ("1.250.000", "'1.250.000' in column 'budget' looks like Indonesian thousands grouping [1.250.000] (help: budget is whole rupiah: write 1250000, without separators)"),
        ("\"15,000\"", "'15,000' in column 'budget' looks like thousands grouping [\"15,000\"] (help: budget is whole rupiah: write 15000, without separators)"),
        ("\"1.250.000,50\"", "'1.250.000,50' in column 'budget' looks like Indonesian thousands grouping [\"1.250.000,50\"] (help: budget is whole rupiah: write 1250000, without separators or a fraction)"),
        ("1000.000", "'1000.000' in column 'budget' is ambiguous: a point followed by three digits may be thousands grouping [1000.000] (help: budget is whole rupiah: write the digits only, without a point)"),
    ])
    func groupedBudgetsAreRefused(written: String, problem: String) {
        #expect(programmes(replacing: "1500000000", with: written) == ["t/programmes.csv:2:59: " + problem])
    }

    @Test func unambiguousSpreadsheetFormsStillLoad() throws {
        for written in ["2.5E+10", "1500000.00", "1.5E+09", "+1500000000"] {
            var fixture = Fixture()
            fixture.programmes = fixture.programmes.replacingOccurrences(of: "1500000000", with: written)
            #expect(fixture.problems() == [], "\(written)")
        }
    }

    @Test func groupedYearsAreRefused() {
        #expect(programmes(replacing: "2019,2023", with: "2.019,2023") == [
            "t/programmes.csv:2:49: '2.019' in column 'start_year' looks like Indonesian thousands grouping [2.019] (help: start_year is a whole number: write 2019, without separators)",
        ])
    }

    @Test func oddYearsSayHowToWriteThem() {
        #expect(programmes(replacing: "2019,2023", with: "２０１９,2023") == [
            "t/programmes.csv:2:49: invalid year '２０１９' in column 'start_year' [２０１９] (help: write the year with the digits 0-9, e.g. 2021 (not full-width or other digits))",
        ])
        #expect(programmes(replacing: "2019,2023", with: "\" 2019\",2023") == [
            "t/programmes.csv:2:49: invalid year ' 2019' in column 'start_year' [\" 2019\"] (help: remove the blanks inside the quotes, e.g. 2021)",
        ])
        #expect(programmes(replacing: "2019,2023", with: "-2019,2023") == [
            "t/programmes.csv:2:49: year '-2019' in column 'start_year' is outside the range 1900 to 2200 [-2019]",
        ])
        // Blanks outside quotes are trimmed, and a plus sign is a plain sign.
        #expect(programmes(replacing: "2019,2023", with: " 2019 ,+2023") == [])
    }

    // MARK: Whole-file problems

    @Test func carriageReturnLineEndsAreReportedOnceWithTheirConsequencesCounted() {
        var fixture = Fixture()
        fixture.opds = fixture.opds.replacingOccurrences(of: "\n", with: "\r")
        #expect(fixture.problems() == [
            "t/opds.csv:1:20: the lines of this file end in a carriage return only (old Mac line ends) [\r] (help: save it with LF or CRLF line ends (in a spreadsheet: CSV UTF-8))",
            "-: 2 errors in t/programmes.csv that follow from the errors in t/opds.csv are not shown (help: unknown opd codes; fix t/opds.csv first)",
        ])
    }

    @Test func nulAndUTF16AreNamed() {
        var files = Fixture().files()
        files[.opd] = SourceFile(name: "t/opds.csv", bytes: Array("code,name,kind,head\nDISHUB,Di\0nas,dinas,\n".utf8))
        #expect(problems(files).first == "t/opds.csv:2:10: NUL byte in the file [\0] (help: a CSV file is plain text; save it as CSV UTF-8, or remove the NUL byte)")
        files[.opd] = SourceFile(name: "t/opds.csv", bytes: [0xFF, 0xFE] + Array("c\0o\0".utf8))
        #expect(problems(files).first?.hasPrefix("t/opds.csv:1:1: the file is UTF-16, not UTF-8") == true)
    }

    private func problems(_ files: [Entity: SourceFile]) -> [String] {
        do {
            _ = try MasterplanLoader.load(files: files, title: "x")
            return []
        } catch {
            return error.diagnostics.map(\.summary)
        }
    }

    // MARK: Delimiters

    @Test func semicolonAndTabFilesAreReadWithTheirDelimiter() throws {
        var fixture = Fixture()
        fixture.opds = fixture.opds.replacingOccurrences(of: ",", with: ";")
        fixture.programmes = fixture.programmes.replacingOccurrences(of: ",", with: "\t")
        let store = try fixture.load()
        #expect(store.table(.opd).count == 2)
        #expect(store.table(.programme).count == 2)
    }

    @Test func aSemicolonRowWithTooManyCellsNamesTheDelimiter() {
        var fixture = Fixture()
        fixture.opds = "code;name;kind;head\nDISHUB;Dinas; Perhubungan;dinas;\nDLHK;Dinas LHK;dinas;\n"
        #expect(fixture.problems().first == "t/opds.csv:2:33: this row has 5 fields but the header has 4 [] (help: this file's cells are separated by the semicolon of its header; a value holding one needs quotes)")
    }

    @Test func aSniffedDelimiterIgnoresQuotedSeparators() {
        let source = SourceFile(name: "x", bytes: Array("\u{FEFF}\"a;b\",c\n".utf8))
        #expect(FileShape.delimiter(of: source) == UInt8(ascii: ","))
        #expect(FileShape.delimiter(of: SourceFile(name: "x", text: "\n\"a,b\";c\n")) == UInt8(ascii: ";"))
        #expect(FileShape.delimiter(of: SourceFile(name: "x", text: "a\tb\n")) == UInt8(ascii: "\t"))
        #expect(FileShape.delimiter(of: SourceFile(name: "x", text: "code\n")) == UInt8(ascii: ","))
    }

    // MARK: References

    @Test func referencesDifferingInCaseOrBlanksSuggestTheCode() {
        #expect(programmes(replacing: ",DISHUB,", with: ",dishub,") == [
            "t/programmes.csv:2:26: unknown opd 'dishub' in column 'opd' [dishub] (help: did you mean 'DISHUB'?)",
        ])
        #expect(programmes(replacing: ",DISHUB,", with: ",\"DISHUB \",") == [
            "t/programmes.csv:2:26: unknown opd 'DISHUB ' in column 'opd' [\"DISHUB \"] (help: did you mean 'DISHUB'?)",
        ])
    }

    // MARK: Grouping recogniser

    @Test func groupingNeedsThreeDigitGroupsAndOneSeparator() {
        func match(_ text: String) -> Grouping.Match? {
            let bytes = Array(text.utf8)
            return Grouping.match(bytes, 0..<bytes.count)
        }
        #expect(match("1.5") == nil)
        #expect(match("1.50") == nil)
        #expect(match("1500.000") == nil)
        #expect(match("1.000,5.000") == nil)
        #expect(match("1,000.000,5") == nil)
        #expect(match("-1.000")?.digits == "-1000")
        #expect(match("1,250,000.50") == Grouping.Match(digits: "1250000", dotGrouped: false, hasFraction: true))
    }
}
