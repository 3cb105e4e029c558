import Foundation
import PilarCore
import PilarStore
import Testing
@testable import PilarLanguage

/// Unsaved changes are never lost silently: the session counts the statements that changed the
/// data since it was loaded or saved, and `.load`/`.demo` over them ask to be repeated.
@Suite struct UnsavedChangesTests {
    /// Runs a script; its text output, notes and error messages in order.
    func run(_ session: Session, _ text: String) -> String {
        var out = ""
        session.run(SourceFile(name: "<test>", text: text)) { event in
            switch event {
            case .text(let text), .note(let text): out += text
            case .error(let diagnostic): out += "error: \(diagnostic.message)\n"
            default: break
            }
        }
        return out
    }

    @Test func editsCountUntilSaved() throws {
        let session = Session(store: DemoMasterplan.load())
        #expect(session.unsavedChanges == 0)
        #expect(!run(session, ".about").contains("unsaved"))
        _ = run(session, #"opds | where code == "DISHUB" | update head = "Budi""#)
        _ = run(session, ".addcolumn opds keterangan")
        #expect(session.unsavedChanges == 2)
        #expect(session.unsavedChangesText == "2 unsaved changes")
        #expect(run(session, ".about").contains("There are unsaved changes (2 unsaved changes): .save to keep them."))
        // Undoing both is back to the data as loaded.
        _ = run(session, ".undo 2")
        #expect(!session.hasUnsavedChanges)
        _ = run(session, #"opds | where code == "DISHUB" | update head = "Budi""#)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-unsaved-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = run(session, ".save \(folder)")
        #expect(session.unsavedChanges == 0)
        #expect(!session.hasUnsavedChanges)
    }

    @Test func loadingOtherDataOverUnsavedChangesMustBeRepeated() {
        let session = Session(store: DemoMasterplan.load())
        _ = run(session, #"opds | where code == "DISHUB" | delete cascade"#)
        let first = run(session, ".demo")
        #expect(first.contains("error: 1 unsaved change would be lost"))
        #expect(session.hasUnsavedChanges)
        // A new change asks again; the same command twice goes ahead.
        _ = run(session, ".addcolumn opds x")
        #expect(run(session, ".load demo").contains("error: 2 unsaved changes would be lost"))
        #expect(run(session, ".load demo").contains("loaded"))
        #expect(!session.hasUnsavedChanges)
        #expect(session.store.table(.opd).count == DemoMasterplan.load().table(.opd).count)
    }

    /// The warning names a command: running another one warns again; a mistyped folder is
    /// reported as such; after loading, `.changes` speaks of the load, not of a save.
    @Test func theWarningIsPerCommandAndAfterTheFolderIsFound() {
        let session = Session(store: DemoMasterplan.load())
        _ = run(session, #"opds | where code == "DISHUB" | update head = "Budi""#)
        #expect(!run(session, ".load /no/such/folder").contains("would be lost"))
        #expect(run(session, ".demo").contains("error: 1 unsaved change would be lost"))
        #expect(run(session, ".load demo").contains("loaded"))
        #expect(run(session, ".changes") == "no changes since the load\n")
    }
}
