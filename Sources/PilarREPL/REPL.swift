import Foundation

/// The interactive shell over a language engine: line editing and history through libedit,
/// TAB completion, multi-line statements, Ctrl-C handling, coloured output and paging.
///
///     let status = REPL(engine: session, options: .standard()).run()
///
/// Meant for a terminal (`REPL.isInteractive()`); when standard input is not one it still
/// works, reading plain lines without banner, prompts or editing.
public struct REPL {
    private let engine: any REPLEngine
    private let options: REPLOptions

    public init(engine: any REPLEngine, options: REPLOptions = .standard()) {
        self.engine = engine
        self.options = options
    }

    /// True when standard input is a terminal, i.e. someone is there to type.
    public static func isInteractive() -> Bool {
        isatty(STDIN_FILENO) == 1
    }

    /// Runs the session until Ctrl-D, `.quit` or `.exit`, saves the history and returns the
    /// process exit status (0).
    public func run() -> Int32 {
        Terminal.adoptUserLocale()
        let trap = InterruptTrap()
        trap.install()
        defer { trap.restore() }
        let interrupt = InterruptTrap.flag
        let interactive = Self.isInteractive()
        let reader: any LineReader
        if interactive {
            let router = CompletionRouter(engineCommands: engine.engineDotCommands)
            let engine = self.engine
            reader = LibeditLineReader(
                historyFile: options.historyFile, historyLimit: options.historyLimit, interrupt: interrupt,
                complete: { text in
                    router.complete(text, safe: engine.isSafe, engine: engine.completions(before:)) { prefix, directoriesOnly in
                        PathCompletion.candidates(prefix: prefix, directoriesOnly: directoriesOnly)
                    }
                })
        } else {
            reader = PlainLineReader(interrupt: interrupt)
        }
        let shell = Shell(
            engine: engine, reader: reader, screen: TerminalScreen(interrupt: interrupt), interrupt: interrupt,
            style: ShellStyle(color: options.color), pager: options.pager)
        return shell.run(showBanner: interactive)
    }
}
