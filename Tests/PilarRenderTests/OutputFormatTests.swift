import PilarCore
import Testing
@testable import PilarRender

@Suite struct OutputFormatTests {
    @Test func namesAndAliases() {
        #expect(OutputFormat.allNames == ["table", "csv", "tsv", "json", "jsonl", "markdown"])
        #expect(OutputFormat(name: "CSV") == .csv)
        #expect(OutputFormat(name: "md") == .markdown)
        #expect(OutputFormat(name: "ndjson") == .jsonl)
        #expect(OutputFormat(name: "xml") == nil)
    }

    @Test func namesWorkWithDidYouMean() {
        #expect(DidYouMean.suggest("jsn", from: OutputFormat.allNames) == "json")
        #expect(DidYouMean.suggest("markdwn", from: OutputFormat.allNames) == "markdown")
    }

    @Test func everyFormatEndsWithNewline() {
        for format in OutputFormat.allCases {
            #expect(Fixtures.render(Fixtures.mixed, format).hasSuffix("\n"), "\(format)")
            let empty = Fixtures.render(Fixtures.empty, format)
            #expect(empty.isEmpty == (format == .jsonl), "\(format)")
            #expect(empty.isEmpty || empty.hasSuffix("\n"), "\(format)")
        }
    }

    @Test func machineFormatsIgnoreWidthStyleAndExpansion() {
        for format in OutputFormat.allCases where format != .table {
            #expect(
                Fixtures.render(Fixtures.mixed, format, maxWidth: 20, style: .ansi, expanded: .on)
                    == Fixtures.render(Fixtures.mixed, format), "\(format)")
        }
    }
}
