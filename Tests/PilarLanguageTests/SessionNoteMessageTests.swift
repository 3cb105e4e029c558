import PilarCore
import PilarStore
import Testing
@testable import PilarLanguage

/// Dot-commands' argument errors, the session's notes, `.about`, `.changes` and `.schema` in
/// Bahasa Indonesia; the English stays as it was.
@Suite struct SessionNoteMessageTests {
    private func run(_ text: String) -> String { LanguageChoiceTests.run(text).output }

    @Test func cataloguesAreComplete() {
        #expect(CatalogueAudit.problems(in: CommandMessage.self) == [])
        #expect(CatalogueAudit.problems(in: SessionNoteMessage.self) == [])
    }

    @Test func argumentErrorsFollowTheLanguage() {
        let english = run(".timer maybe")
        #expect(english.contains("t:1:1: error: .timer takes on or off"))
        let indonesian = run(".lang id\n.timer maybe")
        #expect(indonesian.contains("t:2:1: kesalahan: .timer menerima on atau off"))
        let format = run(".lang id\n.format jsn")
        #expect(format.contains("kesalahan: format 'jsn' tidak dikenal"))
        #expect(format.contains("saran: maksud Anda 'json'?"))
        let load = run(".lang id\n.load")
        #expect(load.contains("kesalahan: .load menerima satu path"))
        #expect(load.contains("saran: .load examples/data/pekanbaru"))
        #expect(run(".lang id\n.about now").contains("kesalahan: .about tidak menerima argumen"))
        #expect(run(".lang id\n.schema programm").contains("saran: maksud Anda 'programme'?"))
        #expect(run(".lang id\n.decimals 99").contains("kesalahan: .decimals menerima angka dari 0 sampai "))
    }

    @Test func runTimeNoteInIndonesian() {
        let output = run(".lang id\n.timer on\nopds | count")
        #expect(output.contains("\nWaktu jalan: "))
        #expect(!output.contains("Run Time"))
        #expect(run(".timer on\nopds | count").contains("\nRun Time: "))
    }

    @Test func editSummaryUndoAndChangesInIndonesian() {
        let output = run("""
        .lang id
        .changes
        measurements | where indicator == "MOB-01.1" and year == 2020 | update actual = 1
        .changes
        .undo
        .undo
        """)
        #expect(output == """
        tidak ada perubahan sejak data dimuat
        1 pengukuran diperbarui
        1 pengukuran diperbarui: measurements | where indicator == "MOB-01.1" and year == 2020 | update actual = 1
        dibatalkan: 1 pengukuran diperbarui (measurements | where indicator == "MOB-01.1" and year == 2020 | update actual = 1)
        tidak ada yang dapat dibatalkan

        """)
    }

    @Test func aboutInIndonesian() {
        let output = run(".lang id\n.safe on\n.about")
        #expect(output.hasPrefix("mode aman aktif: berkas tidak dapat dibaca atau ditulis sampai sesi berakhir\n"))
        #expect(output.contains("pilar — bahasa kueri untuk masterplan smart city\n"))
        #expect(output.contains(" OPD, "))
        #expect(output.contains(" program, "))
        #expect(output.contains("Masterplan demo ini fiktif: angkanya ilustratif, bukan data resmi."))
        #expect(output.contains("Mode aman aktif: berkas tidak dapat dibaca atau ditulis, data lain tidak dapat dimuat, sampai sesi berakhir."))
    }

    @Test func schemaHeadingInIndonesian() {
        let output = run(".lang id\n.schema opd")
        #expect(output.hasPrefix("opd  (sumber: opds, "))
        #expect(output.contains(" baris)\n"))
        #expect(output.contains("setiap programme yang opd-nya adalah opd ini"))
    }
}
