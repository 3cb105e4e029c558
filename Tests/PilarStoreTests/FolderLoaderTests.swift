import Foundation
import PilarCore
import Testing
@testable import PilarStore

@Suite struct FolderLoaderTests {
    @Test func loadsAFolderAndNamesItsFilesByPath() throws {
        let folder = try TemporaryFolder(fixture: Fixture(), subfolder: "my_city-data")
        defer { folder.remove() }
        let store = try MasterplanLoader.load(folder: folder.path)
        #expect(store.title == "my city data masterplan")
        #expect(store.origin == folder.path)
        #expect(!store.isDemo)
        #expect(store.table(.measurement).count == 4)
        #expect(store.table(.pillar).count == 6)
    }

    @Test func diagnosticsNameTheFileAsFolderSlashFile() throws {
        var fixture = Fixture()
        fixture.programmes = fixture.programmes.replacingOccurrences(of: "medium", with: "quickwin")
        let folder = try TemporaryFolder(fixture: fixture, subfolder: "kota")
        defer { folder.remove() }
        for given in [folder.path, folder.path + "/"] {
            do {
                _ = try MasterplanLoader.load(folder: given)
                Issue.record("expected an error")
            } catch {
                #expect(error.diagnostics.map { $0.location.map { "\($0)" } } == ["\(folder.path)/programmes.csv:2:42"])
            }
        }
    }

    @Test func missingFilesNameTheFolderAndFile() throws {
        let folder = try TemporaryFolder(files: ["opds.csv": Fixture().opds, "programmes.csv": Fixture().programmes])
        defer { folder.remove() }
        do {
            _ = try MasterplanLoader.load(folder: folder.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.message) == [
                "missing file 'indicators.csv' in folder '\(folder.path)'",
                "missing file 'measurements.csv' in folder '\(folder.path)'",
            ])
            #expect(error.diagnostics.first?.hint == "a masterplan folder needs opds.csv, programmes.csv, indicators.csv and measurements.csv; pillars.csv is optional")
        }
    }

    @Test func aPillarFileInTheFolderIsUsed() throws {
        var fixture = Fixture()
        fixture.pillars = "code,name,name_id,colour\nmobility,Smart Mobility,Mobilitas,blue\nenvironment,Smart Environment,,green\n"
        let folder = try TemporaryFolder(fixture: fixture)
        defer { folder.remove() }
        let store = try MasterplanLoader.load(folder: folder.path)
        #expect(store.table(.pillar).count == 2)
        #expect(store.column(.pillar, "colour") == [.text("blue"), .text("green")])
    }

    @Test func noSuchFolderAndNotAFolder() throws {
        let folder = try TemporaryFolder(files: ["opds.csv": "code,name,kind\n"])
        defer { folder.remove() }
        let missing = folder.path + "/nowhere"
        let file = folder.path + "/opds.csv"
        for (path, message) in [(missing, "no such folder '\(missing)'"), (file, "'\(file)' is not a folder")] {
            do {
                _ = try MasterplanLoader.load(folder: path)
                Issue.record("expected an error for \(path)")
            } catch {
                #expect(error.diagnostics.map(\.message) == [message])
                #expect(error.diagnostics.first?.source == nil)
            }
        }
    }

    @Test func anUnreadableFileIsReported() throws {
        let fixture = Fixture()
        let folder = try TemporaryFolder(files: ["programmes.csv": fixture.programmes, "indicators.csv": fixture.indicators,
                                                 "measurements.csv": fixture.measurements])
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/opds.csv", withIntermediateDirectories: false)
        do {
            _ = try MasterplanLoader.load(folder: folder.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["cannot read '\(folder.path)/opds.csv'"])
        }
    }

    @Test func theExampleFolderLoadsLikeTheDemo() throws {
        let path = repositoryRoot.appendingPathComponent("examples/data/pekanbaru").path
        let store = try MasterplanLoader.load(folder: path)
        #expect(store.title == "pekanbaru masterplan")
        #expect(store.summary == DemoMasterplan.load().summary)
    }

    @Test(arguments: [
        ("examples/data/pekanbaru", "pekanbaru masterplan"),
        ("examples/data/pekanbaru/", "pekanbaru masterplan"),
        ("/srv/kota-bandung_2024", "kota bandung 2024 masterplan"),
        ("medan-masterplan", "medan masterplan"),
        ("/", "masterplan"),
    ])
    func titles(folder: String, title: String) {
        #expect(FolderReader.title(forFolder: folder) == title)
    }

    @Test func theWorkingFolderIsNamedAfterItself() {
        let name = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
        #expect(FolderReader.title(forFolder: ".") == name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ") + " masterplan")
    }
}
