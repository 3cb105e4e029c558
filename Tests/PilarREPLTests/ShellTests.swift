import PilarCore
import PilarRender
import Testing
@testable import PilarREPL

@Suite struct ShellTests {
    let engine = FakeEngine()
    let screen = RecordingScreen()
    let interrupt = InterruptFlag()

    func run(_ inputs: [LineInput], color: Bool = false, pager: String? = "less") -> (ScriptedReader, Int32) {
        let reader = ScriptedReader(inputs)
        let shell = Shell(engine: engine, reader: reader, screen: screen, interrupt: interrupt,
                          style: ShellStyle(color: color), pager: pager)
        return (reader, shell.run())
    }

    @Test func bannerPromptsAndResults() {
        let (reader, status) = run([.line("pillars | count")])
        #expect(status == 0)
        #expect(screen.output.hasPrefix("fake masterplan — illustrative demo data\ntype .help for help\n"))
        #expect(screen.output.contains("pillars | count"))
        #expect(reader.prompts == ["pilar> ", "pilar> "])
        #expect(reader.closed)
    }

    @Test func continuationPromptAndPendingText() {
        let (reader, _) = run([.line("programmes |"), .line("where x |"), .line("count")])
        #expect(reader.prompts == ["pilar> ", "   ...> ", "   ...> ", "pilar> "])
        #expect(reader.pendings == ["", "programmes |", "programmes |\nwhere x |", ""])
        #expect(engine.executed == ["programmes |\nwhere x |\ncount"])
        #expect(reader.history == ["programmes |\nwhere x |\ncount"])
    }

    @Test func ctrlCDiscardsThePendingStatement() {
        let (reader, _) = run([.line("programmes |"), .line("where x |"), .interrupted, .line("opds")])
        #expect(engine.executed == ["opds"])
        #expect(reader.history == ["opds"])
        #expect(reader.prompts == ["pilar> ", "   ...> ", "   ...> ", "pilar> ", "pilar> "])
    }

    @Test func errorsArePrintedAndTheSessionGoesOn() {
        _ = run([.line("bad query"), .line("opds")])
        #expect(engine.executed == ["bad query", "opds"])
        #expect(screen.errors.contains("<repl>:1:1: error: cannot read 'bad query'"))
        #expect(screen.output.hasSuffix("│ opds      │\n└───────────┘\n1 row\n"))
    }

    @Test func errorsAreColouredWhenColourIsOn() {
        _ = run([.line("bad")], color: true)
        #expect(screen.errors.contains("\u{1B}[1;31merror:"))
    }

    @Test func unknownCommandSuggestsAndGoesOn() {
        let (reader, _) = run([.line(".foramt csv"), .line(".zzzzzz")])
        #expect(screen.errors.contains("error: unknown command '.foramt'"))
        #expect(screen.errors.contains("help: did you mean '.format'?"))
        #expect(screen.errors.contains("help: type .help to list the commands"))
        #expect(engine.executed.isEmpty)
        // Mistakes are still history: they are what one wants to recall and fix.
        #expect(reader.history == [".foramt csv", ".zzzzzz"])
    }

    @Test func engineCommandsRunInTheEngine() {
        _ = run([.line(".format csv")])
        #expect(engine.executed == [".format csv"])
    }

    @Test func quitEndsTheSession() {
        let (reader, status) = run([.line(".quit"), .line("opds")])
        #expect(status == 0)
        #expect(engine.executed.isEmpty)
        #expect(reader.closed)
    }

    @Test func engineCanEndTheSession() {
        engine.extraOutput = [.quit]
        _ = run([.line(".read bye.pilar"), .line("opds")])
        #expect(engine.executed == [".read bye.pilar"])
    }

    @Test func historyListsTheStatements() {
        _ = run([.line("programmes |"), .line("count"), .line(".history")])
        #expect(screen.output.contains("1  programmes |\n   count\n2  .history\n"))
    }

    @Test func helpIndexTopicsAndUnknownTopics() {
        _ = run([.line(".help"), .line(".help top"), .line(".help summarise")])
        #expect(screen.output.contains("Topics — type .help TOPIC:"))
        #expect(screen.output.contains("top N by EXPR [asc|desc]"))
        #expect(screen.errors.contains("no help on 'summarise'"))
        #expect(screen.errors.contains("did you mean 'summarize'?"))
    }

    @Test func clearClearsTheScreen() {
        _ = run([.line(".clear")])
        #expect(screen.events.contains(.cleared))
    }

    @Test func longOutputIsPagedUnlessThePagerIsOff() {
        let tall = ResultSet(columns: [ResultColumn("n", .int)], rows: (0..<40).map { [.int(Int64($0))] })
        engine.extraOutput = [.result(tall, .table)]
        _ = run([.line("long"), .line(".pager off"), .line("long"), .line(".pager"), .line(".pager on"), .line("long")])
        #expect(screen.paged.count == 2)
        #expect(screen.paged[0].contains("│ 39 │"))
        #expect(screen.output.contains("pager is off\n"))
    }

    @Test func shortOutputIsNotPaged() {
        _ = run([.line("opds")])
        #expect(screen.paged.isEmpty)
    }

    @Test func noPagerWhenOutputIsNotATerminal() {
        screen.terminalSize = nil
        let tall = ResultSet(columns: [ResultColumn("n", .int)], rows: (0..<40).map { [.int(Int64($0))] })
        engine.extraOutput = [.result(tall, .table)]
        _ = run([.line("long")])
        #expect(screen.paged.isEmpty)
        #expect(screen.output.contains("│ 39 │"))
    }

    @Test func brokenPagerFallsBackToPrinting() {
        screen.pagerWorks = false
        engine.extraOutput = [.text(String(repeating: "line\n", count: 50))]
        _ = run([.line("long")])
        #expect(screen.output.contains(String(repeating: "line\n", count: 50)))
    }

    @Test func pagerCannotBeTurnedOnWithoutOne() {
        _ = run([.line(".pager on"), .line(".pager")], pager: nil)
        #expect(screen.errors.contains("no pager to turn on"))
        #expect(screen.output.contains("pager is off"))
    }

    @Test func tablesUseTheTerminalWidth() {
        screen.terminalSize = TerminalSize(columns: 30, rows: 100)
        let wide = ResultSet(
            columns: ["code", "name", "opd", "pillar", "budget"].map { ResultColumn($0, .text) },
            rows: [["P-01", "Smart traffic lights for the city centre", "DISHUB", "mobility", "1000000"].map { .text($0) }])
        engine.extraOutput = [.result(wide, .table)]
        _ = run([.line("wide")])
        let lines = screen.output.split(whereSeparator: \.isNewline).map(String.init)
        let widest = lines.filter { !engine.bannerLines.contains($0) }.map(\.count).max() ?? 0
        #expect(widest <= 30, "\(screen.output)")
        // Too wide for a table even when narrowed: shown as a vertical record.
        #expect(screen.output.contains("RECORD 1"))
    }

    @Test func interruptedStatementIsReported() {
        engine.onExecute = { _, flag in flag.raise() }
        _ = run([.line("slow"), .line("opds")])
        #expect(screen.output.contains("\ninterrupted\n"))
        #expect(engine.executed == ["slow", "opds"])
        #expect(!interrupt.isRaised)
    }

    @Test func ctrlCInsideThePagerIsNotAnInterruptedQuery() {
        let tall = ResultSet(columns: [ResultColumn("n", .int)], rows: (0..<40).map { [.int(Int64($0))] })
        engine.extraOutput = [.result(tall, .table)]
        let flag = interrupt
        screen.whilePaging = { flag.raise() }
        _ = run([.line("long")])
        #expect(screen.paged.count == 1)
        #expect(!screen.output.contains("interrupted"))
        #expect(!interrupt.isRaised)
    }

    @Test func textOutputGetsItsNewline() {
        engine.extraOutput = [.text("42")]
        _ = run([.line("print 42")])
        #expect(screen.output.contains("42\n"))
    }

    @Test func colouredPrompt() {
        let (reader, _) = run([], color: true)
        #expect(reader.prompts == [ShellStyle(color: true).prompt("pilar> ")])
    }
}
