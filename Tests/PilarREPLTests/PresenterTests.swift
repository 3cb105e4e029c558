import Foundation
import PilarCore
import PilarLanguage
import PilarStore
import Testing
@testable import PilarREPL

/// Presenter mode driven by a string of keys, on the demo data, with what it wrote recorded.
@Suite struct PresenterTests {
    static let script = """
        # Welcome to the demo
        # (a slide of its own)

        # How many OPDs?
        opds | count

        # Programmes,
        # two of them.
        programmes | sort code
          | take 2 | select code
        """

    func present(_ text: String = script, keys: String, safe: Bool = false, name: String = "demo.pilar")
        -> (Presenter, RecordingScreen, Int32) {
        let session = Session(store: DemoMasterplan.load(), safe: safe)
        let screen = RecordingScreen()
        let script = try! PresentationScript(source: SourceFile(name: name, text: text))
        let presenter = Presenter(session: session, script: script, input: ByteInput(keys), screen: screen,
                                  style: ShellStyle(color: false))
        let status = presenter.run()
        return (presenter, screen, status)
    }

    @Test func commentsBecomeSlidesAndStatementsSteps() throws {
        let script = try PresentationScript(source: SourceFile(name: "s", text: Self.script))
        #expect(script.steps.map(\.slide) == [["Welcome to the demo", "(a slide of its own)"], ["How many OPDs?"],
                                              ["Programmes,", "two of them."]])
        #expect(script.steps.map(\.statement) == [nil, "opds | count", "programmes | sort code\n  | take 2 | select code"])
    }

    @Test func trailingCommentsSemicolonsAndShebang() throws {
        let text = "#!/usr/bin/env pilar present\nopds | count  # how many\npillars; opds | count\n\n# The end.\n"
        let script = try PresentationScript(source: SourceFile(name: "s", text: text))
        #expect(script.steps.map(\.statement) == ["opds | count", "pillars", "opds | count", nil])
        #expect(script.steps.map(\.slide) == [[], [], [], ["The end."]])
    }

    @Test func enterRunsThenGoesOnToTheEnd() {
        let (presenter, screen, status) = present(keys: "\n\n\n\n\n\n")
        #expect(status == 0)
        #expect(presenter.executed == ["opds | count", "programmes | sort code\n  | take 2 | select code"])
        #expect(screen.output.contains("── step 1/3 · demo.pilar ──\n\nWelcome to the demo\n(a slide of its own)\n"))
        #expect(screen.output.contains("── step 2/3 · demo.pilar ──\n\nHow many OPDs?\n\npilar> opds | count\n"))
        #expect(screen.output.contains("pilar> programmes | sort code\n   ...>   | take 2 | select code\n"))
        #expect(screen.output.contains("ECO-02"))
        #expect(screen.output.hasSuffix("End of the presentation.\n"))
        #expect(screen.errors.isEmpty)
    }

    @Test func arrowsGoBackAndForth() {
        // → past the slide, ← back to it, → again, Enter runs step 2, ← to step 1, q.
        let (presenter, screen, _) = present(keys: "\u{1B}[C\u{1B}[D\u{1B}[C\n\u{1B}[Dq")
        #expect(presenter.executed == ["opds | count"])
        #expect(presenter.index == 0)
        #expect(screen.output.components(separatedBy: "── step 1/3").count == 4)
        #expect(screen.output.hasSuffix("Presentation stopped at step 1/3.\n"))
    }

    @Test func editRunsTheReplacedStatement() {
        let (presenter, screen, _) = present(keys: "\ne pillars | count\n\nq")
        #expect(presenter.executed == [" pillars | count"])
        #expect(presenter.index == 2)
        #expect(screen.output.contains("│     6 │"))
        #expect(!screen.output.contains("│    21 │"))
    }

    @Test func anEmptyEditIsCancelled() {
        let (presenter, screen, _) = present(keys: "\ne\nq")
        #expect(presenter.executed.isEmpty)
        #expect(screen.errors.contains("edit cancelled"))
    }

    @Test func quitMidWay() {
        let (presenter, screen, status) = present(keys: "\n\nq\n\n")
        #expect(status == 0)
        #expect(presenter.executed == ["opds | count"])
        #expect(screen.output.hasSuffix("Presentation stopped at step 2/3.\n"))
    }

    @Test func theEndOfInputQuits() {
        let (presenter, _, _) = present(keys: "\n")
        #expect(presenter.executed.isEmpty)
        #expect(presenter.index == 1)
    }

    @Test func errorsAreShownWithTheScriptsLineAndTheShowGoesOn() {
        let text = "opds | count\nprogrammes | where budgett > 0\npillars | count\n"
        let (presenter, screen, _) = present(text, keys: "\n\n\n\n\n\n")
        #expect(presenter.executed.count == 3)
        #expect(screen.errors.contains("demo.pilar:2:20: error:"))
        #expect(screen.errors.contains("budgett"))
        #expect(screen.output.contains("│     6 │"))
    }

    @Test func safeModeRefusesFileCommandsAndGoesOn() {
        let (presenter, screen, _) = present(".output /tmp/presenter-safe.txt\nopds | count\n", keys: "\n\n\n\n", safe: true)
        #expect(presenter.executed.count == 2)
        #expect(screen.errors.contains("safe mode"))
        #expect(screen.output.contains("│    21 │"))
    }

    @Test func langIdSwitchesThePresentersWords() {
        let (_, screen, _) = present(".lang id\nopds | count\n", keys: "\n\n\n\n\n")
        #expect(screen.output.contains("── langkah 2/2 · demo.pilar ──"))
        #expect(screen.output.hasSuffix("Presentasi selesai.\n"))
    }

    @Test func aScriptWithNothingToPresent() {
        let (_, screen, status) = present("\n\n", keys: "")
        #expect(status == 1)
        #expect(screen.errors.contains("has no statements or comments"))
    }

    @Test func keysDecodeFromBytes() {
        let input = ByteInput("x\r \u{1B}OC\u{1B}OD\u{1B}[Ae\u{04}")
        let keys = (0..<7).map { _ in input.nextKey() }
        #expect(keys == [.next, .next, .next, .back, .edit, .quit, .quit])
    }

    @Test func theBimtekDemoRunsInPresenterModeWithoutErrors() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("examples/bimtek/demo-bimtek.pilar").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (presenter, screen, _) = present(text, keys: String(repeating: "\n", count: 200), name: "demo-bimtek.pilar")
        #expect(presenter.executed.count >= 20)
        #expect(screen.errors.isEmpty, "\(screen.errors)")
        #expect(screen.output.hasSuffix("Presentasi selesai.\n"))
    }

    @Test func catalogue() {
        #expect(CatalogueAudit.problems(in: PresenterMessage.self) == [])
        #expect(CatalogueAudit.problems(in: TourMessage.self) == [])
    }
}
