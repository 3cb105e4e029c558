import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// `| chart …`: checked like any stage (located errors, did-you-mean), and the result keeps
/// its rows with the chart attached.
@Suite struct ChartStageTests {
    static let store = DemoMasterplan.load()

    private func outcome(_ script: String, language: Language = .english) -> (results: [ResultSet], error: Diagnostic?) {
        let session = Session(store: Self.store, format: .csv)
        session.language = language
        var results: [ResultSet] = []
        var error: Diagnostic?
        session.run(SourceFile(name: "t", text: script)) { event in
            switch event {
            case .result(let result, _): results.append(result)
            case .error(let diagnostic): if error == nil { error = diagnostic }
            default: break
            }
        }
        return (results, error)
    }

    @Test func chartKeepsTheRowsAndAttachesTheSpec() throws {
        let charted = outcome("programmes | summarize budget = sum(budget) by pillar | chart bar budget by pillar")
        let plain = outcome("programmes | summarize budget = sum(budget) by pillar")
        let result = try #require(charted.results.first)
        #expect(result.rows == plain.results.first?.rows)
        #expect(result.chart == ChartSpec(kind: .bar, value: "budget", label: "pillar"))
        let line = try #require(outcome("measurements | summarize a = avg(achievement) by year, pillar = indicator.programme.pillar | chart line a by year, pillar").results.first)
        #expect(line.chart == ChartSpec(kind: .line, value: "a", label: "year", series: "pillar"))
    }

    @Test func barWithoutByLeavesTheLabelToTheRenderer() throws {
        let result = try #require(outcome("programmes | chart bar budget").results.first)
        #expect(result.chart == ChartSpec(kind: .bar, value: "budget"))
    }

    @Test(arguments: [
        ("programmes | chart bar name", "chart bar needs numbers to draw, but 'name' is text", 24),
        ("programmes | chart bar budgt", "unknown field 'budgt' of programme", 24),
        ("programmes | chart bar budget by pilar", "unknown field 'pilar' of programme", 34),
        ("programmes | chart pie budget", "unknown chart 'pie'", 20),
        ("programmes | chart line budget", "chart line needs the column along the bottom: chart line VALUE by X[, SERIES]", 25),
        ("programmes | chart bar budget by pillar, opd", "chart bar takes one label column after by", 42),
        ("programmes | chart line budget by start_year, pillar, opd", "chart line takes the x column and at most one series column after by", 55),
        ("opds | chart bar programmes", "'programmes' is rows of programme, not one value per row", 18),
        ("let x = programmes | chart bar budget", "chart draws the result of a query, so it cannot be used here", 22),
        ("opds | extend n = count(programmes | chart bar budget)", "chart draws the result of a query, so it cannot be used here", 38),
    ])
    func mistakesAreLocated(script: String, message: String, column: Int) throws {
        let error = try #require(outcome(script).error)
        #expect(error.message == message)
        #expect(error.location?.column == column)
    }

    @Test func misspeltKindSuggestsTheNearest() throws {
        let error = try #require(outcome("programmes | chart bars budget").error)
        #expect(error.hint == "did you mean 'bar'?")
    }

    @Test func chartMustBeLast() throws {
        let error = try #require(parseError("programmes | chart bar budget | take 3"))
        #expect(error.message == "'chart' must be the last stage")
        #expect(error.hint == "chart draws the rows that reach it: put the other stages before it")
        #expect(parseError("programmes | chart") != nil)
    }

    @Test func errorsInIndonesian() throws {
        let error = try #require(outcome("programmes | chart bar name", language: .indonesian).error)
        #expect(error.text.text(in: .indonesian) == "chart bar memerlukan angka untuk digambar, tetapi 'name' bertipe text")
    }

    @Test func sparklineDrawsACollectionByYearWithGapsForNulls() throws {
        let result = try #require(outcome("""
            indicators | where code == "MOB-01.1" | extend trend = sparkline(measurements.achievement), years = string_agg(measurements.year) | select trend, years
            """).results.first)
        // Six measurements, 2018 to 2023; the last has no actual yet, so no achievement.
        #expect(result.rows == [[.text("▁▄▅██ "), .text("2018, 2019, 2020, 2021, 2022, 2023")]])
        let none = try #require(outcome("opds | where code == \"BAPPEDA\" | extend s = sparkline(programmes.budget) | select s").results.first)
        #expect(none.rows.count == 1)
        let error = try #require(outcome("indicators | extend s = sparkline(measurements.band)").error)
        #expect(error.message.contains("sparkline"))
    }

    @Test func catalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: ChartStageMessage.self) == [])
    }
}
