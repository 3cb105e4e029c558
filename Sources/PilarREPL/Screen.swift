@preconcurrency import CEditLine
import Foundation

/// Where the shell's output goes: the terminal in a session, a recorder in tests.
protocol Screen: AnyObject {
    /// Writes to standard output.
    func write(_ text: String)
    /// Writes to standard error (error messages), after flushing standard output so the two
    /// stay in order.
    func writeError(_ text: String)
    /// The current size of the output terminal, or nil when output is not a terminal.
    func size() -> TerminalSize?
    /// Shows text through the pager; false when the pager could not start.
    func page(_ text: String, command: String) -> Bool
    /// Clears the screen and puts the cursor at the top.
    func clear()
}

/// The real terminal behind standard output and standard error.
final class TerminalScreen: Screen {
    func write(_ text: String) {
        fputs(text, stdout)
        fflush(stdout)
    }

    func writeError(_ text: String) {
        fflush(stdout)
        fputs(text, stderr)
        fflush(stderr)
    }

    func size() -> TerminalSize? {
        Terminal.size(of: STDOUT_FILENO)
    }

    func page(_ text: String, command: String) -> Bool {
        Pager.show(text, command: command)
    }

    func clear() {
        guard Terminal.isTerminal(STDOUT_FILENO) else { return }
        // Home, clear the screen, and clear the scroll-back too where the terminal supports it.
        write("\u{1B}[H\u{1B}[2J\u{1B}[3J")
    }
}
