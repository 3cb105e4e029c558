import Foundation
import PilarCore
import PilarLanguage

/// `pilar present FILE`: presenter mode on the real terminal (see `Presenter`). Keys come
/// from the terminal in raw mode, or as bytes when standard input is not a terminal (so a
/// pipe can drive it); the typing effect runs only when standard output is a terminal.
public enum Presentation {
    /// Presents `source` in `session`; the exit status (1 when the script cannot be read as
    /// statements, else 0: errors in statements are shown and the presentation goes on).
    public static func run(_ source: SourceFile, session: Session, typingDelay: Int = 25,
                           options: REPLOptions = .standard()) -> Int32 {
        let style = ShellStyle(color: options.color)
        let screen = TerminalScreen()
        let script: PresentationScript
        do throws(Diagnostic) {
            if let invalid = Diagnostic.invalidUTF8(in: source) { throw invalid }
            script = try PresentationScript(source: source)
        } catch {
            screen.writeError(style.diagnostics(in: session.language).format(error))
            return 1
        }
        Terminal.adoptUserLocale()
        let trap = InterruptTrap()
        trap.install()
        defer { trap.restore() }
        let input: any PresenterInput
        if REPL.isInteractive() {
            RawMode.installSignalHandlers()
            input = TerminalInput(safe: session.isSafe)
        } else {
            input = ByteInput(read: TerminalInput.readByte)
        }
        let delay = isatty(STDOUT_FILENO) == 1 ? typingDelay : 0
        let presenter = Presenter(session: session, script: script, input: input, screen: screen, style: style,
                                  interrupt: InterruptTrap.flag, typingDelay: delay)
        return presenter.run()
    }
}
