import Foundation
import PilarCore
import Testing
@testable import PilarStore

/// Every kind of problem the loader reports, with its exact message, place and hint.
@Suite struct LoaderErrorTests {
    private func programmes(replacing old: String, with new: String) -> [String] {
        var fixture = Fixture()
        fixture.programmes = fixture.programmes.replacingOccurrences(of: old, with: new)
        return fixture.problems()
    }

    private func measurements(replacing old: String, with new: String) -> [String] {
        var fixture = Fixture()
        fixture.measurements = fixture.measurements.replacingOccurrences(of: old, with: new)
        return fixture.problems()
    }

    // MARK: Header

    @Test func missingColumnWithATypoPointsAtTheTypo() {
        #expect(programmes(replacing: "budget,status", with: "budjet,status") == [
            "t/programmes.csv:1:50: missing required column 'budget' [budjet] (help: the header has 'budjet'; did you mean 'budget'?)",
        ])
    }

    @Test func missingColumnWithoutATypoPointsAtTheHeaderLine() {
        var fixture = Fixture()
        fixture.programmes = """
            code,name,opd,pillar,horizon,start_year,end_year,budget
            MOB-01,Bus fleet renewal,DISHUB,mobility,medium,2019,2023,1500000000
            ENV-01,Waste tracking,DLHK,environment,short,2020,2021,

            """
        #expect(fixture.problems() == [
            "t/programmes.csv:1:1: missing required column 'status' [code,name,opd,pillar,horizon,start_year,end_year,budget] "
                + "(help: programmes.csv needs the columns code, name, opd, pillar, horizon, start_year, end_year, budget, status)",
        ])
    }

    @Test func aMissingCodeColumnDoesNotCascadeIntoReferenceErrors() {
        var fixture = Fixture()
        fixture.opds = fixture.opds.replacingOccurrences(of: "code,name", with: "kode,name")
        #expect(fixture.problems() == [
            "t/opds.csv:1:1: missing required column 'code' [kode] (help: the header has 'kode'; did you mean 'code'?)",
            "-: 2 errors in t/programmes.csv that follow from the errors in t/opds.csv are not shown (help: unknown opd codes; fix t/opds.csv first)",
        ])
    }

    @Test func duplicateAndEmptyColumnNames() {
        var fixture = Fixture()
        fixture.opds = "code,name,kind,head,name,\nDISHUB,Dinas Perhubungan,dinas,,x,\nDLHK,Dinas LHK,dinas,,y,\n"
        #expect(fixture.problems() == [
            "t/opds.csv:1:21: duplicate column 'name' (first as field 2 of the header) [name]",
            "t/opds.csv:1:26: empty column name in the header (field 6) [] (help: every column needs a name; name it or remove the column)",
        ])
    }

    @Test func derivedAndClashingColumns() {
        var fixture = Fixture()
        fixture.measurements = "indicator,year,target,actual,achievement\nMOB-01.1,2019,10000,9500,95\n"
        fixture.opds = "code,name,kind,programmes\nDISHUB,Dinas Perhubungan,dinas,3\nDLHK,Dinas LHK,dinas,1\n"
        #expect(fixture.problems() == [
            "t/opds.csv:1:16: column 'programmes' clashes with opd.programmes, the programmes of each opd [programmes] (help: rename the column)",
            "t/measurements.csv:1:30: column 'achievement' is computed by pilar and cannot be loaded [achievement] "
                + "(help: remove the column; pilar derives achievement from target, actual and polarity)",
        ])
    }

    @Test func tooManyColumns() {
        var fixture = Fixture()
        fixture.opds = "code,name,kind,head" + String(repeating: ",x", count: 1_000_000) + "\nDISHUB,Dinas,dinas,\n"
        let problems = fixture.problems()
        #expect(problems.count == 2)  // the error, and a note on the programmes' hidden follow-on errors
        #expect(problems.first?.hasPrefix("t/opds.csv:1:2013: too many columns: the header has 1000004, at most 1000 are supported [x]") == true)
    }

    @Test func emptyFile() {
        var fixture = Fixture()
        fixture.measurements = ""
        #expect(fixture.problems() == [
            "t/measurements.csv:1:1: empty file: expected a header row with the columns indicator, year, target, actual []",
        ])
    }

    @Test func missingFilesInMemory() {
        var files = Fixture().files()
        files[.measurement] = nil
        files[.opd] = nil
        do {
            _ = try MasterplanLoader.load(files: files, title: "x")
            Issue.record("expected an error")
        } catch {
            // Programmes then refer to OPDs that were never read: only counted, as opds.csv is missing.
            #expect(error.diagnostics.map(\.summary) == [
                "-: missing file 'opds.csv'", "-: missing file 'measurements.csv'",
                "-: 2 errors in t/programmes.csv that follow from the errors in opds.csv are not shown (help: unknown opd codes; fix opds.csv first)",
            ])
        }
    }

    // MARK: Rows and cells

    @Test func rowWidthMismatch() {
        #expect(programmes(replacing: ",,done", with: ",") == [
            "t/programmes.csv:3:56: this row has 8 fields but the header has 9 []",
            "-: 1 error in t/indicators.csv that follows from the errors in t/programmes.csv is not shown (help: unknown programme codes; fix t/programmes.csv first)",
        ])
        #expect(programmes(replacing: "ongoing", with: "ongoing,extra,more") == [
            "t/programmes.csv:2:78: this row has 11 fields but the header has 9 [extra,more] (help: a comma inside a value needs the value in quotes: \"a, b\")",
            "-: 2 errors in t/indicators.csv that follow from the errors in t/programmes.csv are not shown (help: unknown programme codes; fix t/programmes.csv first)",
        ])
    }

    @Test func unknownEnumValues() {
        #expect(programmes(replacing: "medium", with: "quickwin") == [
            "t/programmes.csv:2:42: unknown horizon 'quickwin' in column 'horizon' [quickwin] (help: did you mean 'quick-win'?)",
        ])
        #expect(programmes(replacing: "ongoing", with: "Ongoing") == [
            "t/programmes.csv:2:70: unknown status 'Ongoing' in column 'status' [Ongoing] (help: did you mean 'ongoing'?)",
        ])
        #expect(programmes(replacing: "medium", with: "xyz") == [
            "t/programmes.csv:2:42: unknown horizon 'xyz' in column 'horizon' [xyz] (help: expected one of: quick-win, short, medium, long)",
        ])
        var fixture = Fixture()
        fixture.indicators = fixture.indicators.replacingOccurrences(of: "minutes,negative", with: "minutes,neg")
        #expect(fixture.problems() == [
            "t/indicators.csv:3:37: unknown polarity 'neg' in column 'polarity' [neg] (help: did you mean 'negative'?)",
        ])
    }

    @Test func duplicateCodes() {
        var fixture = Fixture()
        fixture.opds += "DISHUB,Dinas Perhubungan Lagi,dinas,\n"
        #expect(fixture.problems() == [
            "t/opds.csv:4:1: duplicate code 'DISHUB' in column 'code' (first defined on line 2) [DISHUB]",
        ])
    }

    @Test func danglingReferences() {
        #expect(programmes(replacing: "DISHUB", with: "DISHUBB") == [
            "t/programmes.csv:2:26: unknown opd 'DISHUBB' in column 'opd' [DISHUBB] (help: did you mean 'DISHUB'?)",
        ])
        #expect(programmes(replacing: "DISHUB", with: "BAPPEDA") == [
            "t/programmes.csv:2:26: unknown opd 'BAPPEDA' in column 'opd' [BAPPEDA] (help: opds.csv has no opd with that code)",
        ])
        // Ties go to the first code in file order.
        #expect(measurements(replacing: "MOB-01.2,2019", with: "MOB-01.9,2019") == [
            "t/measurements.csv:4:1: unknown indicator 'MOB-01.9' in column 'indicator' [MOB-01.9] (help: did you mean 'MOB-01.1'?)",
        ])
    }

    @Test func startAfterEnd() {
        #expect(programmes(replacing: "2019,2023", with: "2024,2020") == [
            "t/programmes.csv:2:49: start_year 2024 is after end_year 2020 [2024,2020] (help: a programme cannot end before it starts)",
        ])
    }

    @Test func badBudgets() {
        let money = "(help: write whole rupiah without thousands separators, e.g. 1500000000; leave the cell empty when unknown)"
        #expect(programmes(replacing: "1500000000", with: "-5") == [
            "t/programmes.csv:2:59: negative budget '-5' in column 'budget' [-5] (help: a budget is zero or more; leave the cell empty when unknown)",
        ])
        #expect(programmes(replacing: "1500000000", with: "1500000.5") == [
            "t/programmes.csv:2:59: budget '1500000.5' in column 'budget' is not a whole number of rupiah [1500000.5] \(money)",
        ])
        #expect(programmes(replacing: "1500000000", with: "\"1.500.000.000\"") == [
            "t/programmes.csv:2:59: '1.500.000.000' in column 'budget' looks like Indonesian thousands grouping [\"1.500.000.000\"] (help: budget is whole rupiah: write 1500000000, without separators)",
        ])
        #expect(programmes(replacing: "1500000000", with: "9223372036854775808") == [
            "t/programmes.csv:2:59: budget '9223372036854775808' in column 'budget' is too large (at most 9223372036854775807 rupiah) [9223372036854775808] (help: check the figure; budgets are whole rupiah)",
        ])
        #expect(programmes(replacing: "1500000000", with: "9.3e18").first?.contains("is too large") == true)
        #expect(programmes(replacing: "1500000000", with: "-99999999999999999999").first?.contains("negative budget") == true)
    }

    @Test func badYears() {
        #expect(programmes(replacing: "2019,2023", with: "1850,2023") == [
            "t/programmes.csv:2:49: year '1850' in column 'start_year' is outside the range 1900 to 2200 [1850]",
        ])
        #expect(programmes(replacing: "2019,2023", with: "2019,20x3") == [
            "t/programmes.csv:2:54: invalid year '20x3' in column 'end_year' [20x3] (help: write the year as a whole number, e.g. 2021)",
        ])
        #expect(measurements(replacing: "MOB-01.2,2019", with: "MOB-01.2,2019.0") == [
            "t/measurements.csv:4:10: invalid year '2019.0' in column 'year' [2019.0] (help: write the year as a whole number, e.g. 2021)",
        ])
        #expect(measurements(replacing: "MOB-01.2,2019", with: "MOB-01.2,99999999999999999999") == [
            "t/measurements.csv:4:10: year '99999999999999999999' in column 'year' is outside the range 1900 to 2200 [99999999999999999999]",
        ])
    }

    @Test func badNumbers() {
        #expect(measurements(replacing: "10000,9500", with: "abc,9500") == [
            "t/measurements.csv:2:15: invalid number 'abc' in column 'target' [abc] (help: write a number such as 12.5)",
        ])
        #expect(measurements(replacing: "10000,9500", with: "10000,\"12,5\"") == [
            "t/measurements.csv:2:21: invalid number '12,5' in column 'actual' [\"12,5\"] (help: use a dot for decimals and no thousands separators, e.g. 12.5)",
        ])
        #expect(measurements(replacing: "10000,9500", with: "10000,n/a") == [
            "t/measurements.csv:2:21: invalid number 'n/a' in column 'actual' [n/a] (help: write a number such as 12.5, or leave the cell empty when there is none)",
        ])
        #expect(measurements(replacing: "10000,9500", with: "95%,9500") == [
            "t/measurements.csv:2:15: invalid number '95%' in column 'target' [95%] (help: write the number without '%')",
        ])
        var fixture = Fixture()
        fixture.indicators = fixture.indicators.replacingOccurrences(of: ",9000", with: ",nine")
        #expect(fixture.problems().first?.hasPrefix("t/indicators.csv:2:54: invalid number 'nine' in column 'baseline'") == true)
    }

    @Test func emptyRequiredCells() {
        #expect(measurements(replacing: "10000,9500", with: ",9500") == [
            "t/measurements.csv:2:15: empty value in required column 'target' [] (help: every measurement needs a target; only 'actual' may be empty (not yet reported))",
        ])
        var fixture = Fixture()
        fixture.opds = fixture.opds.replacingOccurrences(of: "DISHUB,Dinas Perhubungan", with: "DISHUB,")
        #expect(fixture.problems() == ["t/opds.csv:2:8: empty value in required column 'name' []"])
        #expect(programmes(replacing: "MOB-01,", with: "\"\",").first == "t/programmes.csv:2:1: empty value in required column 'code' [\"\"]")
    }

    @Test func duplicateMeasurements() {
        var fixture = Fixture()
        fixture.measurements += "MOB-01.1,2019,1,1\n"
        #expect(fixture.problems() == [
            "t/measurements.csv:6:1: duplicate measurement of indicator 'MOB-01.1' for 2019 (first on line 2) [MOB-01.1,2019,1,1] (help: each indicator has one row per year)",
        ])
    }

    @Test func csvSyntaxErrorsCarryTheirFileAndSuppressCascades() {
        var fixture = Fixture()
        fixture.opds = fixture.opds.replacingOccurrences(of: "DLHK,Dinas", with: "DLHK,\"Dinas")
        // The rest of opds.csv is unreadable, so references to DLHK are not reported as unknown.
        #expect(fixture.problems() == [
            "t/opds.csv:3:6: unterminated quoted field [\"] (help: the quote opened here is never closed; inside quotes write a quote twice: \"\")",
            "-: 1 error in t/programmes.csv that follows from the errors in t/opds.csv is not shown (help: unknown opd codes; fix t/opds.csv first)",
        ])
        fixture = Fixture()
        fixture.opds = fixture.opds.replacingOccurrences(of: "Dinas Perhubungan", with: "Dinas \"Hub\"")
        #expect(fixture.problems().first?.hasPrefix("t/opds.csv:2:14: stray quote in an unquoted field") == true)
    }

    @Test func invalidUTF8IsReportedOnce() {
        var bytes = Array("code,name,kind,head\nDISHUB,Caf".utf8)
        bytes += [0xE9] + Array(" Perhubungan,dinas,\nDLHK,\u{E9}t\u{E9},dinas,\n".utf8)
        var files = Fixture().files()
        files[.opd] = SourceFile(name: "t/opds.csv", bytes: bytes)
        do {
            _ = try MasterplanLoader.load(files: files, title: "x")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.summary) == [
                "t/opds.csv:2:11: the file is not valid UTF-8 (byte 0xE9) [\u{FFFD}] (help: save it as UTF-8 (in a spreadsheet: CSV UTF-8))",
                "-: 2 errors in t/programmes.csv that follow from the errors in t/opds.csv are not shown (help: unknown opd codes; fix t/opds.csv first)",
            ])
        }
    }

    // MARK: All or nothing

    @Test func everyProblemInEveryFileIsReportedTogether() {
        var fixture = Fixture()
        fixture.opds += "DISHUB,Again,dinas,\n"
        fixture.programmes = fixture.programmes.replacingOccurrences(of: "medium", with: "quickwin")
        fixture.measurements = fixture.measurements.replacingOccurrences(of: "10000,9500", with: "abc,9500")
        do {
            _ = try fixture.load()
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map { $0.location.map { "\($0)" } ?? "" } == [
                "t/opds.csv:4:1", "t/programmes.csv:2:42", "t/measurements.csv:2:15",
            ])
            #expect(error.omitted == 0)
            #expect(error.diagnostics.allSatisfy { $0.stage == .loader })
        }
    }

    @Test func onlyTheFirstFiftyProblemsAreKept() {
        var fixture = Fixture()
        fixture.measurements = "indicator,year,target,actual\n"
            + (0..<120).map { "MOB-01.1,\(1950 + $0),x,1\n" }.joined()
        do {
            _ = try fixture.load()
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.count == 50)
            #expect(error.omitted == 70)
            #expect(error.diagnostics.last?.location?.line == 51)
            #expect(DiagnosticFormatter().format(error).hasSuffix("... and 70 more problems\n"))
        }
    }
}
