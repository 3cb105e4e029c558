import PilarCore
import PilarRender
import PilarStore
import Testing
@testable import PilarLanguage

/// Edits found by fuzzing and by hand: statements that match nothing, and what a script checks
/// after an edit of the pillars.
struct EditFollowUpTests {
    func run(_ session: Session, _ text: String) -> String {
        var out = ""
        session.run(SourceFile(name: "<test>", text: text)) { event in
            switch event {
            case .result(let result, let format): out += Renderer.render(result, RenderOptions(format: format))
            case .text(let text), .note(let text): out += text
            case .error(let diagnostic): out += "error: \(diagnostic.message)\n"
            default: break
            }
        }
        return out
    }

    @Test func aStatementThatMatchesNoRowIsNoChange() {
        let session = Session(store: DemoMasterplan.load(), format: .csv)
        #expect(run(session, "measurements | take 0 | delete cascade") == "0 measurements deleted\n")
        #expect(run(session, #"opds | where code == "NONE" | update head = "x""#) == "0 OPDs updated\n")
        #expect(run(session, "insert opds []").hasPrefix("error: 'insert' needs at least one record"))
        #expect(!session.hasUnsavedChanges)
        #expect(run(session, ".undo") == "nothing to undo\n")
        #expect(run(session, ".changes") == "no changes since the load\n")
    }

    @Test func aScriptChecksWhatFollowsAnEditOfThePillarsOnTheNewCodes() {
        let session = Session(store: DemoMasterplan.load(), format: .csv)
        let out = run(session, """
            pillars | where code == "mobility" | update code = "mob"
            programmes | where pillar == "mob" | count
            """)
        #expect(out == "1 pillar updated\ncount\n11\n")
    }

    @Test func oneDependantRefersToIt() throws {
        let session = Session(store: MasterplanLoader.emptyStore(), format: .csv)
        _ = run(session, #"insert opds {code: "A", name: "A"}"#)
        _ = run(session, #"insert programmes {code: "P", name: "P", opd: "A", pillar: "people", horizon: "short", start_year: 2020, end_year: 2021, status: "planned"}"#)
        #expect(run(session, "opds | delete") == "error: cannot delete 1 OPD: 1 programme refers to it\n")
    }
}
