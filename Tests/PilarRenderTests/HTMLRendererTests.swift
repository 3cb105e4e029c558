import PilarCore
import Testing
@testable import PilarRender

@Suite struct HTMLRendererTests {
    private func html(_ result: ResultSet, _ display: DisplaySettings = DisplaySettings()) -> String {
        Renderer.render(result, RenderOptions(format: .html, display: display))
    }

    @Test func escapesMarkupQuotesAndBreaks() {
        let out = html(Fixtures.mixed)
        #expect(out.contains("<td>Taman &quot;Hijau&quot; Cikapundung</td>"))
        #expect(out.contains("<td>Line one<br>line two|pipe</td>"))
        #expect(HTMLText.escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
        #expect(!html(ResultSet(columns: [ResultColumn("t", .text)], rows: [[.text("<script>\u{1B}")]])).contains("<script>"))
    }

    @Test func numbersAreRightAlignedAndGrouped() {
        let out = html(Fixtures.mixed)
        #expect(out.contains("<th class=\"num\">budget</th>"))
        #expect(out.contains("<td class=\"num\">1,500,000,000</td>"))
        #expect(out.contains("<th>code</th>"))
    }

    @Test func nullsUseTheNullTextAndAClass() {
        var display = DisplaySettings()
        display.nullText = "(kosong)"
        #expect(html(Fixtures.mixed, display).contains("<td class=\"num null\">(kosong)</td>"))
    }

    @Test func indonesianLocale() {
        var display = DisplaySettings()
        display.locale = .indonesian
        #expect(html(Fixtures.mixed, display).contains("<td class=\"num\">1.500.000.000</td>"))
    }

    @Test func noColumnsIsEmpty() {
        #expect(html(ResultSet(columns: [], rows: [])) == "")
    }

    @Test func printTextAsDocument() {
        #expect(DocumentText.heading("## Anggaran\n")! == (2, "Anggaran"))
        #expect(DocumentText.heading("#tag\n") == nil)
        #expect(DocumentText.heading("####### seven\n") == nil)
        #expect(DocumentText.render("### A & B\n", as: .html) == "<h3>A &amp; B</h3>\n")
        #expect(DocumentText.render("x < y\n", as: .html) == "<p>x &lt; y</p>\n")
        #expect(DocumentText.render("# Judul\n", as: .table) == "Judul\n=====\n")
        #expect(DocumentText.render("# Judul\n", as: .csv) == "# Judul\n")
        #expect(DocumentText.render("# Judul\n", as: .markdown) == "# Judul\n")
    }
}
