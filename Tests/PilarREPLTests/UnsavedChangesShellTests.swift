import PilarCore
import Testing
@testable import PilarREPL

/// Unsaved changes are never lost silently at the prompt: the prompt shows them, and the
/// first `.quit`, `.exit` or Ctrl-D only warns.
@Suite struct UnsavedChangesShellTests {
    let engine = FakeEngine()
    let screen = RecordingScreen()

    func run(_ inputs: [LineInput]) -> ScriptedReader {
        let reader = ScriptedReader(inputs)
        let shell = Shell(engine: engine, reader: reader, screen: screen, interrupt: InterruptFlag(),
                          style: ShellStyle(color: false), pager: nil)
        _ = shell.run()
        return reader
    }

    static let warning = "2 unsaved changes; .save to keep them, .quit again to discard"

    @Test func theFirstQuitWarnsAndTheSecondLeaves() {
        let reader = run([.line("edit"), .line("edit"), .line(".quit"), .line("opds"), .line(".exit"), .line("never")])
        #expect(screen.errors.contains(Self.warning))
        #expect(engine.executed == ["edit", "edit", "opds"])
        #expect(reader.prompts == ["pilar> ", "pilar*> ", "pilar*> ", "pilar*> ", "pilar*> "])
    }

    @Test func ctrlDWarnsToo() {
        _ = run([.line("edit"), .line("edit"), .endOfInput, .line("opds"), .endOfInput, .line("never")])
        #expect(screen.errors.contains(Self.warning))
        #expect(engine.executed == ["edit", "edit", "opds"])
    }

    @Test func aNewChangeAfterTheWarningWarnsAgain() {
        _ = run([.line("edit"), .line(".quit"), .line("edit"), .line(".quit"), .line(".quit"), .line("never")])
        #expect(screen.errors.contains("1 unsaved change; .save to keep them"))
        #expect(screen.errors.contains(Self.warning))
        #expect(!engine.executed.contains("never"))
    }

    @Test func savedDataLeavesAtOnce() {
        let reader = run([.line("edit"), .line(".save"), .line(".quit"), .line("never")])
        #expect(screen.errors == "")
        #expect(!engine.executed.contains("never"))
        #expect(reader.prompts.last == "pilar> ")
    }

    /// Undo then another edit leaves the count as it was, but the data is new: warn again.
    @Test func anEditAfterAnUndoWarnsAgainAtTheSameCount() {
        _ = run([.line("edit"), .line(".quit"), .line("undo"), .line("edit"), .line(".quit"), .line("opds"), .line(".quit"), .line("never")])
        #expect(screen.errors.components(separatedBy: "1 unsaved change; .save to keep them").count == 3)
        #expect(engine.executed.contains("opds"))
        #expect(!engine.executed.contains("never"))
    }

    /// A `.quit` reached inside a statement line or a `.read` script warns as a typed one does.
    @Test func aQuitInsideAStatementWarnsToo() {
        _ = run([.line("edit"), .line("quit inside"), .line("opds"), .line("quit inside"), .line("never")])
        #expect(screen.errors.contains("1 unsaved change; .save to keep them"))
        #expect(engine.executed.contains("opds"))
        #expect(!engine.executed.contains("never"))
    }
}
