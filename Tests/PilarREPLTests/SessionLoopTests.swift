import Testing
@testable import PilarREPL
import PilarLanguage

@Suite struct SessionLoopTests {
    let engine = FakeEngine()

    /// Feeds inputs and returns every step, with whether the continuation prompt was due
    /// before each input.
    func feed(_ inputs: [LineInput], into loop: inout SessionLoop) -> [(continuing: Bool, step: SessionLoop.Step)] {
        inputs.map { input in
            let continuing = loop.isContinuing
            let step = loop.receive(input, engineCommands: engine.engineDotCommands,
                                    needsContinuation: engine.needsContinuation)
            return (continuing, step)
        }
    }

    @Test func singleLineStatement() {
        var loop = SessionLoop()
        let steps = feed([.line("pillars | count")], into: &loop)
        #expect(steps.map(\.step) == [.run("pillars | count", .language)])
        #expect(!loop.isContinuing)
    }

    @Test func threeLineStatementIsJoinedWithNewlines() {
        var loop = SessionLoop()
        let steps = feed([.line("programmes |"), .line("where pillar == \"mobility\" |"), .line("count")], into: &loop)
        #expect(steps.map(\.continuing) == [false, true, true])
        #expect(steps.map(\.step) == [.read, .read, .run("programmes |\nwhere pillar == \"mobility\" |\ncount", .language)])
    }

    @Test func pendingTextIsWhatTheEngineSees() {
        var loop = SessionLoop()
        _ = feed([.line("programmes |"), .line("  where x |")], into: &loop)
        #expect(loop.pending == "programmes |\n  where x |")
    }

    @Test func ctrlCDiscardsTheWholePendingStatement() {
        var loop = SessionLoop()
        let steps = feed([.line("programmes |"), .line("where x |"), .interrupted, .line("pillars")], into: &loop)
        #expect(steps.map(\.step) == [.read, .read, .discarded, .run("pillars", .language)])
        #expect(steps.map(\.continuing) == [false, true, true, false])
    }

    @Test func ctrlCAtAnEmptyPromptJustPromptsAgain() {
        var loop = SessionLoop()
        #expect(feed([.interrupted], into: &loop).map(\.step) == [.discarded])
        #expect(!loop.isContinuing)
    }

    @Test func blankLinesAreIgnoredAtTheMainPromptButKeptInsideAStatement() {
        var loop = SessionLoop()
        let steps = feed([.line(""), .line("   "), .line("programmes |"), .line(""), .line("count")], into: &loop)
        #expect(steps.map(\.step) == [.read, .read, .read, .read, .run("programmes |\n\ncount", .language)])
    }

    @Test func dotCommandsAreOneLineEvenWhenTheyEndWithAPipe() {
        var loop = SessionLoop()
        let steps = feed([.line(".output a|")], into: &loop)
        #expect(steps.map(\.step) == [.run(".output a|", .engineCommand)])
    }

    @Test func aDotInsideAContinuationIsPartOfTheStatement() {
        var loop = SessionLoop()
        let steps = feed([.line("programmes |"), .line(".help")], into: &loop)
        #expect(steps.map(\.step) == [.read, .run("programmes |\n.help", .language)])
    }

    @Test func recalledMultiLineEntryArrivesAsOneLine() {
        var loop = SessionLoop()
        let steps = feed([.line("programmes |\nwhere x |\ncount")], into: &loop)
        #expect(steps.map(\.step) == [.run("programmes |\nwhere x |\ncount", .language)])
    }

    @Test func endOfInputMidStatementAbandonsTheStatementThenEnds() {
        var loop = SessionLoop()
        let steps = feed([.line("programmes |"), .endOfInput, .endOfInput], into: &loop)
        #expect(steps.map(\.step) == [.read, .discarded, .end])
        #expect(!loop.isContinuing)
    }

    @Test func accumulatorOnItsOwn() {
        var accumulator = StatementAccumulator()
        #expect(accumulator.add(" ", needsContinuation: { _ in true }) == .blank)
        #expect(accumulator.add("a |", needsContinuation: { _ in true }) == .needsMore)
        #expect(accumulator.lines == ["a |"])
        accumulator.discard()
        #expect(accumulator.isEmpty)
        #expect(accumulator.add("b", needsContinuation: { _ in false }) == .complete("b"))
        #expect(accumulator.isEmpty)
    }
}

/// An open `for each` / `if` block continues the statement at the prompt until its `}`.
@Suite struct BlockContinuationTests {
    @Test func anOpenBlockAsksForMoreLines() {
        var accumulator = StatementAccumulator()
        let needsMore = { (text: String) in Lexer.needsContinuation(text) }
        #expect(accumulator.add("for each $p in pillars {", needsContinuation: needsMore) == .needsMore)
        #expect(accumulator.add("  print $p.name", needsContinuation: needsMore) == .needsMore)
        #expect(accumulator.add("}", needsContinuation: needsMore) == .complete("for each $p in pillars {\n  print $p.name\n}"))
    }
}
