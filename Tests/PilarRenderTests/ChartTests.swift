import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PilarCore
import Testing
@testable import PilarRender

/// Charts drawn by the renderers: scaling, negative and null values, widths, the line plot,
/// sparklines, and SVG that an XML parser accepts.
@Suite struct ChartTests {
    static func bars(_ values: [(String, Value)], label: String? = "name") -> ResultSet {
        var result = ResultSet(columns: [ResultColumn("name", .text), ResultColumn("value", .int)],
                               rows: values.map { [.text($0.0), $0.1] })
        result.chart = ChartSpec(kind: .bar, value: "value", label: label)
        return result
    }

    static func render(_ result: ResultSet, _ format: OutputFormat = .table, width: Int? = 40,
                       locale: NumberLocale = .english, style: RenderStyle = .plain) -> String {
        Renderer.render(result, RenderOptions(format: format, maxWidth: width, style: style,
                                              display: DisplaySettings(locale: locale)))
    }

    @Test func barsAreScaledToTheWidth() {
        let text = Self.render(Self.bars([("a", .int(100)), ("bb", .int(50)), ("c", .int(0))]))
        #expect(text == """
            value
            a  █████████████████████████████████ 100
            bb ████████████████▌ 50
            c   0

            """)
        // Every line fits the width asked for.
        #expect(Fixtures.lineWidths(text).allSatisfy { $0 <= 40 })
    }

    @Test func eighthsShowTheRemainder() {
        #expect(BarChartText.bar(eighths: 8 * 3 + 5) == "███▋")
        #expect(BarChartText.bar(eighths: 0) == "▏")
    }

    @Test func negativeValuesGrowLeftOfTheAxis() {
        let text = Self.render(Self.bars([("up", .int(30)), ("down", .int(-10))]), width: 30)
        #expect(text == """
            value
            up        │███████████████ 30
            down █████│ -10

            """)
    }

    @Test func nullShowsTheNullTextWithoutABar() {
        let text = Self.render(Self.bars([("a", .int(10)), ("b", .null)]), width: 30)
        #expect(text.contains("\nb -\n"))
    }

    @Test func widthsCountWideAndIndonesianLabels() {
        let result = Self.bars([("東京", .int(1_500_000)), ("Dinas Perhubungan", .int(750_000))])
        let text = Self.render(result, width: 60, locale: .indonesian)
        #expect(text.contains("1.500.000"))
        #expect(text.contains("750.000"))
        // The wide label takes four columns, padded to the longest label.
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("東京" + String(repeating: " ", count: 17 - 4) + " █"))
        #expect(Fixtures.lineWidths(text).allSatisfy { $0 <= 60 })
    }

    @Test func withoutLabelTheFirstTextColumnNamesTheBars() {
        let text = Self.render(Self.bars([("first", .int(1))], label: nil))
        #expect(text.contains("first █"))
        var numbered = ResultSet(columns: [ResultColumn("value", .int)], rows: [[.int(1)], [.int(2)]])
        numbered.chart = ChartSpec(kind: .bar, value: "value")
        #expect(Self.render(numbered).contains("\n2 █"))
    }

    @Test func manyBarsAreCutWithANote() {
        let result = Self.bars((1...70).map { ("r\($0)", .int(Int64($0))) })
        let lines = Self.render(result).split(separator: "\n")
        #expect(lines.count == 1 + 60 + 1)
        #expect(lines.last == "… 10 more rows not drawn: the chart shows the first 60 (take or top to choose)")
    }

    @Test func markdownIsATextBlockAndMachineFormatsKeepTheRows() {
        let result = Self.bars([("a", .int(2)), ("b", .int(1))])
        #expect(Self.render(result, .markdown).hasPrefix("```text\nvalue\na █"))
        #expect(Self.render(result, .markdown).hasSuffix("```\n"))
        #expect(Self.render(result, .csv) == "name,value\na,2\nb,1\n")
        var plain = result
        plain.chart = nil
        #expect(Self.render(result, .json) == Self.render(plain, .json))
        #expect(Self.render(result, .jsonl) == Self.render(plain, .jsonl))
        #expect(Self.render(result, .tsv) == Self.render(plain, .tsv))
    }

    static let twoSeries: ResultSet = {
        var result = ResultSet(
            columns: [ResultColumn("year", .year), ResultColumn("pillar", .label), ResultColumn("a", .decimal)],
            rows: [
                [.int(2019), .text("people"), .int(10)], [.int(2020), .text("people"), .int(20)],
                [.int(2019), .text("mobility"), .int(30)], [.int(2020), .text("mobility"), .null],
                [.int(2021), .text("mobility"), .int(15)],
            ])
        result.chart = ChartSpec(kind: .line, value: "a", label: "year", series: "pillar")
        return result
    }()

    @Test func lineChartWithTwoSeries() {
        let text = Self.render(Self.twoSeries, width: 40)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "a")
        // Largest at the top, smallest at the bottom of the y axis.
        #expect(lines[1].hasPrefix("30 ┤■"))
        #expect(lines[10].hasPrefix("10 ┤●"))
        #expect(lines[12] == "    2019              2020          2021")
        #expect(lines[13] == "● people  ■ mobility")
        #expect(Fixtures.lineWidths(text).allSatisfy { $0 <= 40 })
    }

    @Test func lineSeriesAreColouredOnlyWithColour() {
        #expect(!Self.render(Self.twoSeries).contains("\u{1B}"))
        let coloured = Self.render(Self.twoSeries, style: .ansi)
        #expect(coloured.contains(RenderStyle.seriesColours[0] + "●"))
        #expect(coloured.contains(RenderStyle.seriesColours[1] + "■"))
    }

    @Test func sparklineLevels() {
        #expect(SparklineText.render([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█")
        #expect(SparklineText.render([10, nil, 30]) == "▁ █")
        #expect(SparklineText.render([5, 5]) == "▄▄")
        #expect(SparklineText.render([nil]) == " ")
        #expect(SparklineText.render([]) == "")
    }

    /// Parses `svg` as XML; the names of the elements it holds, or nil when it is not well-formed.
    static func elements(_ svg: String) -> [String]? {
        final class Names: NSObject, XMLParserDelegate {
            var names: [String] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                names.append(name)
            }
        }
        let parser = XMLParser(data: Data(svg.utf8))
        let names = Names()
        parser.delegate = names
        return parser.parse() ? names.names : nil
    }

    @Test func svgIsWellFormed() throws {
        let bars = Self.bars([("a <&> \"b\"", .int(3)), ("neg", .int(-2)), ("none", .null)])
        let barNames = try #require(Self.elements(ChartSVG.render(bars)))
        #expect(barNames.first == "svg")
        #expect(barNames.filter { $0 == "rect" }.count == 2)
        #expect(barNames.contains("line"))
        let lineNames = try #require(Self.elements(ChartSVG.render(Self.twoSeries)))
        #expect(lineNames.filter { $0 == "polyline" }.count == 3)
        #expect(ChartSVG.render(Self.twoSeries).contains(">mobility</text>"))
        let spark = try #require(Self.elements(ChartSVG.sparkline("▁▃ █▅")))
        #expect(spark == ["svg", "polyline", "polyline"])
        #expect(ChartSVG.render(ResultSet(columns: [], rows: [])) == "")
    }

    @Test func catalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: ChartMessage.self) == [])
    }
}

/// Bands in the table are coloured red → green on a colour terminal, and never in plain style.
@Suite struct BandColourTests {
    static let bands = ResultSet(columns: [ResultColumn("code", .text), ResultColumn("band", .label, isBand: true),
                                           ResultColumn("horizon", .label)],
                                 rows: [[.text("A"), .text("very low"), .text("medium")], [.text("B"), .text("sangat tinggi"), .null],
                                        [.text("C"), .text("medium"), .text("long")], [.text("D"), .null, .null]])

    @Test func bandsAreColouredWithColourOnly() {
        let coloured = Renderer.render(Self.bands, RenderOptions(style: .ansi))
        #expect(coloured.contains(RenderStyle.bandColours[0] + "very low" + "\u{1B}[0m"))
        #expect(coloured.contains(RenderStyle.bandColours[4] + "sangat tinggi" + "\u{1B}[0m"))
        #expect(coloured.contains(RenderStyle.bandColours[2] + "medium" + "\u{1B}[0m"))
        #expect(!Renderer.render(Self.bands, RenderOptions(style: .plain)).contains("\u{1B}"))
        // Colour never changes the layout.
        #expect(Fixtures.stripANSI(coloured) == Renderer.render(Self.bands, RenderOptions(style: .plain)))
        // Only the band column: a horizon of "medium" is no band.
        #expect(coloured.components(separatedBy: RenderStyle.bandColours[2] + "medium").count == 2)
    }

    @Test func bandCellsAreTintedInHTML() {
        let page = Renderer.render(Self.bands, RenderOptions(format: .html))
        #expect(page.contains(#"<td class="band0">very low</td>"#))
        #expect(page.contains(#"<td class="band4">sangat tinggi</td>"#))
        #expect(page.contains(#"<td class="band2">medium</td><td>medium</td>"#) == false)
        #expect(page.contains(#"<td>C</td><td class="band2">medium</td><td>long</td>"#))
        #expect(page.contains(#"<td>A</td><td class="band0">very low</td><td>medium</td>"#))
    }
}
