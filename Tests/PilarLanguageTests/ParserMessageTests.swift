import PilarCore
@testable import PilarLanguage
import Testing

/// The lexer's and parser's messages in both languages: the catalogues are complete, and
/// typical errors read as they should in Bahasa Indonesia.
@Suite struct ParserMessageTests {
    func indonesian(_ text: String) -> String {
        guard let error = parseError(text) else { return "no error" }
        return DiagnosticFormatter(language: .indonesian).format(error)
    }

    @Test func theCataloguesAreCompleteInBothLanguages() {
        #expect(CatalogueAudit.problems(in: LexerMessage.self) == [])
        #expect(CatalogueAudit.problems(in: ParserMessage.self) == [])
        #expect(CatalogueAudit.problems(in: SQLHabitMessage.self) == [])
    }

    @Test func anUnknownStageSuggestsTheStageInIndonesian() {
        #expect(indonesian("programmes | sortt budget") == """
            t:1:14: kesalahan: tahap 'sortt' tidak dikenal
             1 | programmes | sortt budget
               |              ^~~~~
               = saran: maksud Anda 'sort'?

            """)
    }

    @Test func anUnclosedBracketIsExplainedInIndonesian() {
        #expect(indonesian("print (1 + 2") == """
            t:1:7: kesalahan: '(' tidak pernah ditutup
             1 | print (1 + 2
               |       ^
               = saran: diharapkan ')'

            """)
        #expect(parseError("print [1, 2 3]")?.text.text(in: .indonesian) == "diharapkan ',' atau ']', ditemukan angka 3")
        #expect(parseError("print [1, 2 3]")?.hint == "to close the '[' opened at 1:7")
        #expect(parseError("print [1, 2 3]")?.hintText?.text(in: .indonesian) == "untuk menutup '[' yang dibuka di 1:7")
    }

    @Test func whatWasFoundIsNamedInIndonesian() {
        let error = parseError("programmes | where")
        #expect(error?.message == "expected an expression after 'where', found end of statement")
        #expect(error?.text.text(in: .indonesian) == "diharapkan ekspresi setelah 'where', ditemukan akhir pernyataan")
        #expect(parseError("programmes | sort budget |")?.text.text(in: .indonesian)
            == "diharapkan tahap setelah '|', ditemukan akhir pernyataan")
        #expect(parseError("print 1 +")?.text.text(in: .indonesian) == "diharapkan ekspresi setelah '+', ditemukan akhir pernyataan")
    }

    @Test func anSQLHabitKeepsItsCodeAndTranslatesTheWords() {
        let error = parseError("programmes | order by budget desc")
        #expect(error?.hint == "write: sort budget desc")
        #expect(DiagnosticFormatter(language: .indonesian).format(error!) == """
            t:1:14: kesalahan: pilar mengurutkan dengan 'sort', bukan 'order by'
             1 | programmes | order by budget desc
               |              ^~~~~
               = saran: tulis: sort budget desc

            """)
        #expect(parseError("programmes | where budget = 1")?.hintText?.text(in: .indonesian)
            == "bandingkan dengan '==': where budget == 1")
    }

    @Test func lexerErrorsAreInIndonesian() {
        #expect(parseError("print 1.2.3")?.text.text(in: .indonesian) == "angka '1.2.3' tidak sah")
        #expect(parseError("print 1.2.3")?.hintText?.text(in: .indonesian) == "sebuah angka memiliki paling banyak satu titik desimal")
        #expect(parseError("print \"abc")?.text.text(in: .indonesian) == "teks tidak ditutup")
        let long = String(repeating: "9", count: 50)
        let tooLarge = parseError("print \(long)")
        #expect(tooLarge?.message == "integer '\(String(repeating: "9", count: 32))… (50 characters)' is too large")
        #expect(tooLarge?.text.text(in: .indonesian)
            == "bilangan bulat '\(String(repeating: "9", count: 32))… (50 karakter)' terlalu besar")
    }

    /// Every message the lexer and parser make comes from a catalogue: none is left as text.
    @Test func noParserMessageIsVerbatim() {
        let inputs = [
            "programmes | sortt budget", "programmes | order by budget", "programmes | limit 5", "programmes | group by pillar",
            "programmes | sort by budget", "programmes | select *", "programmes | summarize count(*)",
            "programmes | where pillar in (\"a\", \"b\")", "programmes | extend x = case when budget > 1 then 1 else 0 end",
            "programmes | where budget > 1\nand budget < 5", "programmes | where budget = 1", "print (1 + 2",
            "print [1, 2 3]", "print {", "let = 1", "let x 1", "let x = programmes | delete", "print", "| where",
            "check budget | count", "check 5", "insert 5", "insert measurements []", "insert measurements 5",
            "insert measurements {5}", "insert measurements {a 1}", "insert measurements {a = 1}", "programmes | update a == 1",
            "programmes | update 5", "programmes | extend 5", "programmes | extend a == 1", "5 | count", "programmes.x",
            "programmes | 5", "programmes | top 5", "programmes | summarize", "programmes | select a as 5",
            "print x is 5", "print a < b < c", "print x between 1 5", "print a.5", "print )", "print a === b",
            "programmes | pivot", "programmes | pivot count()", "programmes | pivot count() across y = year",
            "programmes | pivot count() across year in []", "programmes | unpivot a", "programmes | unpivot a into b",
            "programmes | unpivot 2019 into a, b", "programmes | unpivot \"x\"", "programmes | delete | count",
            "print count(programmes | delete)", "print 1 2", "programmes where", "print x = 1",
            "print (1;", "print $", "print 1 ! 2", "print a & b", "print “x”", "print `x", "print ``", "print 1.2.3",
            "print 0x1F", "print 1e", "print 99999999999999999999", "print 1.0000000000000000000001", "print \"abc",
            "print \"\\q\"", "print \"\\u{ZZ}\"",
        ]
        for input in inputs {
            guard let error = parseError(input) else {
                Issue.record("no error for \(input)")
                continue
            }
            #expect(error.text.id != "verbatim", "\(input): \(error.message)")
            #expect(error.hintText?.id != "verbatim", "\(input): \(error.hint ?? "")")
        }
    }
}
