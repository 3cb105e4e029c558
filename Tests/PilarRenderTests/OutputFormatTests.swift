import PilarCore
import Testing
@testable import PilarRender

@Suite struct OutputFormatTests {
    @Test func namesAndAliases() {
        #expect(OutputFormat.allNames == ["table", "csv", "tsv", "json", "jsonl", "markdown", "html"])
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

@Suite struct FormatRegistryTests {
    @Test func catalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: FormatMessage.self) == [])
    }

    @Test func namesAliasesAndExtensionsAreUnique() {
        let names = OutputFormat.allCases.flatMap { [$0.name] + $0.aliases }
        #expect(Set(names).count == names.count)
        #expect(Set(OutputFormat.allExtensions).count == OutputFormat.allExtensions.count)
    }

    @Test func extensionsPickTheirFormat() {
        #expect(OutputFormat(fileExtension: "CSV") == .csv)
        #expect(OutputFormat(fileExtension: "md") == .markdown)
        #expect(OutputFormat(fileExtension: "txt") == .table)
        #expect(OutputFormat(fileExtension: "docx") == nil)
    }

    @Test func everyFormatHasHelpInBothLanguages() {
        for format in OutputFormat.allCases {
            #expect(!format.help(in: .english).isEmpty)
            #expect(format.help(in: .indonesian) != format.help(in: .english), "\(format)")
        }
    }
}
