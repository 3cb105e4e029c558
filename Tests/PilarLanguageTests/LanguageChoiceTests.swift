import PilarCore
import PilarRender
import PilarStore
import Testing
@testable import PilarLanguage

/// `.lang` and what the session's language changes in the language library: band names
/// shown in it, accepted in both, errors of `.lang` located and in the catalogue.
@Suite struct LanguageChoiceTests {
    static let demo = DemoMasterplan.load()

    /// Runs `text` in one session; results as CSV, errors formatted in the session's language
    /// at the time they came.
    static func run(_ text: String, language: Language = .english) -> (output: String, session: Session) {
        let session = Session(store: demo, format: .csv)
        session.language = language
        var output = ""
        session.run(SourceFile(name: "t", text: text)) { event in
            switch event {
            case .result(let result, let format): output += Renderer.render(result, RenderOptions(format: format))
            case .text(let text), .note(let text): output += text
            case .error(let diagnostic), .warning(let diagnostic):
                output += DiagnosticFormatter(language: session.language).format(diagnostic)
            case .errors(let list): output += DiagnosticFormatter(language: session.language).format(list)
            case .quit: break
            }
        }
        return (output, session)
    }

    @Test func catalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: LanguageCommandMessage.self) == [])
    }

    @Test func langShowsAndChangesTheLanguage() {
        let (output, session) = Self.run(".lang\n.lang id\n.lang")
        #expect(session.language == .indonesian)
        #expect(output == "language: English (en); .lang en or .lang id changes it\n"
                + "bahasa: Bahasa Indonesia (id); ganti dengan .lang en atau .lang id\n")
        #expect(Self.run(".lang id\n.lang EN").session.language == .english)
    }

    @Test func anUnknownLanguageIsALocatedErrorWithDidYouMean() {
        let english = Self.run(".lang idn").output
        #expect(english.contains("t:1:1: error: unknown language 'idn'"))
        #expect(english.contains("help: did you mean 'id'?"))
        let indonesian = Self.run(".lang klingon", language: .indonesian).output
        #expect(indonesian.contains("kesalahan: bahasa 'klingon' tidak dikenal"))
        #expect(indonesian.contains("saran: bahasa yang tersedia: en (English), id (Bahasa Indonesia)"))
        #expect(Self.run(".lang id en").output.contains("error: .lang takes at most one language"))
    }

    @Test func errorsAfterLangIdAreInIndonesian() {
        let output = Self.run(".lang\n.lang id\n.lang idn").output
        #expect(output.contains("t:3:1: kesalahan: bahasa 'idn' tidak dikenal"))
        #expect(output.contains("saran: maksud Anda 'id'?"))
    }

    @Test func bandsShowInTheSessionLanguage() {
        let query = "measurements | where band is not null | summarize n = count() by band | sort band"
        let english = Self.run(query).output
        let indonesian = Self.run(".lang id\n" + query).output
        #expect(english.hasPrefix("band,n\nvery low,"))
        #expect(indonesian.hasPrefix("band,n\nsangat rendah,"))
        // The same counts in the same (scale) order; only the names differ.
        let names = ["very low": "sangat rendah", "low": "rendah", "medium": "sedang", "high": "tinggi", "very high": "sangat tinggi"]
        var translated = english
        for (from, to) in names.sorted(by: { $0.key.count > $1.key.count }) {
            translated = translated.replacingOccurrences(of: "\n\(from),", with: "\n\(to),")
        }
        #expect(translated == indonesian)
    }

    @Test func bothBandNamesAreAcceptedInEitherLanguage() {
        let count = { (condition: String) in Self.run("measurements | where \(condition) | count").output }
        #expect(count(#"band == "sangat rendah""#) == count(#"band == "very low""#))
        #expect(count(#"band in ["rendah", "low"]"#) == count(#"band == "low""#))
        #expect(count(#"band in ["rendah", "tinggi"]"#) == count(#"band in ["low", "high"]"#))
        #expect(count(#"band >= "tinggi""#) == count(#"band >= "high""#))
        #expect(!count(#"band == "rendah""#).contains("error"))
        // did-you-mean knows the Indonesian names too.
        #expect(Self.run(#"measurements | where band == "sedan""#).output.contains("did you mean \"sedang\"?"))
    }

    @Test func bandLabelsFollowPermendagri() {
        #expect(AchievementBand.allCases.map { $0.label(in: .indonesian) }
                == ["sangat rendah", "rendah", "sedang", "tinggi", "sangat tinggi"])
        #expect(Domain.band.ordinal(of: "sedang") == Domain.band.ordinal(of: "medium"))
        #expect(Domain.band.display("very high", in: .indonesian) == "sangat tinggi")
        #expect(Domain.status.values(in: .indonesian) == Domain.status.values)
    }

    @Test func completionOffersBandsInTheSessionLanguage() {
        let session = Session(store: Self.demo)
        #expect(Completer(session: session).complete("measurements | where band == \"").candidates.contains("very low"))
        session.language = .indonesian
        let candidates = Completer(session: session).complete("measurements | where band == \"").candidates
        #expect(candidates.contains("sangat rendah"))
        #expect(!candidates.contains("very low"))
    }
}
