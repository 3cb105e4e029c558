import Foundation
import PilarCore
import Testing
@testable import PilarStore

/// The store's catalogues are complete in both languages, and typical loader errors read as
/// an Indonesian planner would see them.
@Suite struct StoreMessageTests {
    @Test func everyCatalogueIsCompleteInBothLanguages() {
        #expect(CatalogueAudit.problems(in: LoaderMessage.self) == [])
        #expect(CatalogueAudit.problems(in: ValueMessage.self) == [])
        #expect(CatalogueAudit.problems(in: CatalogMessage.self) == [])
        #expect(CatalogueAudit.problems(in: EditMessage.self) == [])
        #expect(CatalogueAudit.problems(in: SaveMessage.self) == [])
    }

    private func indonesian(_ fixture: Fixture) -> [String] {
        do {
            _ = try fixture.load()
            return []
        } catch {
            return error.diagnostics.map { DiagnosticFormatter(language: .indonesian).format($0) }
        }
    }

    @Test func badNumberInACell() {
        var fixture = Fixture()
        fixture.measurements = fixture.measurements.replacingOccurrences(of: "2019,40,44", with: "2019,40,4x4")
        #expect(indonesian(fixture) == ["""
            t/measurements.csv:4:18: kesalahan: angka '4x4' di kolom 'actual' tidak sah
             4 | MOB-01.2,2019,40,4x4
               |                  ^~~
               = saran: tulis angka seperti 12.5, atau biarkan sel kosong bila tidak ada

            """])
    }

    @Test func unknownOPDWithDidYouMean() {
        var fixture = Fixture()
        fixture.programmes = fixture.programmes.replacingOccurrences(of: "renewal,DISHUB", with: "renewal,DISHUP")
        #expect(indonesian(fixture) == ["""
            t/programmes.csv:2:26: kesalahan: OPD 'DISHUP' di kolom 'opd' tidak dikenal
             2 | MOB-01,Bus fleet renewal,DISHUP,mobility,medium,2019,2023,1500000000,ongoing
               |                          ^~~~~~
               = saran: maksud Anda 'DISHUB'?

            """])
    }

    @Test func missingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-msg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (entity, source) in Fixture().files() where entity != .measurement {
            let name = source.name.split(separator: "/").last.map(String.init) ?? ""
            try Data(source.bytes).write(to: folder.appendingPathComponent(name))
        }
        var shown: [String] = []
        do {
            _ = try MasterplanLoader.load(folder: folder.path)
        } catch {
            shown = error.diagnostics.map { DiagnosticFormatter(language: .indonesian).format($0) }
        }
        #expect(shown == ["""
            kesalahan: berkas 'measurements.csv' tidak ada di folder '\(folder.path)'
              = saran: folder masterplan memerlukan opds.csv, programmes.csv, indicators.csv dan measurements.csv; pillars.csv tidak wajib

            """])
    }

    @Test func englishTextIsUnchanged() {
        var fixture = Fixture()
        fixture.programmes = fixture.programmes.replacingOccurrences(of: "renewal,DISHUB", with: "renewal,DISHUP")
        #expect(fixture.problems() == [
            "t/programmes.csv:2:26: unknown opd 'DISHUP' in column 'opd' [DISHUP] (help: did you mean 'DISHUB'?)",
        ])
    }

    @Test func refusedDeleteInIndonesian() throws {
        let store = try Fixture().load()
        #expect(throws: EditProblem.self) { try store.applying(.delete(.opd, rows: [0], cascade: false)) }
        do {
            _ = try store.applying(.delete(.opd, rows: [0], cascade: false))
        } catch {
            #expect(error.message == "cannot delete 1 OPD: 1 programme refers to it")
            #expect(error.text.text(in: .indonesian) == "tidak dapat menghapus 1 OPD: 1 program masih merujuk ke baris itu")
        }
    }
}
