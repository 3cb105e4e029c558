import PilarCore
import PilarLanguage
import PilarREPL
import PilarRender
import PilarStore

/// Connects the interactive shell to a language session: the shell owns the terminal, the
/// session owns the language.
final class LanguageEngine: REPLEngine {
    let session: Session
    /// Each statement typed at the prompt is its own source, numbered for error messages.
    private var statementNumber = 0

    init(session: Session) {
        self.session = session
    }

    var bannerLines: [String] {
        let store = session.store
        let language = session.language
        let demo = store.isDemo ? ShellMessage.demoDataNote.template(in: language) : ""
        var lines = ["pilar — \(store.title)\(demo)",
                     store.countsMessage.text(in: language)]
        if session.isSafe {
            lines.append(ShellMessage.bannerSafeMode.template(in: language))
        }
        lines.append(Message(ShellMessage.bannerTryQuery, ["query": "programmes | where pillar == \"mobility\" | top 5 by budget"]).text(in: language))
        lines.append(ShellMessage.bannerKeys.template(in: language))
        return lines
    }

    var engineDotCommands: [CommandSpec] { Session.commands.map(\.spec) }

    var isSafe: Bool { session.isSafe }

    var language: Language { session.language }

    var unsavedChanges: Int { session.unsavedChanges }
    var unsavedDataToken: UInt64 { session.store.generation }
    var displaySettings: DisplaySettings { session.display }

    func needsContinuation(_ pending: String) -> Bool {
        Lexer.needsContinuation(pending)
    }

    func completions(before text: String) -> REPLCompletion {
        let completion = Completer(session: session).complete(text)
        return REPLCompletion(start: completion.start, candidates: completion.candidates)
    }

    /// `.output page.html` collects one page: it is written when the shell ends.
    func finish(emit: (REPLOutput) -> Void) {
        do {
            try session.finishOutput()
        } catch {
            emit(.error(error))
        }
    }

    func execute(_ statement: String, interrupt: InterruptFlag, emit: (REPLOutput) -> Void) {
        statementNumber += 1
        let source = SourceFile(name: "<repl>", text: statement)
        session.run(source, interrupt: interrupt) { event in
            switch event {
            case .result(let result, let format): emit(.result(result, format))
            // In html, print text on the screen is the page's text (a heading, a paragraph), as
            // the page written by `.output` has it; the shell shows each result as it comes.
            case .text(let text): emit(.text(session.format == .html ? DocumentText.render(text, as: .html) : text))
            case .note(let text): emit(.text(text))
            // The shell formats a diagnostic by its severity: "warning:" does not stop anything.
            case .error(let diagnostic), .warning(let diagnostic): emit(.error(diagnostic))
            case .errors(let list):
                for diagnostic in list.diagnostics { emit(.error(diagnostic)) }
                if list.omitted > 0 {
                    emit(.text(Message(CoreMessage.moreProblems, ["count": .number(list.omitted)]).text(in: session.language)))
                }
            case .quit: emit(.quit)
            }
        }
    }
}
