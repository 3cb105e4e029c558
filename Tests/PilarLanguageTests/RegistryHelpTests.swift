import Testing
import PilarCore
@testable import PilarLanguage

/// Every registry entry's help exists in Indonesian, and every translation names an entry.
@Suite struct RegistryHelpTests {
    @Test func everyEntryHasItsIndonesianHelp() {
        let missing = RegistryHelp.englishEntries.keys.filter { RegistryHelp.indonesian[$0] == nil }.sorted()
        #expect(missing == [], "no Indonesian help for: \(missing.joined(separator: ", "))")
    }

    @Test func everyTranslationNamesAnEntry() {
        let entries = RegistryHelp.englishEntries
        let orphans = RegistryHelp.indonesian.keys.filter { entries[$0] == nil }.sorted()
        #expect(orphans == [], "translations of nothing: \(orphans.joined(separator: ", "))")
    }

    @Test func noTranslationIsLeftInEnglish() {
        let entries = RegistryHelp.englishEntries
        let same = RegistryHelp.indonesian.filter { key, text in entries[key] == text }
        #expect(same.isEmpty, "not translated: \(same.keys.sorted())")
    }

    @Test func theAccessorsChooseTheLanguage() throws {
        let whereStage = try #require(StageDeclaration.all.first { $0.name == "where" })
        #expect(whereStage.summary(in: .english) == whereStage.summary)
        #expect(whereStage.summary(in: .indonesian) == "menyisakan baris yang memenuhi sebuah kondisi")
    }
}
