import PilarCore
import Testing
@testable import PilarLanguage

/// The catalogues of functions and execution: complete in both languages, and a few typical
/// messages as an Indonesian user reads them.
struct RuntimeMessageCatalogueTests {
    @Test func functionCatalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: FunctionMessage.self) == [])
    }

    @Test func runtimeCatalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: RuntimeMessage.self) == [])
    }

    @Test func sessionCatalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: SessionMessage.self) == [])
    }

    @Test func safeModeRefusalInIndonesian() {
        let refusal = SafeMode.refusal(.writeFile, for: ".output")
        #expect(refusal.message == "safe mode: .output cannot write files")
        #expect(refusal.text.text(in: .indonesian) == "mode aman: .output tidak dapat menulis berkas")
        #expect(refusal.hintText?.text(in: .indonesian)
                == "mode aman aktif untuk sesi ini (pilar --safe atau .safe on) dan tidak dapat dimatikan")
    }

    @Test func unsavedChangesInIndonesian() {
        #expect(Message(SessionMessage.unsavedChanges, ["count": 2]).english == "2 unsaved changes")
        #expect(Message(SessionMessage.unsavedChanges, ["count": 1]).english == "1 unsaved change")
        #expect(Message(SessionMessage.unsavedChanges, ["count": 2]).text(in: .indonesian) == "2 perubahan belum disimpan")
    }

    @Test func aggregateProblemInIndonesian() {
        let (message, hint) = indonesian("programmes | summarize percentile(budget, 150)")
        #expect(message == "percentile() memerlukan p dari 0 sampai 100, bukan 150")
        #expect(hint == "penggunaan: percentile(number, p)")
    }

    private func indonesian(_ script: String) -> (message: String?, hint: String?) {
        let diagnostic = Tiny.diagnostic(script)
        return (diagnostic?.text.text(in: .indonesian), diagnostic?.hintText?.text(in: .indonesian))
    }

    @Test func arityErrorInIndonesian() {
        #expect(Tiny.diagnostic("print round()")?.message == "round() takes 1 to 2 arguments, not 0")
        let (message, hint) = indonesian("print round()")
        #expect(message == "round() menerima 1 sampai 2 argumen, bukan 0")
        #expect(hint == "penggunaan: round(number[, digits])")
        #expect(indonesian("print abs(1, 2)").message == "abs() menerima 1 argumen, bukan 2")
    }

    @Test func typeRuleInIndonesian() {
        #expect(indonesian(#"print round("a")"#).message == "round() memerlukan angka, bukan text")
        #expect(indonesian("print coalesce(1, \"a\")").message == "coalesce() argumennya mencampur int dan text")
    }

    @Test func overflowInIndonesian() {
        let (message, hint) = indonesian("print 9223372036854775807 + 1")
        #expect(message == "bilangan bulat melampaui batas dalam '+'")
        #expect(hint == "hasilnya melampaui ±9,2 × 10^18")
        #expect(indonesian("print round(9223372036854775807, -1)").message == "bilangan bulat melampaui batas dalam round()")
    }

    @Test func numberParsingInIndonesian() {
        let (message, hint) = indonesian(#"print number("1,5")"#)
        #expect(message == "number('1,5'): bukan angka")
        #expect(hint?.hasPrefix("pilar membaca angka dengan titik") == true)
    }

    @Test func unknownFunctionKeepsDidYouMean() {
        let (message, hint) = indonesian("print rond(1)")
        #expect(message == "fungsi 'rond' tidak dikenal")
        #expect(hint == "maksud Anda 'round'?")
    }
}
