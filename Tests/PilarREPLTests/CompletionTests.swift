import Testing
@testable import PilarREPL

@Suite struct CompletionRouterTests {
    let engine = FakeEngine()
    var router: CompletionRouter { CompletionRouter(engineCommands: engine.engineDotCommands) }

    func complete(_ text: String, paths: [String] = []) -> (REPLCompletion, [(String, Bool)]) {
        var pathRequests: [(String, Bool)] = []
        let result = router.complete(text, engine: engine.completions(before:)) { prefix, foldersOnly in
            pathRequests.append((prefix, foldersOnly))
            return paths
        }
        return (result, pathRequests)
    }

    @Test func languageGoesToTheEngine() {
        #expect(complete("programmes | where pil").0 == REPLCompletion(start: 19, candidates: ["pillar", "pillars"]))
    }

    @Test func dotCommandNamesIncludeShellAndEngineCommands() {
        #expect(complete(".h").0 == REPLCompletion(start: 0, candidates: [".help", ".history"]))
        #expect(complete("  .fo").0 == REPLCompletion(start: 2, candidates: [".format"]))
        #expect(complete(".").0.candidates.contains(".quit"))
        #expect(complete(".").0.candidates.contains(".schema"))
    }

    @Test func fileArgumentsArePaths() {
        let (read, readRequests) = complete(".read scripts/q", paths: ["scripts/questions.pilar"])
        #expect(read == REPLCompletion(start: 6, candidates: ["scripts/questions.pilar"]))
        #expect(readRequests.map(\.0) == ["scripts/q"])
        #expect(readRequests.map(\.1) == [false])
        #expect(complete(".load ex").1.map(\.1) == [true])
        #expect(complete(".once ").1.map(\.0) == [""])
    }

    @Test func helpTopicsAndPagerArguments() {
        #expect(complete(".help su").0 == REPLCompletion(start: 6, candidates: ["summarize"]))
        #expect(complete(".pager o").0 == REPLCompletion(start: 7, candidates: ["off", "on"]))
        #expect(complete(".history ").0.candidates.isEmpty)
    }

    @Test func otherEngineCommandArgumentsGoToTheEngine() {
        #expect(complete(".schema pro").0 == REPLCompletion(start: 8, candidates: ["programmes", "programme"]))
    }

    @Test func offsetsAreUTF8Bytes() {
        #expect(complete("print \"é\" | pil").0.start == "print \"é\" | ".utf8.count)
    }
}

@Suite struct CompletionAlignmentTests {
    @Test func sameStartKeepsCandidates() {
        let completion = REPLCompletion(start: 6, candidates: ["pillar"])
        #expect(CompletionAlignment.align(completion, text: "where pil", editorStart: 6) == ["pillar"])
    }

    @Test func editorWordStartingEarlierGetsTheTypedLead() {
        // libedit does not break at ".", so its word is "opd.na" while the engine's is "na".
        let completion = REPLCompletion(start: 11, candidates: ["name"])
        #expect(CompletionAlignment.align(completion, text: "select opd.na", editorStart: 7) == ["opd.name"])
    }

    @Test func editorWordStartingLaterLosesTheCoveredText() {
        // An engine that completes "$ye" to "$year" while libedit breaks at "$".
        let completion = REPLCompletion(start: 6, candidates: ["$year", "$yield", "other"])
        #expect(CompletionAlignment.align(completion, text: "print $ye", editorStart: 7) == ["year", "yield"])
    }

    @Test func neverReachesIntoEarlierLines() {
        let completion = REPLCompletion(start: 0, candidates: ["a |\nb"])
        #expect(CompletionAlignment.align(completion, text: "a |\nb", editorStart: 4).isEmpty)
    }

    @Test func outOfRangeStartGivesNothing() {
        #expect(CompletionAlignment.align(REPLCompletion(start: 99, candidates: ["x"]), text: "ab", editorStart: 2).isEmpty)
    }

    @Test func cursorInCharactersOrBytes() {
        // Debian's libedit counts characters: "é" is one.
        #expect(CompletionAlignment.textBeforeCursor(line: "print \"é\" | pillar", point: 15, word: "pil")
            == "print \"é\" | pil")
        // Other builds count bytes: "é" is two.
        #expect(CompletionAlignment.textBeforeCursor(line: "print \"é\" | pillar", point: 16, word: "pil")
            == "print \"é\" | pil")
        #expect(CompletionAlignment.textBeforeCursor(line: "where pil", point: 9, word: "pil") == "where pil")
        #expect(CompletionAlignment.textBeforeCursor(line: "where pil", point: 9, word: "xyz") == nil)
    }
}
