import PilarCore
import Testing
@testable import PilarStore

/// What an edit changed and how many rows the store holds, in both languages.
struct SummaryMessageTests {
    let store: Store

    init() throws {
        store = try Fixture().load()
    }

    @Test func catalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: SummaryMessage.self) == [])
    }

    @Test func editSummariesInIndonesian() throws {
        let upsert = try store.applying(.upsert(.measurement, rows: [
            ["indicator": .text("MOB-01.1"), "year": .int(2020), "actual": .int(11000)],
            ["indicator": .text("MOB-01.1"), "year": .int(2021), "target": .int(14000)],
        ]))
        #expect(upsert.summaryText.text(in: .indonesian) == "1 pengukuran ditambahkan, 1 diperbarui")
        let update = try store.applying(.update(.measurement, rows: [0, 1], fields: ["actual"], values: [[.int(1)], [.int(2)]]))
        #expect(update.summary == "2 measurements updated")
        #expect(update.summaryText.text(in: .indonesian) == "2 pengukuran diperbarui")
        let cascade = try store.applying(.delete(.programme, rows: [0], cascade: true))
        #expect(cascade.summaryText.text(in: .indonesian)
                == "1 program dihapus (beserta 2 indikator, 3 pengukuran yang terkait dengannya)")
        let column = try store.applying(.addColumn(.programme, name: "keterangan"))
        #expect(column.summary == "column 'keterangan' added to programmes")
        #expect(column.summaryText.text(in: .indonesian) == "kolom 'keterangan' ditambahkan ke programmes")
    }

    @Test func countsInIndonesian() {
        #expect(store.summaryMessage.text(in: .indonesian) == "2 OPD, 2 program, 3 indikator, 4 pengukuran")
        #expect(store.countsLine == "6 pillars, 2 OPDs, 2 programmes, 3 indicators, 4 measurements")
        #expect(store.countsMessage.text(in: .indonesian) == "6 pilar, 2 OPD, 2 program, 3 indikator, 4 pengukuran")
    }
}
