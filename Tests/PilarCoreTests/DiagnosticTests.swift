import PilarCore
import Testing

@Suite struct SourceFileTests {
    @Test func locationsCountLinesAndCharacters() {
        let source = SourceFile(name: "s.pilar", text: "opds\n| where name == \"Dinas Perhubungan – Ü\"\n| count")
        #expect(source.location(of: 0) == SourceLocation(file: "s.pilar", line: 1, column: 1))
        #expect(source.location(of: 5).line == 2)
        #expect(source.location(of: 7).column == 3)
        #expect(source.lineText(2) == "| where name == \"Dinas Perhubungan – Ü\"")
        // A column counts characters, not the three bytes of '–'.
        let line = source.lineText(2)
        let umlautByte = source.lineStarts[1] + line.utf8.distance(from: line.utf8.startIndex, to: line.firstIndex(of: "Ü")!.samePosition(in: line.utf8)!)
        #expect(source.location(of: umlautByte).column == line.distance(from: line.startIndex, to: line.firstIndex(of: "Ü")!) + 1)
        #expect(source.location(of: umlautByte).column == 38)
    }

    @Test func crlfLineTextHasNoCarriageReturn() {
        let source = SourceFile(name: "x", text: "a\r\nb")
        #expect(source.lineText(1) == "a")
        #expect(source.lineText(2) == "b")
    }
}

@Suite struct DiagnosticFormatterTests {
    @Test func formatsLocationLineCaretAndHint() {
        let source = SourceFile(name: "report.pilar", text: "programmes\n  | sort budjet desc\n")
        let start = 11 + 9
        let diagnostic = Diagnostic(.checker, .verbatim("unknown field 'budjet' of programme"), source: source,
                                    span: Span(start, start + 6), hint: .verbatim("did you mean 'budget'?"))
        let text = DiagnosticFormatter().format(diagnostic)
        #expect(text == """
            report.pilar:2:10: error: unknown field 'budjet' of programme
             2 |   | sort budjet desc
               |          ^~~~~~
               = help: did you mean 'budget'?

            """)
    }

    @Test func diagnosticWithoutSourceHasNoCaret() {
        let text = DiagnosticFormatter().format(Diagnostic(.loader, .verbatim("folder 'x' does not exist"), source: nil, hint: .verbatim("check the path")))
        #expect(text == "error: folder 'x' does not exist\n  = help: check the path\n")
    }

    @Test func listMentionsOmittedProblems() {
        let list = DiagnosticList([Diagnostic(.loader, .verbatim("bad"), source: nil)], omitted: 3)
        #expect(DiagnosticFormatter().format(list).hasSuffix("... and 3 more problems\n"))
    }
}

@Suite struct DidYouMeanTests {
    @Test func suggestsNearestName() {
        #expect(DidYouMean.suggest("budjet", from: ["budget", "code", "name"]) == "budget")
        #expect(DidYouMean.suggest("mobilty", from: ["governance", "mobility"]) == "mobility")
        #expect(DidYouMean.suggest("wher", from: ["where", "select"]) == "where")
        #expect(DidYouMean.suggest("DISHBU", from: ["DISHUB", "DINKES"]) == "DISHUB")
    }

    @Test func staysQuietForUnrelatedWords() {
        #expect(DidYouMean.suggest("xyz", from: ["budget", "code"]) == nil)
        #expect(DidYouMean.suggest("", from: ["a"]) == "a" || DidYouMean.suggest("", from: ["a"]) == nil)
    }

    @Test func prefixIsASuggestion() {
        #expect(DidYouMean.suggest("prog", from: ["opds", "programmes"]) == "programmes")
    }

    @Test func transpositionCostsOne() {
        #expect(DidYouMean.editDistance(Array("ab"), Array("ba")) == 1)
        #expect(DidYouMean.editDistance(Array("kitten"), Array("sitting")) == 3)
    }
}
