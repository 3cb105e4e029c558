import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// The `check` rules and the aggregate-context reasons in Bahasa Indonesia: the problem texts
/// follow the session's language, the column names and codes do not.
@Suite struct CheckRuleLanguageTests {
    @Test func catalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: CheckRuleMessage.self) == [])
        #expect(CatalogueAudit.problems(in: FunctionMessage.self) == [])
    }

    /// The problem column of each row, in `language`.
    static func problems(_ store: Store, _ language: Language) -> [String] {
        CheckReport(store: store, rules: [], referenceYear: nil).resultSet(store, in: language).rows.map { row in
            if case .text(let text) = row[4] { text } else { "?" }
        }
    }

    @Test func missingActualInIndonesian() throws {
        let store = try CheckRuleTests.store(measurements: CheckRuleTests.measurements
            .replacingOccurrences(of: "P-1.1,2020,20,21", with: "P-1.1,2020,20,"))
        #expect(Self.problems(store, .indonesian)
                == ["tidak ada realisasi untuk 2020, tahun lampau (program P-1 berstatus ongoing, 2019–2021)"])
    }

    @Test func pastEndNotDoneInIndonesian() throws {
        let store = try CheckRuleTests.store(programmes: CheckRuleTests.programmes
            .replacingOccurrences(of: "2020,100,done", with: "2020,100,stalled"))
        #expect(Self.problems(store, .indonesian) == ["berakhir pada 2020 tetapi masih berstatus stalled (tahun acuan 2021)"])
    }

    @Test func absorptionOver100InIndonesian() throws {
        let store = try CheckRuleTests.store(measurements: CheckRuleTests.measurements
            .replacingOccurrences(of: "P-2.1,2020,95,95", with: "P-2.1,2020,95,101.5"))
        #expect(Self.problems(store, .indonesian) == ["serapan anggaran 101.5 % pada 2020 melebihi 100 %"])
        #expect(Self.problems(store, .english) == ["budget absorption 101.5 % in 2020 is above 100 %"])
    }

    @Test func duplicateNameInIndonesian() throws {
        let store = try CheckRuleTests.store(programmes: CheckRuleTests.programmes + "P-3,ALPHA ,A,mobility,short,2022,2023,100,planned\n",
                                             indicators: CheckRuleTests.indicators + "P-3.1,P-3,Users,people,positive,\n")
        #expect(Self.problems(store, .indonesian) == ["namanya sama dengan P-1 dari A"])
    }

    /// The session writes the problems in its language; the rule names and columns stay.
    @Test func checkFollowsTheSessionLanguage() {
        let session = Session(store: Tiny.store, format: .csv)
        session.language = .indonesian
        var rows: [[Value]] = []
        var columns: [String] = []
        session.run(SourceFile(name: "t", text: "check no_indicator")) { event in
            if case .result(let result, _) = event { rows = result.rows; columns = result.columns.map(\.name) }
        }
        #expect(columns == ["rule", "entity", "code", "where", "problem"])
        #expect(rows.first?.first == .text("no_indicator"))
        #expect(rows.first?.last == .text("tidak ada indikator yang mengukur program ini"))
    }

    @Test func everyRuleHasItsIndonesianDescription() {
        for rule in CheckRule.all {
            #expect(rule.summary(in: .english) == rule.summary)
            #expect(rule.help(in: .indonesian) != rule.help)
            #expect(rule.summary(in: .indonesian) != rule.summary)
        }
    }

    /// The reason an aggregate is refused is a message too, so it is translated with the rest.
    @Test func aggregateReasonInIndonesian() throws {
        let diagnostic = try #require(Tiny.diagnostic("programmes | summarize n = count() by x = count()"))
        #expect(diagnostic.message == "count() is an aggregate, and the keys after 'by' are computed per row")
        #expect(diagnostic.text.text(in: .indonesian) == "count() adalah agregat, dan kunci setelah 'by' dihitung per baris")
        let print = try #require(Tiny.diagnostic("print sum(1)"))
        #expect(print.text.text(in: .indonesian) == "sum() adalah agregat, dan print tidak memiliki baris untuk diagregasi")
        #expect(print.message == "sum() is an aggregate, and print has no rows to aggregate")
    }
}
