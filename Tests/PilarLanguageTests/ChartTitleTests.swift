import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// `chart … title "TEXT"`: a caption above the drawing in every people's format; a column
/// called title still works, and a title without its text is a located error.
@Suite struct ChartTitleTests {
    static let store = DemoMasterplan.load()

    private func result(_ script: String) throws -> ResultSet {
        let session = Session(store: Self.store, format: .csv)
        var results: [ResultSet] = []
        session.run(SourceFile(name: "t", text: script)) { event in
            if case .result(let result, _) = event { results.append(result) }
            if case .error(let diagnostic) = event { Issue.record("\(diagnostic.message)") }
        }
        return try #require(results.first)
    }

    static let query = "programmes | summarize budget = sum(budget) by pillar | chart bar budget by pillar"

    @Test func titleIsDrawnAboveTheChart() throws {
        let result = try result(Self.query + #" title "Anggaran per pilar""#)
        #expect(result.chart == ChartSpec(kind: .bar, value: "budget", label: "pillar", title: "Anggaran per pilar"))
        #expect(Renderer.render(result, RenderOptions(maxWidth: 60)).hasPrefix("Anggaran per pilar\nbudget\n"))
        #expect(Renderer.render(result, RenderOptions(format: .markdown)).hasPrefix("```text\nAnggaran per pilar\n"))
        #expect(Renderer.render(result, RenderOptions(format: .html)).contains(">Anggaran per pilar</text>"))
        let line = try self.result(#"measurements | summarize a = avg(achievement) by year | chart line a by year title "Capaian""#)
        #expect(line.chart?.title == "Capaian")
        let bare = try self.result(#"programmes | summarize budget = sum(budget) by pillar | chart bar budget title "Tanpa by""#)
        #expect(bare.chart == ChartSpec(kind: .bar, value: "budget", title: "Tanpa by"))
    }

    @Test func aColumnNamedTitleIsStillAColumn() throws {
        let result = try result("programmes | summarize title = sum(budget) by pillar | chart bar title by pillar")
        #expect(result.chart == ChartSpec(kind: .bar, value: "title", label: "pillar"))
    }

    @Test func titleWithoutTextIsLocated() throws {
        let error = try #require(parseError(Self.query + " title 2024"))
        #expect(error.message == "expected the chart's title in quotes after title, found number 2024")
        #expect(error.location?.column == 90)
        #expect(error.hint?.contains("title \"Anggaran per pilar\"") == true)
    }
}
