import Foundation
import Testing
@testable import PilarREPL

@Suite struct PathCompletionTests {
    /// A scratch folder: data/pekanbaru/opds.csv, data.csv, dashboard.pilar, .hidden, notes.txt.
    func makeFolder() throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("pilar-paths-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/data/pekanbaru", withIntermediateDirectories: true)
        for file in ["data.csv", "dashboard.pilar", ".hidden", "notes.txt", "data/pekanbaru/opds.csv"] {
            _ = manager.createFile(atPath: root + "/" + file, contents: Data())
        }
        return root
    }

    @Test func completesNamesInAFolder() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(PathCompletion.candidates(prefix: root + "/da") == [root + "/dashboard.pilar", root + "/data.csv", root + "/data/"])
        #expect(PathCompletion.candidates(prefix: root + "/data/") == [root + "/data/pekanbaru/"])
        #expect(PathCompletion.candidates(prefix: root + "/data/pekanbaru/o") == [root + "/data/pekanbaru/opds.csv"])
    }

    @Test func foldersOnlyForLoad() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(PathCompletion.candidates(prefix: root + "/da", directoriesOnly: true) == [root + "/data/"])
    }

    @Test func hiddenEntriesOnlyWhenAskedFor() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(!PathCompletion.candidates(prefix: root + "/").contains(root + "/.hidden"))
        #expect(PathCompletion.candidates(prefix: root + "/.h") == [root + "/.hidden"])
    }

    @Test func relativePathsUseTheCurrentFolder() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // Changing the real working folder would disturb tests running in parallel.
        let manager = FolderPinnedFileManager(folder: root)
        #expect(PathCompletion.candidates(prefix: "no", fileManager: manager) == ["notes.txt"])
        #expect(PathCompletion.candidates(prefix: "data/pek", fileManager: manager) == ["data/pekanbaru/"])
    }

    @Test func missingFolderGivesNothing() {
        #expect(PathCompletion.candidates(prefix: "/no/such/folder/x").isEmpty)
    }
}

/// A file manager whose current folder is fixed, without touching the process's.
private final class FolderPinnedFileManager: FileManager, @unchecked Sendable {
    let folder: String

    init(folder: String) {
        self.folder = folder
        super.init()
    }

    override var currentDirectoryPath: String { folder }
}
