import PilarCore
import Testing
@testable import PilarREPL

/// A paste runs as a script would (a next line starting with `|` continues the statement), and
/// a typed line starting with `|` refines the statement before.
@Suite struct PasteAndRefineTests {
    let engine = FakeEngine()
    let screen = RecordingScreen()

    func run(_ inputs: [LineInput], pasted: Bool) -> ScriptedReader {
        let reader = ScriptedReader(inputs, pasted: pasted)
        let shell = Shell(engine: engine, reader: reader, screen: screen, interrupt: InterruptFlag(),
                          style: ShellStyle(color: false), pager: nil)
        _ = shell.run(showBanner: false)
        return reader
    }

    @Test func aPastedReadmeExampleRunsOnce() {
        let reader = run([.line("programmes"), .line("| where pillar == \"mobility\""), .line("| top 3 by budget")],
                         pasted: true)
        let whole = "programmes\n| where pillar == \"mobility\"\n| top 3 by budget"
        #expect(engine.executed == [whole])
        #expect(reader.history == [whole])
        // The pasted lines show as continuation lines of one statement.
        #expect(reader.prompts == ["pilar> ", "   ...> ", "   ...> ", "pilar> "])
    }

    @Test func aPasteOfTwoStatementsRunsBoth() {
        _ = run([.line("opds"), .line("| count"), .line(""), .line("# next"), .line("pillars"), .line("| count")],
                pasted: true)
        #expect(engine.executed == ["opds\n| count", "pillars\n| count"])
    }

    @Test func aHeldStatementRunsWhenThePasteEnds() {
        _ = run([.line("opds")], pasted: true)
        #expect(engine.executed == ["opds"])
    }

    @Test func aDotCommandInAPasteIsNotHeld() {
        _ = run([.line(".format csv"), .line("opds"), .line("| count")], pasted: true)
        #expect(engine.executed == [".format csv", "opds\n| count"])
    }

    @Test func ctrlCDropsAHeldStatement() {
        _ = run([.line("opds"), .interrupted, .line("pillars")], pasted: true)
        #expect(engine.executed == ["pillars"])
    }

    @Test func aTypedPipeLineRefinesTheStatementBefore() {
        let reader = run([.line("programmes | where pillar == \"mobility\""), .line("| top 3 by budget"), .line("| count")],
                         pasted: false)
        #expect(engine.executed == [
            "programmes | where pillar == \"mobility\"",
            "programmes | where pillar == \"mobility\"\n| top 3 by budget",
            "programmes | where pillar == \"mobility\"\n| top 3 by budget\n| count",
        ])
        #expect(reader.history == engine.executed)
    }

    @Test func aDotCommandInBetweenDoesNotBreakTheRefinement() {
        _ = run([.line("opds"), .line(".format csv"), .line("| count")], pasted: false)
        #expect(engine.executed == ["opds", ".format csv", "opds\n| count"])
    }

    @Test func aPipeLineWithNothingBeforeSaysWhatItRefines() {
        let reader = run([.line("| count")], pasted: false)
        #expect(engine.executed.isEmpty)
        #expect(screen.output == SessionLoop.nothingYet + "\n")
        #expect(reader.history == ["| count"])
    }

    /// Review #9: `| count` after a `let` silently turned the binding into a count.
    @Test func aLetIsNotRefined() {
        _ = run([.line("let x = programmes | where budget > 100"), .line("| count")], pasted: false)
        #expect(engine.executed == ["let x = programmes | where budget > 100"])
        #expect(screen.output.contains(SessionLoop.notAQuery))
    }

    /// Review #9: `| take 1` after an edit reported "'update' must be the last stage".
    @Test func editsPrintAndCheckAreNotRefined() {
        _ = run([.line("programmes | where code == \"MOB-01\" | update budget = 1"), .line("| take 1"),
                 .line("print 1"), .line("| count"), .line("check"), .line("| count")], pasted: false)
        #expect(engine.executed == ["programmes | where code == \"MOB-01\" | update budget = 1", "print 1", "check"])
        #expect(screen.output.components(separatedBy: SessionLoop.notAQuery).count == 4)
    }

    @Test func aQueryAfterALetIsRefinedAgain() {
        _ = run([.line("let x = opds"), .line("x | count"), .line("| take 1")], pasted: false)
        #expect(engine.executed == ["let x = opds", "x | count", "x | count\n| take 1"])
    }

    @Test func typedLinesAreNotHeld() {
        var loop = SessionLoop()
        let step = loop.receive(.line("opds"), typeahead: false, engineCommands: [], needsContinuation: { _ in false })
        #expect(step == .run("opds", .language))
    }
}
