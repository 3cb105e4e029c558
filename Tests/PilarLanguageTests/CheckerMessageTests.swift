import PilarCore
@testable import PilarLanguage
import Testing

/// The checker's messages are in catalogues, complete in both languages, and read as
/// Indonesian when the formatter writes Indonesian.
@Suite struct CheckerMessageTests {
    @Test func theCheckerCataloguesAreCompleteInBothLanguages() {
        #expect(CatalogueAudit.problems(in: CheckerMessage.self) == [])
        #expect(CatalogueAudit.problems(in: CheckerEditMessage.self) == [])
        #expect(CatalogueAudit.problems(in: ReshapeMessage.self) == [])
    }

    /// The first error or warning a script gives, with its source.
    func firstDiagnostic(_ text: String) -> Diagnostic? {
        let session = Session(store: Tiny.store, format: .csv)
        var found: Diagnostic?
        session.run(SourceFile(name: "t", text: text)) { event in
            switch event {
            case .error(let diagnostic), .warning(let diagnostic): if found == nil { found = diagnostic }
            default: break
            }
        }
        return found
    }

    func indonesian(_ text: String) -> String {
        guard let diagnostic = firstDiagnostic(text) else { return "<no diagnostic>" }
        return DiagnosticFormatter(language: .indonesian).format(diagnostic)
    }

    @Test func anUnknownFieldWithDidYouMean() {
        #expect(indonesian("programmes | where budjet > 1") == """
            t:1:20: kesalahan: kolom 'budjet' tidak dikenal pada programme
             1 | programmes | where budjet > 1
               |                    ^~~~~~
               = saran: maksud Anda 'budget'?

            """)
        #expect(firstDiagnostic("programmes | where budjet > 1")?.message == "unknown field 'budjet' of programme")
    }

    @Test func aTypeMismatchNamesPilarsTypesUntranslated() {
        let diagnostic = firstDiagnostic("programmes | where start_year == \"2019\"")
        #expect(diagnostic?.message == "cannot compare int with text")
        #expect(diagnostic?.text.text(in: .indonesian) == "int tidak dapat dibandingkan dengan text")
        #expect(diagnostic?.hintText?.text(in: .indonesian) == "angka ditulis tanpa tanda kutip: start_year == 2019")
    }

    @Test func aCodeLiteralWarning() {
        let diagnostic = firstDiagnostic("programmes | where opd == \"dishub\"")
        #expect(diagnostic?.severity == .warning)
        #expect(diagnostic?.message == "no opd has code \"dishub\"")
        #expect(indonesian("programmes | where opd == \"dishub\"") == """
            t:1:27: peringatan: tidak ada opd dengan kode "dishub"
             1 | programmes | where opd == "dishub"
               |                           ^~~~~~~~
               = saran: maksud Anda "DISHUB"?

            """)
    }

    @Test func phrasesInsideMessagesAreTranslatedToo() {
        // "after 'summarize' the rows are records" is a message inside the message.
        let edit = firstDiagnostic("programmes | summarize n = count() by opd | delete")
        #expect(edit?.text.text(in: .indonesian)
                == "'delete' memerlukan baris dari sebuah sumber, tetapi setelah 'summarize' barisnya berupa rekaman")
        let outer = firstDiagnostic("opds | extend n = count(programmes | where outer.outer.code == \"x\")")
        #expect(outer?.message == "there is 1 pipeline around this one, not 2")
        #expect(outer?.text.text(in: .indonesian) == "ada 1 alur di sekitar alur ini, bukan 2")
        #expect(Message.joinedWithAnd(["'code'", "'year'"]) == .message(Message(CheckerMessage.bothNames,
                                                                                 ["first": "'code'", "second": "'year'"])))
        #expect(Message(CheckerMessage.bothNames, ["first": "'code'", "second": "'year'"]).text(in: .indonesian) == "'code' dan 'year'")
    }

    @Test func theSessionKnowsThePivotAfterEditErrorByItsID() {
        #expect(Checker.pivotAfterEditMessage.is(ReshapeMessage.pivotAfterEdit))
        #expect(Checker.pivotAfterEditMessage.english
                == "pivot finds its columns in the data, which an edit earlier in the script changes")
    }
}
