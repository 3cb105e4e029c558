import PilarCore
import PilarLanguage
import PilarStore
import Testing
@testable import PilarREPL

/// `.tour`: ten steps on the demo data, announced in the session's language, each moved on
/// by running its statement.
@Suite struct TourTests {
    func run(_ lines: [String]) -> (RecordingScreen, ScriptedReader) {
        let screen = RecordingScreen()
        let reader = ScriptedReader(lines.map { .line($0) })
        let shell = Shell(engine: SessionEngine(), reader: reader, screen: screen, interrupt: InterruptFlag(),
                          style: ShellStyle(color: false), pager: nil)
        _ = shell.run(showBanner: false)
        return (screen, reader)
    }

    @Test func thereAreTenSteps() {
        #expect(Tour.steps.count == 10)
        #expect(Set(Tour.steps.map(\.explanation)).count == 10)
    }

    @Test(arguments: Language.allCases)
    func runningEveryStepWalksTheWholeTourWithoutAnError(in language: Language) {
        let lang = language == .indonesian ? ".lang id" : ".lang en"
        let (screen, _) = run([lang, ".tour"] + Tour.steps.map(\.statement))
        #expect(screen.errors.isEmpty, "\(screen.errors)")
        for step in Tour.steps {
            #expect(screen.output.contains(step.explanation.template(in: language)))
        }
        #expect(screen.output.contains(TourMessage.finished.template(in: language)))
    }

    @Test func nextBackNumberAndEnd() {
        let (screen, _) = run([".tour", ".tour next", ".tour back", ".tour 7", ".tour end", "pillars", ".tour"])
        // After .tour end, .tour starts again from the first step.
        #expect(screen.output.components(separatedBy: "Tour ").map { String($0.prefix(5)) }.dropFirst()
                == ["1/10:", "2/10:", "1/10:", "7/10:", "ended", "1/10:"])
        #expect(screen.output.contains("Tour 7/10: Each measurement's achievement"))
        #expect(screen.output.contains("Tour ended; .tour starts it again."))
    }

    @Test func blanksDoNotMatterAndOtherStatementsDoNotMoveOn() {
        let (screen, _) = run([".tour", "opds | count", "pillars  ", ".tour"])
        #expect(screen.output.components(separatedBy: "Tour ").map { String($0.prefix(5)) }.dropFirst()
                == ["1/10:", "2/10:", "2/10:"])
    }

    @Test func aBadStepIsAnErrorInTheSessionsLanguage() {
        let (screen, _) = run([".tour 11", ".lang id", ".tour zero", ".tour 1 2"])
        #expect(screen.errors.contains("the tour has steps 1 to 10"))
        #expect(screen.errors.contains("tur memiliki langkah 1 sampai 10"))
    }

    /// Enter on an empty line runs the step's statement, shown as if typed, and moves on; an
    /// empty line with no tour running does nothing.
    @Test func anEmptyLineRunsTheStep() {
        let (screen, _) = run(["", ".tour", "", "  ", ".tour end", ""])
        #expect(screen.errors.isEmpty, "\(screen.errors)")
        #expect(screen.output.contains(Tour.steps[0].statement + "\n"))
        #expect(screen.output.contains(Tour.steps[1].statement + "\n"))
        #expect(screen.output.contains("Tour 3/10:"))
        // Step 3 is announced once and never run: after .tour end an empty line is just empty.
        #expect(screen.output.components(separatedBy: Tour.steps[2].statement).count == 2)
        #expect(screen.output.contains("Tour ended"))
    }

    @Test func helpListsTheTourInBothLanguages() {
        #expect(run([".help commands"]).0.output.contains("a guided tour of the demo masterplan in ten steps"))
        #expect(run([".lang id", ".help commands"]).0.output.contains("tur terpandu masterplan demo dalam sepuluh langkah"))
    }
}
