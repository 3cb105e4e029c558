import Foundation
import PilarCore
import PilarStore
import Testing
@testable import PilarLanguage

/// `.save` in a session: where it saves, what it says, what it refuses.
@Suite struct SaveCommandTests {
    /// Runs `text`; the notes and the formatted errors.
    func run(_ text: String, in session: Session) -> (notes: String, errors: String) {
        var notes = ""
        var errors = ""
        session.run(SourceFile(name: "<test>", text: text)) { event in
            switch event {
            case .note(let note): notes += note
            case .error(let diagnostic): errors += DiagnosticFormatter().format(diagnostic)
            case .errors(let list): errors += DiagnosticFormatter().format(list)
            default: break
            }
        }
        return (notes, errors)
    }

    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pilar-save-command-\(UUID().uuidString)").path
    }

    @Test func theDemoAndAnEmptyStoreNeedAFolder() {
        for store in [DemoMasterplan.load(), MasterplanLoader.emptyStore()] {
            let (_, errors) = run(".save", in: Session(store: store))
            #expect(errors.contains("was not loaded from a folder"))
            #expect(errors.contains("help: give one to save it in: .save DIR"))
        }
    }

    @Test func savingToANewFolderCreatesItAndThenSavesThere() throws {
        let folder = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = Session(store: DemoMasterplan.load())
        let first = run(".save \(folder)", in: session)
        #expect(first.errors == "")
        #expect(first.notes == "saved 5 files to \(folder)\n")
        #expect(session.store.origin == folder)
        #expect(!session.hasUnsavedChanges)
        // Now it has a folder: .save alone saves there again, its own earlier save is no conflict.
        let second = run(".save", in: session)
        #expect(second.errors == "")
        #expect(second.notes == "saved 5 files to \(folder)\n")
        let reloaded = run(".load \(folder)\nmeasurements | count", in: session)
        #expect(reloaded.errors == "")
    }

    @Test func aFileChangedOnDiskStopsTheSaveUnlessForced() throws {
        let folder = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = Session(store: DemoMasterplan.load())
        _ = run(".save \(folder)", in: session)
        let opds = folder + "/opds.csv"
        let edited = String(decoding: FileManager.default.contents(atPath: opds)!, as: UTF8.self) + "NEW,New OPD,dinas,\n"
        try Data(edited.utf8).write(to: URL(fileURLWithPath: opds))
        let refused = run(".save", in: session)
        #expect(refused.errors.contains("error: opds.csv changed on disk since it was loaded; not saving over it"))
        #expect(refused.errors.contains(".save --force"))
        #expect(FileManager.default.contents(atPath: opds) == Data(edited.utf8))
        #expect(run(".save --force", in: session).errors == "")
        #expect(FileManager.default.contents(atPath: opds) != Data(edited.utf8))
    }

    @Test func misuseIsALocatedError() {
        let session = Session(store: DemoMasterplan.load())
        #expect(run(".save a b", in: session).errors.contains("error: .save takes at most one folder"))
        #expect(run(".save --froce a", in: session).errors.contains("did you mean '--force'?"))
    }
}

/// `.demo` and `.load demo` bring the embedded demo back, also in safe mode.
@Suite struct DemoCommandTests {
    @Test(arguments: [".demo", ".load demo"])
    func theDemoComesBack(command: String) throws {
        let session = Session(store: MasterplanLoader.emptyStore(), safe: true)
        var notes = ""
        var failed = false
        session.run(SourceFile(name: "<test>", text: "let x = opds\n\(command)\nopds | count")) { event in
            if case .note(let note) = event { notes += note }
            if case .error = event { failed = true }
        }
        #expect(!failed)
        #expect(session.store.isDemo)
        #expect(notes.hasPrefix("loaded Pekanbaru"))
        #expect(session.bindingNames.isEmpty, "let results of the old data are forgotten")
        #expect(!session.hasUnsavedChanges)
    }
}

/// `.dump`: insert statements in load order, values as pilar literals.
@Suite struct DumpTests {
    @Test func theDemoDumpsOneInsertPerTableInLoadOrder() {
        let text = DumpScript.text(of: DemoMasterplan.load())
        let inserts = text.split(separator: "\n").filter { $0.hasPrefix("insert ") }
        // The demo's pillars are the six defaults: neither deleted nor inserted.
        #expect(inserts == ["insert opds [", "insert programmes [", "insert indicators [", "insert measurements ["])
        #expect(!text.contains("pillars | delete"))
        #expect(!text.contains("achievement"))
        #expect(!text.contains("band:"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("  {") }.count
                == ["opds", "programmes", "indicators", "measurements"].map { DemoMasterplan.load().table(Catalog.masterplan.entity(named: $0)!).count }.reduce(0, +))
    }

    @Test func literalsAreExact() throws {
        let tiny = try DecimalNumber.parse("0.000001").get()
        #expect(DumpScript.quoted("a \"b\" \\ c\nd\te\u{1}") == #""a \"b\" \\ c\nd\te\u{1}""#)
        #expect(DumpScript.literal(.decimal(tiny), in: DemoMasterplan.load()) == "0.000001")
        #expect(DumpScript.literal(.int(.min), in: DemoMasterplan.load()) == "-9223372036854775808")
        #expect(DumpScript.literal(.null, in: DemoMasterplan.load()) == nil)
        #expect(DumpScript.name("sumber dana") == "`sumber dana`")
        #expect(DumpScript.name("name_id") == "name_id")
    }

    @Test func toTheScreenInSafeModeButNotToAFile() {
        let session = Session(store: DemoMasterplan.load(), safe: true)
        var text = ""
        var errors = ""
        session.run(SourceFile(name: "<test>", text: ".dump")) { event in
            if case .text(let out) = event { text += out }
        }
        session.run(SourceFile(name: "<test>", text: ".dump x.pilar")) { event in
            if case .error(let diagnostic) = event { errors += diagnostic.message }
        }
        #expect(text.hasPrefix("# pilar dump of Pekanbaru"))
        #expect(errors == "safe mode: .dump cannot write files")
    }
}
