import Foundation
import PilarCore
import PilarStore
import Testing
@testable import PilarLanguage

/// The session counts statements that changed the data since it was loaded or saved.
@Suite struct UnsavedChangesTests {
    func about(_ session: Session) -> String {
        var text = ""
        session.run(SourceFile(name: "<test>", text: ".about")) { event in
            if case .text(let out) = event { text += out }
        }
        return text
    }

    @Test func editsCountUntilSaved() throws {
        let session = Session(store: DemoMasterplan.load())
        #expect(session.unsavedChanges == 0)
        #expect(!about(session).contains("unsaved"))
        session.replaceStoreForTesting(MasterplanLoader.emptyStore())
        session.replaceStoreForTesting(MasterplanLoader.emptyStore())
        #expect(session.unsavedChanges == 2)
        #expect(session.unsavedChangesText == "2 unsaved changes")
        #expect(about(session).contains("There are unsaved changes (2 unsaved changes): .save to keep them."))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-unsaved-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        session.run(SourceFile(name: "<test>", text: ".save \(folder)")) { _ in }
        #expect(session.unsavedChanges == 0)
        #expect(!session.hasUnsavedChanges)
    }
}
