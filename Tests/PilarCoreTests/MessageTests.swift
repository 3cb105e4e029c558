import Testing
@testable import PilarCore

@Suite struct MessageTests {
    @Test func theCoreCatalogueIsCompleteInBothLanguages() {
        #expect(CatalogueAudit.problems(in: CoreMessage.self) == [])
    }

    @Test func placeholdersAreFilledAndPluralsChosen() {
        let one = Message(CoreMessage.moreProblems, ["count": 1])
        let three = Message(CoreMessage.moreProblems, ["count": 3])
        #expect(one.english == "... and 1 more problem")
        #expect(three.english == "... and 3 more problems")
        #expect(three.text(in: .indonesian) == "... dan 3 masalah lainnya")
    }

    @Test func aMessageArgumentIsWrittenInTheSameLanguage() {
        let rendered = MessageTemplate.render("{a}: {b}", arguments: ["a": "x", "b": .message(.didYouMean("budget"))],
                                              language: .indonesian)
        #expect(rendered == "x: maksud Anda 'budget'?")
    }

    @Test func bracesAndMissingArgumentsShowAsWritten() {
        #expect(MessageTemplate.render("{{x}} {y}", arguments: [:], language: .english) == "{x} {y}")
        #expect(MessageTemplate.placeholders(in: "{{x}} {y} {n|a|b}") == ["y", "n"])
    }

    @Test func diagnosticsAreFormattedInTheFormattersLanguage() {
        let source = SourceFile(name: "s", text: "budjet\n")
        let diagnostic = Diagnostic(.checker, CoreMessage.interrupted, source: source, span: Span(0, 6),
                                    hint: .didYouMean("budget"))
        let text = DiagnosticFormatter(language: .indonesian).format(diagnostic)
        #expect(text == "s:1:1: kesalahan: dihentikan\n 1 | budjet\n   | ^~~~~~\n   = saran: maksud Anda 'budget'?\n")
        #expect(diagnostic.message == "interrupted")
    }

    @Test func languageTagsAndTheEnvironment() {
        #expect(Language(tag: "id_ID.UTF-8") == .indonesian)
        #expect(Language(tag: "en_US") == .english)
        #expect(Language(tag: "fr_FR") == nil)
        #expect(Language.fromEnvironment(["LANG": "id_ID.UTF-8"]) == .indonesian)
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LANG": "id_ID.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["PILAR_LANG": "id", "LC_ALL": "C"]) == .indonesian)
        #expect(Language.fromEnvironment([:]) == .english)
    }
}
