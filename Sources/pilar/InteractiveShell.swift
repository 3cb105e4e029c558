import PilarLanguage
import PilarREPL

/// Starts the interactive shell on a terminal.
enum InteractiveShell {
    static func run(session: Session) -> Int32 {
        REPL(engine: LanguageEngine(session: session)).run()
    }
}
