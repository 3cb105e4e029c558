import Testing
import PilarCore
@testable import pilar

@Suite struct CLIMessageTests {
    @Test func theCommandLineCatalogueIsCompleteInBothLanguages() {
        #expect(CatalogueAudit.problems(in: CLIMessage.self) == [])
        #expect(CatalogueAudit.problems(in: PresentCLIMessage.self) == [])
    }

    @Test func aUsageErrorInIndonesian() {
        let message = Message(CLIMessage.unknownLanguageSuggestion,
                              ["lang": "ind", "name": "id", "languages": .list(["en", "id"])])
        #expect(message.text(in: .indonesian) == "bahasa 'ind' tidak dikenal (maksud Anda 'id'?); bahasa yang ada: en, id")
        #expect(message.english == "unknown language 'ind' (did you mean 'id'?); languages: en, id")
    }
}
