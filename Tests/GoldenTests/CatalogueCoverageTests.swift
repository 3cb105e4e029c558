import Foundation
import Testing

/// Every message catalogue (an enum conforming to `MessageKey` anywhere in Sources/) is audited
/// by a test (`CatalogueAudit.problems(in: X.self)`), so a new area cannot skip the check that
/// its messages exist in both languages with the same placeholders. And no message is built
/// from untranslated text except what comes from the operating system.
@Suite struct CatalogueCoverageTests {
    static let root = GoldenHarness.repositoryRoot

    static func swiftFiles(under folder: String) -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { item in
            guard let url = item as? URL, url.pathExtension == "swift",
                  let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            return (String(url.path.dropFirst(root.path.count + 1)), text)
        }
    }

    static var catalogues: [String] {
        let declaration = try! NSRegularExpression(pattern: #"enum (\w+): String, MessageKey"#)
        return swiftFiles(under: "Sources").flatMap { file in
            declaration.matches(in: file.text, range: NSRange(file.text.startIndex..., in: file.text)).map {
                String(file.text[Range($0.range(at: 1), in: file.text)!])
            }
        }.sorted()
    }

    @Test func thereAreCatalogues() {
        #expect(Self.catalogues.count >= 10)
        #expect(Self.catalogues.contains("CoreMessage"))
    }

    @Test func everyCatalogueIsAudited() {
        let tests = Self.swiftFiles(under: "Tests").map(\.text).joined()
        let unaudited = Self.catalogues.filter { !tests.contains("CatalogueAudit.problems(in: \($0).self)") }
        #expect(unaudited == [], "catalogues without an audit test: \(unaudited)")
    }

    /// `Message.verbatim` shows text as it is in every language: for operating-system error
    /// texts (strerror) only. A message pilar writes itself belongs in a catalogue.
    @Test func verbatimTextIsOnlyForTheOperatingSystemsWords() {
        var offenders: [String] = []
        for file in Self.swiftFiles(under: "Sources") where !file.path.contains("/Messages/") {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(".verbatim(") && !line.contains("strerror") && !line.contains("verbatim-allowed") {
                offenders.append("\(file.path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders == [], "untranslated messages:\n\(offenders.joined(separator: "\n"))")
    }
}
