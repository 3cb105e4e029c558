import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// A column made by `sparkline(…)` is known as one by the checker (not guessed from its
/// characters), so the html format can draw it as a picture while every other format keeps
/// the text.
@Suite struct SparklineColumnTests {
    static let store = DemoMasterplan.load()

    private func result(_ script: String) throws -> ResultSet {
        let session = Session(store: Self.store, format: .csv)
        var results: [ResultSet] = []
        var failure: Diagnostic?
        session.run(SourceFile(name: "t", text: script)) { event in
            switch event {
            case .result(let result, _): results.append(result)
            case .error(let diagnostic): failure = failure ?? diagnostic
            default: break
            }
        }
        if let failure { Issue.record("\(failure.message)") }
        return try #require(results.last)
    }

    private func kinds(_ script: String) throws -> [String: ColumnKind] {
        let result = try result(script)
        return Dictionary(result.columns.map { ($0.name, $0.kind) }, uniquingKeysWith: { $1 })
    }

    static let mob = #"indicators | where code == "MOB-01.1""#

    @Test func extendSelectSummarizeAndWindowKeepTheKind() throws {
        #expect(try kinds(Self.mob + " | extend trend = sparkline(measurements.achievement)")["trend"] == .sparkline)
        #expect(try kinds(Self.mob + " | extend trend = sparkline(measurements.achievement) | select code, trend")["trend"] == .sparkline)
        #expect(try kinds(Self.mob + " | extend trend = sparkline(measurements.achievement) | select code, t = trend | sort code")["t"] == .sparkline)
        #expect(try kinds("measurements | summarize s = sparkline(achievement) by indicator")["s"] == .sparkline)
        #expect(try kinds("let x = \(Self.mob) | extend trend = sparkline(measurements.achievement)\nx | select trend")["trend"] == .sparkline)
    }

    @Test func textThatOnlyLooksLikeASparklineIsText() throws {
        let found = try kinds(Self.mob + #" | extend fake = "▁▄▅██", trend = sparkline(measurements.achievement) | extend shout = upper(trend) | select fake, shout"#)
        #expect(found["fake"] == .text)
        #expect(found["shout"] == .text)
    }

    @Test func htmlDrawsASmallPictureAndOtherFormatsTheText() throws {
        let result = try result(Self.mob + #" | extend trend = sparkline(measurements.achievement), fake = "▁█" | select code, trend, fake"#)
        let html = Renderer.render(result, RenderOptions(format: .html))
        #expect(html.contains("<td>" + ChartSVG.sparkline("▁▄▅██ ") + "</td>"))
        #expect(html.contains(#"class="sparkline""#))
        // The look-alike text is written as text, not drawn.
        #expect(html.contains("<td>▁█</td>"))
        #expect(Renderer.render(result, RenderOptions(format: .csv)).contains("MOB-01.1,\"▁▄▅██ \",▁█"))
        #expect(Renderer.render(result, RenderOptions(format: .markdown)).contains("▁▄▅██"))
        #expect(Renderer.render(result, RenderOptions(format: .table)).contains("│ ▁▄▅██  │"))
    }

    @Test func aNullSparklineIsTheNullText() throws {
        let result = try result(#"opds | where code == "BAPPEDA" | extend s = sparkline(programmes.budget) | select s"#)
        #expect(result.columns.first?.kind == .sparkline)
        if result.rows.first?.first == .null {
            #expect(Renderer.render(result, RenderOptions(format: .html)).contains(#"<td class="null">-</td>"#))
        }
    }
}
