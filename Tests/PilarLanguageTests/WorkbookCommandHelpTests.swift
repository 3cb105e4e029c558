import Testing
import PilarCore
@testable import PilarLanguage

/// `.load` and `.save` take a workbook as well as a folder; their help says so in both languages.
@Suite struct WorkbookCommandHelpTests {
    @Test func loadAndSaveHelpMentionWorkbooks() throws {
        for name in ["load", "save"] {
            let spec = try #require(Session.commands.map(\.spec).first { $0.name == name })
            #expect(spec.usage.contains("FILE.xlsx"), "\(spec.usage)")
            #expect(spec.summary(in: .english).contains("workbook"), "\(spec.summary)")
            #expect(spec.summary(in: .indonesian).contains("buku kerja"), "\(spec.summary(in: .indonesian))")
        }
    }
}
