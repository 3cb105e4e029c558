import PilarLanguage
import PilarREPL

/// Starts the interactive shell on a terminal.
enum InteractiveShell {
    static func run(session: Session) -> Int32 {
        var options = REPLOptions.standard()
        // Safe mode keeps history in memory: the file would show earlier sessions' statements
        // and writing it is a file write.
        if session.isSafe { options.historyFile = nil }
        return REPL(engine: LanguageEngine(session: session), options: options).run()
    }
}
