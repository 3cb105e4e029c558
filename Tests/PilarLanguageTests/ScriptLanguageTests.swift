import PilarCore
import PilarStore
import PilarRender
import Testing
@testable import PilarLanguage

/// `param`, `{expr}` in print, `for each` and `if`: lexer, parser, checker and session.
@Suite struct ScriptLanguageTests {
    private func run(_ text: String, settings: [String: ParameterSetting] = [:]) -> String {
        let session = Session(store: Tiny.store, format: .csv)
        session.parameterSettings = settings
        var output = ""
        session.run(SourceFile(name: "t", text: text)) { event in
            switch event {
            case .result(let result, let format): output += Renderer.render(result, RenderOptions(format: format))
            case .text(let text): output += text
            case .error(let diagnostic): output += "error: " + diagnostic.message + (diagnostic.hint.map { " | " + $0 } ?? "")
            default: break
            }
        }
        return output
    }

    @Test func cataloguesAreComplete() {
        #expect(CatalogueAudit.problems(in: ScriptMessage.self) == [])
    }

    // MARK: - Lexer

    @Test func aBlockEndsStatementsAtNewlinesInside() throws {
        let tokens = try Lexer.tokenize(SourceFile(name: "t", text: "for each $p in pillars {\n  print 1\n  print 2\n}"))
        let ends = tokens.filter { if case .end = $0.kind { true } else { false } }
        // After '{', after each print, and after '}'.
        #expect(ends.count == 4)
    }

    @Test func aRecordBraceStillJoinsLines() throws {
        let tokens = try Lexer.tokenize(SourceFile(name: "t", text: "insert opds {\n code: \"x\"\n}"))
        let ends = tokens.filter { if case .end = $0.kind { true } else { false } }
        #expect(ends.count == 1)
    }

    @Test func anOpenBlockNeedsAnotherLine() {
        #expect(Lexer.needsContinuation("for each $p in pillars {"))
        #expect(Lexer.needsContinuation("for each $p in pillars {\n  print $p.name"))
        #expect(!Lexer.needsContinuation("for each $p in pillars {\n  print $p.name\n}"))
        #expect(Lexer.needsContinuation("if true {\n print 1\n} else {"))
    }

    // MARK: - Parser

    @Test func parsesParamForms() throws {
        let script = try Parser.parse(SourceFile(name: "t", text: "param year = 2023\nparam opd: text\nparam low: decimal = -1.5"))
        guard case .param(let year) = script.statements[0].kind, case .param(let opd) = script.statements[1].kind else {
            Issue.record("params"); return
        }
        #expect(year.name == "year" && year.type == nil && year.defaultValue != nil)
        #expect(opd.type == .text && opd.defaultValue == nil)
        #expect(parseError("param year = 2000 + 23")?.message == "the default of a parameter must be a literal: a number, a string, true or false")
        #expect(parseError("param code: txt")?.hint == "did you mean 'text'?")
    }

    @Test func parsesPrintTextIntoPieces() throws {
        let script = try Parser.parse(SourceFile(name: "t", text: "print \"a {{b}} {$year} c\""))
        guard case .printText(let pieces) = script.statements[0].kind else { Issue.record("printText"); return }
        #expect(pieces.count == 3)
        #expect(pieces.first == .literal("a {b} "))
        // A print without braces stays a plain print.
        guard case .print = try Parser.parse(SourceFile(name: "t", text: "print \"plain\"")).statements[0].kind else {
            Issue.record("print"); return
        }
    }

    @Test func anErrorInsideBracesPointsInsideTheString() {
        let error = parseError("print \"x {1 +} y\"")
        #expect(error?.location?.column == 14)
        #expect(error?.source?.text(of: Span(0, 5)) == "print")
        #expect(parseError("print \"x {} y\"")?.message == "nothing between '{' and '}' in the text of print")
        #expect(parseError("print \"x } y\"")?.message == "'}' in the text of print closes no '{'")
    }

    @Test func parsesNestedBlocksAndElse() throws {
        let text = "for each $p in pillars {\n  if true { print 1 }\n  else { print 2 }\n  for each $q in opds { print 3; print 4 }\n}"
        let script = try Parser.parse(SourceFile(name: "t", text: text))
        guard case .forEach(let loop) = script.statements[0].kind else { Issue.record("for"); return }
        #expect(loop.variable == "p")
        #expect(loop.body.count == 2)
        guard case .ifBlock(let block) = loop.body[0].kind, case .forEach(let inner) = loop.body[1].kind else {
            Issue.record("body"); return
        }
        #expect(block.otherwise.count == 1)
        #expect(inner.body.count == 2)
    }

    @Test func blockErrors() {
        #expect(parseError("for $p in pillars { print 1 }")?.message == "expected 'each' after 'for'")
        #expect(parseError("for each $p in pillars {\n print 1")?.message == "the block opened at 1:24 is never closed")
        #expect(parseError("for each $p in pillars\n{ print 1 }")?.hint == "put '{' at the end of the line that starts the block")
    }

    // MARK: - Checker and session

    @Test func paramsReadSetValuesByTheirType() {
        #expect(run("param year = 2023\nprint $year") == "2023\n")
        #expect(run("param year = 2023\nprint $year", settings: ["year": ParameterSetting(text: "2019")]) == "2019\n")
        #expect(run("param code: text\nprint $code", settings: ["code": ParameterSetting(text: "007")]) == "007\n")
        #expect(run("param code\nprint $code", settings: ["code": ParameterSetting(text: "007", forcedType: .text)]) == "007\n")
        #expect(run("param ok: bool\nprint $ok", settings: ["ok": ParameterSetting(text: "yes")]) == "true\n")
        #expect(run("param year = 2023", settings: ["year": ParameterSetting(text: "abc")])
            == "error: --set year=abc: parameter 'year' is int, and 'abc' is not")
        #expect(run("param rate: decimal = 2\nprint $rate + 0.5") == "2.5\n")
        #expect(run("param rate: int = \"x\"") == "error: the default of parameter 'rate' is text, not int")
        #expect(run("param opd: text") == "error: parameter 'opd' has no value: give it with --set opd=…")
        #expect(run("param a = 1\nparam a = 2") == "error: parameter 'a' is declared twice (first on line 1)")
    }

    @Test func loopsBindTheRow() {
        #expect(run("for each $p in pillars | take 2 { print $p.code }") == "governance\npeople\n")
        #expect(run("for each $r in opds | summarize n = count() { print \"{$r.n} OPDs\" }").hasSuffix(" OPDs\n"))
        #expect(run("for each $p in pillars { print $p.nmae }").hasSuffix("| did you mean 'name'?"))
        #expect(run("for each $r in opds | summarize n = count() { print $r }").hasPrefix("error: $r is a row"))
        #expect(run("param p = 1\nfor each $p in pillars { print 1 }").hasPrefix("error: the loop variable $p"))
    }

    @Test func blocksRefuseWhatChangesDataOrNames() {
        #expect(run("for each $p in pillars { let x = opds }").hasPrefix("error: 'let' cannot run inside"))
        #expect(run("if true { insert opds {code: \"x\", name: \"X\"} }").hasPrefix("error: 'insert' cannot run inside"))
        #expect(run("if true {\n.demo\n}").hasPrefix("error: '.demo' cannot run inside"))
        #expect(run("if true { param x = 1 }").hasPrefix("error: 'param' is written at the top level"))
    }

    @Test func theWholeScriptIsCheckedBeforeALoopRuns() {
        // The error in the second block stops the script before the first prints anything.
        #expect(run("for each $p in pillars { print 1 }\nfor each $p in pillars { print $p.nope }").hasPrefix("error:"))
    }

    @Test func ifChoosesItsBlock() {
        #expect(run("if count(pillars) > 3 { print \"many\" } else { print \"few\" }") == "many\n")
        #expect(run("if count(pillars) > 30 { print \"many\" } else if true { print \"else if\" }") == "else if\n")
        #expect(run("if null { print 1 } else { print 2 }") == "2\n")
        #expect(run("if 1 { print 1 }").hasPrefix("error: 'if' needs a condition"))
    }
}
