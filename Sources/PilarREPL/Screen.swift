@preconcurrency import CEditLine
import Foundation
import PilarCore

/// Where the shell's output goes: the terminal in a session, a recorder in tests.
protocol Screen: AnyObject {
    /// Writes to standard output.
    func write(_ text: String)
    /// Writes to standard error (error messages), after flushing standard output so the two
    /// stay in order.
    func writeError(_ text: String)
    /// The current size of the output terminal, or nil when output is not a terminal.
    func size() -> TerminalSize?
    /// Shows text through the pager; false when the pager could not start. `secure` (safe
    /// mode) ignores `command` and runs less in its secure mode (`PagerLaunch.secure`).
    func page(_ text: String, command: String, secure: Bool) -> Bool
    /// Clears the screen and puts the cursor at the top.
    func clear()
}

/// The real terminal behind standard output and standard error.
///
/// Text goes out with write(2) in chunks rather than through C strings, so a NUL in a value
/// cannot cut the rest off, and Ctrl-C (whose handler has no SA_RESTART, so a write blocked on
/// a slow terminal returns at once) stops a long result between two chunks.
final class TerminalScreen: Screen {
    /// 16 KB: small enough that Ctrl-C acts at once, large enough to cost nothing.
    static let chunkSize = 16 * 1024
    private let interrupt: InterruptFlag?

    init(interrupt: InterruptFlag? = nil) {
        self.interrupt = interrupt
    }

    func write(_ text: String) {
        fflush(stdout)
        send(text, to: STDOUT_FILENO)
    }

    func writeError(_ text: String) {
        fflush(stdout)
        fflush(stderr)
        // Messages are short and say what happened, including why a Ctrl-C stopped things.
        send(text, to: STDERR_FILENO, interruptible: false)
    }

    private func send(_ text: String, to descriptor: Int32, interruptible: Bool = true) {
        let bytes = ScreenText.terminalBytes(text)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                if interruptible, let interrupt, interrupt.isRaised { return }
                let length = min(Self.chunkSize, buffer.count - offset)
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, length)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    func size() -> TerminalSize? {
        Terminal.size(of: STDOUT_FILENO)
    }

    func page(_ text: String, command: String, secure: Bool) -> Bool {
        guard secure else { return Pager.show(text, command: command) }
        guard let launch = PagerLaunch.secure(environment: ProcessInfo.processInfo.environment) else { return false }
        return Pager.show(text, launch: launch)
    }

    func clear() {
        guard Terminal.isTerminal(STDOUT_FILENO) else { return }
        // Home, clear the screen, and clear the scroll-back too where the terminal supports it.
        write("\u{1B}[H\u{1B}[2J\u{1B}[3J")
    }
}
