import PilarCore
import PilarRender
import Testing
@testable import PilarLanguage

@Suite struct DocumentWriterTests {
    private let html = RenderOptions(format: .html)
    private let result = ResultSet(columns: [ResultColumn("n", .int)], rows: [[.int(6)]])

    @Test func onePageTitledByTheFirstHeading() {
        var writer = DocumentWriter(title: "script")
        #expect(writer.text(of: .result(result, .html), options: html) == "")
        #expect(writer.text(of: .text("## Ringkasan\n"), options: html) == "")
        #expect(writer.text(of: .text("# Bagian dua\n"), options: html) == "")
        #expect(writer.text(of: .note("loaded\n"), options: html) == nil)
        let page = writer.finish()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("<title>Ringkasan</title>"))
        #expect(page.contains("h1 ~ h1 { break-before: page; }"))
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("tr { break-inside: avoid;"))
        #expect(!page.contains("http"))
        #expect(page.hasSuffix("</body>\n</html>\n"))
        #expect(writer.finish() == "")
    }

    @Test func scriptNameWhenNoHeadingAndIndonesianLang() {
        var writer = DocumentWriter(title: DocumentWriter.title(forScript: "reports/opd.pilar"))
        var options = html
        options.language = .indonesian
        _ = writer.text(of: .text("teks\n"), options: options)
        let page = writer.finish()
        #expect(page.contains("<title>opd</title>"))
        #expect(page.contains("<html lang=\"id\">"))
        #expect(DocumentWriter.title(forScript: "<command line>") == "pilar")
    }

    @Test func markdownBlocksAreApart() {
        var writer = DocumentWriter(title: "x")
        let markdown = RenderOptions(format: .markdown)
        var out = ""
        out += writer.text(of: .text("# A\n"), options: markdown)!
        out += writer.text(of: .text("b\n"), options: markdown)!
        out += writer.text(of: .result(result, .markdown), options: markdown)!
        out += writer.text(of: .text("c\n"), options: markdown)!
        #expect(out == "# A\n\nb\n\n| n |\n| --: |\n| 6 |\n\nc\n" || out.hasPrefix("# A\n\nb\n\n|"))
        #expect(out.hasSuffix("|\n\nc\n"))
    }

    @Test func leavingHtmlWritesThePage() {
        var writer = DocumentWriter(title: "x")
        _ = writer.text(of: .text("# A\n"), options: html)
        let csv = writer.text(of: .result(result, .csv), options: RenderOptions(format: .csv))!
        #expect(csv.hasPrefix("<!DOCTYPE html>"))
        #expect(csv.hasSuffix("</html>\nn\n6\n"))
    }
}
