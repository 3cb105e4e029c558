import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// `.theme`: sets the session's theme (which every result's render options carry), says the
/// current one when given nothing, and names the themes when given a wrong one.
@Suite struct ThemeCommandTests {
    static let store = DemoMasterplan.load()

    private func run(_ script: String, session: Session) -> (text: String, error: Diagnostic?) {
        var text = ""
        var error: Diagnostic?
        session.run(SourceFile(name: "t", text: script)) { event in
            switch event {
            case .text(let line): text += line
            case .error(let diagnostic): error = error ?? diagnostic
            default: break
            }
        }
        return (text, error)
    }

    @Test func setsTheThemeAndSaysIt() {
        let session = Session(store: Self.store, format: .table)
        #expect(session.display.theme == .default)
        #expect(run(".theme", session: session).text.hasPrefix("the theme is default"))
        #expect(run(".theme projector", session: session).error == nil)
        #expect(session.display.theme == .projector)
        #expect(session.renderOptions.display.theme == .projector)
        #expect(run(".theme", session: session).text.hasPrefix("the theme is projector"))
        session.language = .indonesian
        #expect(run(".theme", session: session).text.hasPrefix("temanya projector"))
        _ = run(".theme default", session: session)
        #expect(session.display.theme == .default)
    }

    @Test func aWrongThemeIsLocatedWithDidYouMean() throws {
        let session = Session(store: Self.store, format: .table)
        let error = try #require(run(".theme projektor", session: session).error)
        #expect(error.message == "unknown theme 'projektor'")
        #expect(error.hint == "did you mean 'projector'?")
        let other = try #require(run(".theme dark", session: session).error)
        #expect(other.hint == "themes: default, projector")
        #expect(run(".theme a b", session: session).error?.message == ".theme takes default or projector")
        #expect(session.display.theme == .default)
    }

    @Test func completesItsArgument() throws {
        let command = try #require(Session.command(named: "theme"))
        guard case .words(let words) = command.spec.completion else {
            Issue.record("no word completion")
            return
        }
        #expect(words() == ["default", "projector"])
    }

    @Test func catalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: ThemeMessage.self) == [])
    }
}
