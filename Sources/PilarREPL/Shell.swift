import PilarCore
import PilarLanguage

/// One interactive session: reads statements, carries them out and shows the output, until
/// Ctrl-D or `.quit`. The decisions are `SessionLoop`'s; this class only connects it to an
/// engine, a line reader and a screen, so tests can run it with fakes of all three.
final class Shell {
    static let mainPrompt = "pilar> "
    /// The prompt while the data has unsaved changes.
    static let unsavedPrompt = "pilar*> "
    static let continuationPrompt = "   ...> "

    let engine: any REPLEngine
    let reader: any LineReader
    let screen: any Screen
    private let interrupt: InterruptFlag
    private let style: ShellStyle
    private let pagerCommand: String?
    private var pagerEnabled: Bool
    private var loop = SessionLoop()
    /// The unsaved-change count the last "unsaved changes" warning was about: leaving again
    /// with the same count discards them.
    /// The data (its generation) the last leave warning was about.
    private var warnedAbout: UInt64?
    /// The guided tour's step, when `.tour` runs.
    var tour = Tour()

    init(engine: any REPLEngine, reader: any LineReader, screen: any Screen, interrupt: InterruptFlag,
         style: ShellStyle, pager: String?) {
        self.engine = engine
        self.reader = reader
        self.screen = screen
        self.interrupt = interrupt
        self.style = style
        self.pagerCommand = pager
        self.pagerEnabled = pager != nil
    }

    /// Runs the session and returns the exit status: 0, since errors in statements are shown
    /// and the session goes on.
    func run(showBanner: Bool = true) -> Int32 {
        followSafeMode()
        if showBanner, !engine.bannerLines.isEmpty {
            screen.write(engine.bannerLines.map { $0 + "\n" }.joined())
        }
        session: while true {
            let prompt = loop.isContinuing ? Self.continuationPrompt
                : engine.unsavedChanges > 0 ? Self.unsavedPrompt : Self.mainPrompt
            var input = loop.takeDeferred() ?? reader.readLine(prompt: style.prompt(prompt), pending: loop.pending)
            if !loop.isContinuing, let statement = tourStatement(for: input) { input = .line(statement) }
            switch loop.receive(input, typeahead: reader.hasTypeahead, engineCommands: engine.engineDotCommands,
                                needsContinuation: engine.needsContinuation) {
            case .read, .discarded:
                continue
            case .notice(let line, let message):
                reader.remember(line)
                screen.writeError(style.notice(message.text(in: engine.language)) + "\n")
            case .end:
                if mayLeave() { break session }
            case .run(let statement, let route):
                reader.remember(statement)
                var goOn = perform(statement, route)
                followTour(statement)
                // `.quit` typed, or reached inside a line or a `.read` script: warn the same way.
                if !goOn, !mayLeave() { goOn = true }
                // `.safe on` may have just run; the next line must already be read safely.
                followSafeMode()
                if !goOn { break session }
            }
        }
        engine.finish { output in
            switch output {
            case .error(let diagnostic): report(diagnostic)
            case .text(let text): screen.write(ScreenText.line(text))
            case .result, .quit: break
            }
        }
        reader.close()
        return 0
    }

    /// False (after a warning) the first time the user leaves with unsaved changes: a second
    /// `.quit` or Ctrl-D with nothing changed in between leaves and discards them.
    private func mayLeave() -> Bool {
        let unsaved = engine.unsavedChanges
        let token = engine.unsavedDataToken
        guard unsaved > 0, warnedAbout != token else { return true }
        warnedAbout = token
        let notice = Message(ShellMessage.unsavedChanges, ["count": .number(unsaved)])
        screen.writeError(style.notice(notice.text(in: engine.language)) + "\n")
        return false
    }

    /// Puts the line reader in safe mode once the engine is (it never leaves it again).
    private func followSafeMode() {
        if engine.isSafe { reader.enterSafeMode() }
    }

    /// Carries out one statement; false when the session should end.
    private func perform(_ statement: String, _ route: StatementRoute) -> Bool {
        switch route {
        case .language, .engineCommand:
            return execute(statement)
        case .shell(let name, let arguments):
            guard let command = Self.commands.first(where: { $0.name == name }) else { return true }
            do {
                return try command.run(self, CommandCall(arguments: arguments), { _ in })
            } catch {
                report(error)
            }
        case .unknownCommand(let name, let suggestion):
            let hint = suggestion.map { Message.didYouMean(".\($0)") } ?? Message(ShellMessage.listCommandsHint)
            report(Diagnostic(.usage, ShellMessage.unknownCommand, ["name": .text(name)], source: nil, hint: hint))
        case .misuse(let message):
            report(Diagnostic(.usage, message, source: nil))
        }
        return true
    }

    /// `.help` or `.help TOPIC`.
    func showHelp(_ topic: String?) throws(Diagnostic) {
        let language = engine.language
        guard let topic else {
            showLong(HelpCatalog.index(in: language))
            return
        }
        switch HelpCatalog.lookup(topic) {
        case .found(let page):
            showLong(page.text(in: language))
        case .notFound(let suggestion):
            let hint = suggestion.map(Message.didYouMean) ?? Message(ShellMessage.listTopicsHint)
            throw Diagnostic(.usage, ShellMessage.noHelpTopic, ["topic": .text(topic)], source: nil, hint: hint)
        }
    }

    /// `.pager on|off`, or (nil) `.pager` alone to show the setting.
    func setPager(_ on: Bool?) throws(Diagnostic) {
        switch on {
        case nil:
            let command: MessageArgument = engine.isSafe
                ? .message(Message(ShellMessage.pagerSecure, ["command": .text(PagerLaunch.secureCommand)]))
                : .text(pagerCommand ?? "")
            let state = pagerEnabled ? Message(ShellMessage.pagerOn, ["command": command]) : Message(ShellMessage.pagerOff)
            screen.write(Message(ShellMessage.pagerState, ["state": .message(state)]).text(in: engine.language) + "\n")
        case true?:
            guard pagerCommand != nil else {
                throw Diagnostic(.usage, ShellMessage.noPager, source: nil, hint: Message(ShellMessage.noPagerHint))
            }
            pagerEnabled = true
        case false?:
            pagerEnabled = false
        }
    }

    /// Runs a statement through the engine; false when it asked to end the session.
    private func execute(_ statement: String) -> Bool {
        interrupt.clear()
        var quit = false
        engine.execute(statement, interrupt: interrupt) { output in
            switch output {
            case .result(let result, let format):
                let width = screen.size()?.columns
                let text = ScreenText.render(result, format: format, width: width, style: style, interrupt: interrupt,
                                             display: engine.displaySettings, language: engine.language)
                // A render cut short by Ctrl-C is incomplete; nothing of it is shown.
                if interrupt.isRaised { return }
                showLong(text)
            case .text(let text):
                screen.write(ScreenText.line(text))
            case .error(let diagnostic):
                // The notice below says it once; "error: interrupted" would say it twice.
                if diagnostic.isInterruption, interrupt.isRaised { return }
                report(diagnostic)
            case .quit:
                quit = true
            }
        }
        if interrupt.isRaised {
            interrupt.clear()
            // The terminal has echoed "^C" where the cursor was.
            screen.write("\n" + style.notice(Message(CoreMessage.interrupted).text(in: engine.language)) + "\n")
        }
        return !quit
    }

    /// Prints `text`, through the pager when it is longer than the screen.
    func showLong(_ text: String) {
        if pagerEnabled, let command = pagerCommand, let size = screen.size(),
           ScreenText.needsPager(text, rows: size.rows) {
            let paged = screen.page(text, command: command, secure: engine.isSafe)
            // Ctrl-C inside the pager was the pager's to handle, not a request to stop.
            interrupt.clear()
            if paged { return }
        }
        screen.write(text)
    }

    func report(_ diagnostic: Diagnostic) {
        screen.writeError(style.diagnostics(in: engine.language).format(diagnostic))
    }
}
