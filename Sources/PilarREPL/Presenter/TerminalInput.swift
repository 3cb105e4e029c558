@preconcurrency import CEditLine
import Foundation
import PilarCore

/// Keys from the terminal, a key at a time: raw mode (no line buffering, no echo, Ctrl-C as a
/// key) only while a key is awaited, so a running statement sees the usual terminal and
/// Ctrl-C interrupts it. The terminal is put back on every return and, through `RawMode`'s
/// handlers, on SIGTERM and SIGHUP. Editing a statement uses libedit with the line prefilled.
final class TerminalInput: PresenterInput {
    /// Safe mode: the line editor offers no way out to libedit's command line.
    private let safe: Bool

    init(safe: Bool) {
        self.safe = safe
    }

    func nextKey() -> PresenterKey {
        fflush(stdout)
        guard RawMode.enter() else { return ByteInput(read: Self.readByte).nextKey() }
        defer { RawMode.leave() }
        return KeyDecoder.nextKey(Self.readByte)
    }

    func edit(_ statement: String) -> String? {
        fflush(stdout)
        let line = InterruptTrap.whileEditing { pilar_edit_line(statement, safe ? 1 : 0) }
        guard let line else { return nil }
        defer { free(line) }
        InterruptTrap.flag.clear()
        return String(cString: line)
    }

    /// One byte from standard input; nil at the end or when a signal cut the read short (a
    /// `kill -INT` counts as quitting).
    static func readByte() -> UInt8? {
        var byte: UInt8 = 0
        return read(STDIN_FILENO, &byte, 1) == 1 ? byte : nil
    }
}

/// The terminal's saved modes, readable from a signal handler.
nonisolated(unsafe) private var savedTerminal = termios()
nonisolated(unsafe) private var terminalIsRaw = false

/// Raw mode for standard input, with the saved modes put back on leaving and on SIGTERM or
/// SIGHUP (which then end the process as they would have).
enum RawMode {
    /// Installs the handlers; call once before the first `enter()`.
    static func installSignalHandlers() {
        // Touch the globals now: lazy initialisation must not happen inside a handler.
        terminalIsRaw = false
        savedTerminal = termios()
        for signal in [SIGTERM, SIGHUP] {
            var previous = sigaction()
            _ = pilar_install_signal_handler(signal, { number in
                if terminalIsRaw { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal) }
                Glibc.signal(number, nil)
                raise(number)
            }, &previous)
        }
    }

    /// False when standard input is not a terminal whose modes can be changed.
    static func enter() -> Bool {
        guard tcgetattr(STDIN_FILENO, &savedTerminal) == 0 else { return false }
        var raw = savedTerminal
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        terminalIsRaw = true
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else {
            terminalIsRaw = false
            return false
        }
        return true
    }

    static func leave() {
        guard terminalIsRaw else { return }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal)
        terminalIsRaw = false
    }
}
