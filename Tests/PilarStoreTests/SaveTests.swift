import Foundation
import PilarCore
import Testing
@testable import PilarStore

/// `.save`'s store side: CSV encoding in the loaded layout, the journal and its recovery,
/// the changed-on-disk check.
@Suite struct SaveTests {
    /// Every table's fields, rows (references as codes), layout: what a reload must give back.
    static func snapshot(_ store: Store) -> [String] {
        var lines: [String] = []
        for entity in Catalog.masterplan.entities {
            let table = store.table(entity)
            lines.append("\(entity) \(table.schema.fields.map(\.name)) \(String(describing: table.layout))")
            for row in 0..<table.count {
                lines.append(table.schema.fields.indices.map { column in
                    switch table.value(column: column, row: row) {
                    case .ref(let target, let index): "@" + store.code(of: target, row: index)
                    case let value: String(describing: value)
                    }
                }.joined(separator: " | "))
            }
        }
        return lines
    }

    static func files(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return files
    }

    static func newFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pilar-save-tests-\(UUID().uuidString)").path
    }

    @Test func theExampleFolderSavesByteForByte() throws {
        let source = repositoryRoot.appendingPathComponent("examples/data/pekanbaru").path
        let (store, _) = try MasterplanLoader.loadStamped(folder: source)
        let target = Self.newFolder()
        defer { try? FileManager.default.removeItem(atPath: target) }
        let outcome = try MasterplanSaver.save(store, to: target, stamps: nil, force: false)
        #expect(outcome.files == 5)
        for name in Catalog.masterplan.declarations.map(\.fileName) {
            let original = FileManager.default.contents(atPath: source + "/" + name)
            let saved = FileManager.default.contents(atPath: target + "/" + name)
            #expect(original == saved, "\(name) differs after saving")
        }
        #expect(Self.snapshot(try MasterplanLoader.load(folder: target)) == Self.snapshot(store))
        // No temporaries or journal are left behind.
        #expect(Set(try Self.files(in: target).keys) == Set(Catalog.masterplan.declarations.map(\.fileName)))
    }

    /// Quoting, non-ASCII, a BOM, CRLF, `;`, extra columns, blanks that matter, columns out of
    /// order and a missing optional column round-trip to the same store, and a second save
    /// writes the same bytes.
    @Test func awkwardFilesRoundTrip() throws {
        var fixture = Fixture()
        fixture.opds = "\u{FEFF}code;name;kind;anggaran_catatan\r\n"
            + "DISHUB;\"Dinas \"\"Perhubungan\"\"; Kota\";dinas;\" spasi di depan\"\r\n"
            + "DLHK;Dinas Lingkungan Hidup — Kebersihan;dinas;\"baris\r\nkedua\"\r\n"
        fixture.programmes = """
            name,code,opd,pillar,horizon,start_year,end_year,budget,status,sumber_dana
            "Bus fleet renewal, phase 1",MOB-01,DISHUB,mobility,medium,2019,2023,1500000000,ongoing,APBD
            Pengelolaan sampah ♻,ENV-01,DLHK,environment,short,2020,2021,,done,

            """
        fixture.indicators = "code\tprogramme\tname\tunit\tpolarity\tbaseline\n"
            + "MOB-01.1\tMOB-01\tDaily passengers\tpassengers\tpositive\t9000.50\n"
            + "MOB-01.2\tMOB-01\tTravel time\tminutes\tnegative\t-0.000001\n"
            + "ENV-01.1\tENV-01\tWaste handled\t%\tpositive\t\n"
        fixture.pillars = """
            code,name,name_id
            governance,Smart Governance,Tata Kelola
            people,Smart People,Masyarakat
            economy,Smart Economy,Ekonomi
            environment,Smart Environment,Lingkungan
            living,Smart Living,Kehidupan
            mobility,Smart Mobility,"Mobilitas; Transportasi"

            """
        let folder = try TemporaryFolder(fixture: fixture)
        defer { folder.remove() }
        let store = try MasterplanLoader.load(folder: folder.path)
        let first = Self.newFolder()
        let second = Self.newFolder()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        _ = try MasterplanSaver.save(store, to: first, stamps: nil, force: false)
        let reloaded = try MasterplanLoader.load(folder: first)
        #expect(Self.snapshot(reloaded) == Self.snapshot(store))
        _ = try MasterplanSaver.save(reloaded, to: second, stamps: nil, force: false)
        #expect(try Self.files(in: first) == Self.files(in: second))
        let opds = String(decoding: FileManager.default.contents(atPath: first + "/opds.csv")!, as: UTF8.self)
        #expect(opds.hasPrefix("\u{FEFF}code;name;kind;anggaran_catatan\r\n"))
        #expect(opds.contains("\"Dinas \"\"Perhubungan\"\"; Kota\""))
        #expect(opds.contains("\" spasi di depan\""))
        let programmes = String(decoding: FileManager.default.contents(atPath: first + "/programmes.csv")!, as: UTF8.self)
        #expect(programmes.hasPrefix("name,code,opd,pillar,horizon,start_year,end_year,budget,status,sumber_dana\n"))
        // Decimals as held: 9000.50 is 9000.5.
        let indicators = String(decoding: FileManager.default.contents(atPath: first + "/indicators.csv")!, as: UTF8.self)
        #expect(indicators.contains("\tpositive\t9000.5\n"))
        #expect(indicators.contains("\tnegative\t-0.000001\n"))
    }

    /// A column added in pilar whose name holds another file's delimiter: the header must still
    /// read back with this file's delimiter (the loader tells it from the header).
    @Test func headerNamesWithSeparatorsAreQuoted() throws {
        var fixture = Fixture()
        fixture.opds = "code;name;kind\nDISHUB;Dinas Perhubungan;dinas\nDLHK;Dinas Lingkungan;dinas\n"
        let folder = try TemporaryFolder(fixture: fixture)
        defer { folder.remove() }
        var store = try MasterplanLoader.load(folder: folder.path)
        store = try store.applying(.addColumn(.opd, name: "sumber, dana")).store
        store = try store.applying(.addColumn(.programme, name: "catatan;\tlain")).store
        let saved = Self.newFolder()
        defer { try? FileManager.default.removeItem(atPath: saved) }
        _ = try MasterplanSaver.save(store, to: saved, stamps: nil, force: false)
        let opds = String(decoding: FileManager.default.contents(atPath: saved + "/opds.csv")!, as: UTF8.self)
        #expect(opds.hasPrefix("code;name;kind;\"sumber, dana\"\n"))
        let reloaded = try MasterplanLoader.load(folder: saved)
        #expect(reloaded.schema(.opd).fields.contains { $0.name == "sumber, dana" })
    }

    @Test func defaultPillarsAreNotWrittenAndDerivedFieldsNever() throws {
        let folder = try TemporaryFolder(fixture: Fixture())
        defer { folder.remove() }
        let store = try MasterplanLoader.load(folder: folder.path)
        let target = Self.newFolder()
        defer { try? FileManager.default.removeItem(atPath: target) }
        #expect(try MasterplanSaver.save(store, to: target, stamps: nil, force: false).files == 4)
        #expect(!FileManager.default.fileExists(atPath: target + "/pillars.csv"))
        let measurements = String(decoding: FileManager.default.contents(atPath: target + "/measurements.csv")!, as: UTF8.self)
        #expect(measurements.hasPrefix("indicator,year,target,actual\n"))
        // The empty store has no layouts: schema order, comma, LF.
        let empty = Self.newFolder()
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(try MasterplanSaver.save(MasterplanLoader.emptyStore(), to: empty, stamps: nil, force: false).files == 4)
        #expect(FileManager.default.contents(atPath: empty + "/programmes.csv")
                == Data("code,name,opd,pillar,horizon,start_year,end_year,budget,status\n".utf8))
        #expect(Self.snapshot(try MasterplanLoader.load(folder: empty)).count == Self.snapshot(MasterplanLoader.emptyStore()).count)
    }

    @Test func decimalsAreWrittenAsTheirDescription() {
        let values: [DecimalNumber] = [0, 1, -1, 10, 100, 0.5, -0.5, 1.25, 0.001, -0.000001, 123_456_789.125, 13600, 2.5e3]
        for value in values + (0..<2000).map({ DecimalNumber(scaled: Int128($0 * 7919 - 5_000_000), scale: $0 % 19)! }) {
            var out: [UInt8] = []
            CSVEncoder.appendDecimal(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == value.description)
        }
        var out: [UInt8] = []
        CSVEncoder.appendInt(.min, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(Int64.min))
    }

    @Test func aFileChangedOnDiskIsNotOverwrittenUnlessForced() throws {
        let folder = try TemporaryFolder(fixture: Fixture())
        defer { folder.remove() }
        let (store, stamps) = try MasterplanLoader.loadStamped(folder: folder.path)
        // Touched only: the same bytes, so not a change.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)],
                                              ofItemAtPath: folder.path + "/opds.csv")
        let saved = try MasterplanSaver.save(store, to: folder.path, stamps: stamps, force: false)
        let edited = Fixture().programmes + "X-01,Extra,DISHUB,mobility,short,2020,2020,,planned\n"
        try Data(edited.utf8).write(to: URL(fileURLWithPath: folder.path + "/programmes.csv"))
        #expect(throws: MasterplanSaver.Problem.self) {
            try MasterplanSaver.save(store, to: folder.path, stamps: saved.stamps, force: false)
        }
        do {
            _ = try MasterplanSaver.save(store, to: folder.path, stamps: saved.stamps, force: false)
        } catch {
            #expect(error.message.hasPrefix("programmes.csv changed on disk since it was loaded"))
        }
        #expect(FileManager.default.contents(atPath: folder.path + "/programmes.csv") == Data(edited.utf8))
        _ = try MasterplanSaver.save(store, to: folder.path, stamps: saved.stamps, force: true)
        #expect(try MasterplanLoader.load(folder: folder.path).table(.programme).count == 2)
    }

    @Test func anotherMasterplanFolderIsNotOverwrittenUnlessForced() throws {
        let folder = try TemporaryFolder(fixture: Fixture())
        defer { folder.remove() }
        let store = MasterplanLoader.emptyStore()
        #expect(throws: MasterplanSaver.Problem.self) {
            try MasterplanSaver.save(store, to: folder.path, stamps: nil, force: false)
        }
        #expect(try MasterplanLoader.load(folder: folder.path).table(.programme).count == 2)
        _ = try MasterplanSaver.save(store, to: folder.path, stamps: nil, force: true)
        #expect(try MasterplanLoader.load(folder: folder.path).table(.programme).count == 0)
    }

    // MARK: - Recovery

    /// Writes the new files as temporaries, as an interrupted save would have.
    static func interruptedSave(of fixture: Fixture, into folder: String, marker: Bool, renamed: Int) throws {
        let names = ["opds.csv", "programmes.csv", "indicators.csv", "measurements.csv"]
        let texts = [fixture.opds, fixture.programmes, fixture.indicators, fixture.measurements]
        var journal = SaveJournal.header + "\n"
        for (index, (name, text)) in zip(names, texts).enumerated() {
            let temporary = "." + name + SaveJournal.suffix
            journal += temporary + "\t" + name + "\n"
            let destination = index < renamed ? name : temporary
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + destination))
        }
        journal += "end\n"
        if marker { try Data(journal.utf8).write(to: URL(fileURLWithPath: folder + "/" + SaveJournal.marker)) }
    }

    static var newFixture: Fixture {
        var fixture = Fixture()
        fixture.opds += "BAPPEDA,Badan Perencanaan,badan,\n"
        return fixture
    }

    @Test(arguments: [0, 2, 4])
    func aJournalMarkerRollsTheSaveForward(renamed: Int) throws {
        let folder = try TemporaryFolder(fixture: Fixture())
        defer { folder.remove() }
        try Self.interruptedSave(of: Self.newFixture, into: folder.path, marker: true, renamed: renamed)
        let store = try MasterplanLoader.load(folder: folder.path)
        #expect(Self.snapshot(store) == Self.snapshot(try Self.newFixture.load()))
        #expect(Set(try Self.files(in: folder.path).keys) == ["opds.csv", "programmes.csv", "indicators.csv", "measurements.csv"])
    }

    @Test func temporariesWithoutAMarkerAreRolledBack() throws {
        let folder = try TemporaryFolder(fixture: Fixture())
        defer { folder.remove() }
        try Self.interruptedSave(of: Self.newFixture, into: folder.path, marker: false, renamed: 0)
        try Data("half a jour".utf8).write(to: URL(fileURLWithPath: folder.path + "/" + SaveJournal.marker + SaveJournal.suffix))
        #expect(SaveJournal.recover(folder: folder.path) == .rolledBack(temporaries: 5))
        #expect(Self.snapshot(try MasterplanLoader.load(folder: folder.path)) == Self.snapshot(try Fixture().load()))
        #expect(try Self.files(in: folder.path).count == 4)
    }

    @Test func aJournalThatPointsOutsideItsFolderIsIgnored() throws {
        let folder = try TemporaryFolder(fixture: Fixture())
        defer { folder.remove() }
        try Data("\(SaveJournal.header)\n.x\(SaveJournal.suffix)\t../opds.csv\nend\n".utf8)
            .write(to: URL(fileURLWithPath: folder.path + "/" + SaveJournal.marker))
        #expect(SaveJournal.recover(folder: folder.path) == .nothing)
    }
}

/// A folder whose interrupted save cannot be finished is not loaded: its files are a mix.
struct UnfinishedSaveTests {
    @Test func aMarkerThatCannotBeRolledForwardRefusesTheLoad() throws {
        let folder = try TemporaryFolder(fixture: Fixture())
        defer { folder.remove() }
        // A journal naming a temporary whose target is a folder: the rename cannot happen.
        try FileManager.default.createDirectory(atPath: folder.path + "/blocked.csv", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: folder.path + "/blocked.csv/inside", withIntermediateDirectories: false)
        try Data("new".utf8).write(to: URL(fileURLWithPath: folder.path + "/.blocked.csv.pilar-new"))
        try Data("pilar save journal 1\n.blocked.csv.pilar-new\tblocked.csv\nend\n".utf8)
            .write(to: URL(fileURLWithPath: folder.path + "/.pilar-save-journal"))
        do {
            _ = try MasterplanLoader.load(folder: folder.path)
            Issue.record("a folder with an unfinished save loaded")
        } catch {
            #expect(error.diagnostics.first?.message.hasPrefix("an interrupted save in '\(folder.path)' could not be finished") == true)
        }
    }
}
