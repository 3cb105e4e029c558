#if os(Linux)
import Foundation
import Glibc

/// A program running on its own pseudo-terminal, driven like a person at a keyboard: send keys,
/// wait (with a deadline) for text to appear, and check how it exits.
///
/// The child is started with posix_spawn as the leader of a new session whose controlling
/// terminal is the pseudo-terminal, so Ctrl-C typed into it raises SIGINT in the child only,
/// never in the test runner. No fork: forking a multi-threaded test process is unsafe.
/// Every wait is bounded; `close()` (also run on deinit) kills the child if it is still there.
final class PseudoTerminal {
    /// Keys as the terminal sends them.
    enum Key {
        static let enter = "\r"
        static let tab = "\t"
        static let up = "\u{1B}[A"
        static let ctrlC = "\u{3}"
        static let ctrlD = "\u{4}"
        static let ctrlZ = "\u{1A}"
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    /// The terminal's controlling side; -1 once closed.
    private var master: Int32
    private var raw: [UInt8] = []
    /// How far `expect` has matched in the cleaned output, in bytes.
    private var matchedUpTo = 0
    private var reachedEndOfOutput = false
    private(set) var exitStatus: Int32?

    /// Starts `executable` (an absolute path) with exactly `environment`, on a terminal of the
    /// given size.
    init(executable: String, arguments: [String] = [], environment: [String: String],
         columns: UInt16 = 100, rows: UInt16 = 30) throws {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var controlling: Int32 = -1
        var terminal: Int32 = -1
        var nameBuffer = [CChar](repeating: 0, count: 4096)
        guard openpty(&controlling, &terminal, &nameBuffer, nil, &size) == 0 else {
            throw Failure(description: "openpty failed: errno \(errno)")
        }
        master = controlling
        // The child opens the terminal by name; this copy only has to outlive the spawn.
        defer { Glibc.close(terminal) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID is a GNU extension the Glibc module does not import.
        let setsid: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD, SIGWINCH] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)

        // Opened after setsid() in the child and without O_NOCTTY, the terminal becomes the
        // child's controlling terminal.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, nameBuffer, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        for inherited in [controlling, terminal] where inherited > 2 {
            posix_spawn_file_actions_addclose(&actions, inherited)
        }

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child = pid_t()
        var status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        // ETXTBSY: a build elsewhere is still writing the binary; it is done in a moment.
        for _ in 0..<30 where status == ETXTBSY {
            usleep(100_000)
            status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        }
        guard status == 0 else {
            Glibc.close(master)
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        pid = child
    }

    deinit {
        close()
    }

    /// Types `text` (use `Key` for special keys).
    func send(_ text: String) {
        send(bytes: Array(text.utf8))
    }

    /// Sends raw bytes, valid UTF-8 or not. While the terminal's input queue is full the
    /// program's echo is read, so a long paste cannot deadlock the two sides.
    func send(bytes: [UInt8], within timeout: Duration = .seconds(120)) {
        var remaining = bytes[...]
        let deadline = ContinuousClock.now + timeout
        while !remaining.isEmpty, master >= 0, ContinuousClock.now < deadline {
            var descriptors = [pollfd(fd: master, events: Int16(POLLOUT), revents: 0),
                               pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
            guard poll(&descriptors, 2, 200) > 0 else { continue }
            if descriptors[1].revents & Int16(POLLIN) != 0 {
                readAvailable(waitingAtMost: .milliseconds(1))
            }
            guard descriptors[0].revents & Int16(POLLOUT) != 0 else { continue }
            // Small pieces: the terminal's input queue holds only a few kilobytes.
            let piece = remaining.prefix(1024)
            let written = piece.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                remaining = remaining.dropFirst(written)
            } else if written == -1, errno == EINTR || errno == EAGAIN {
                continue
            } else {
                return
            }
        }
    }

    /// Waits until `text` appears in the output after the previous match (escape sequences
    /// removed) and returns the output between the two. Throws with the transcript when the
    /// deadline passes or the program ends first.
    @discardableResult
    func expect(_ text: String, within timeout: Duration = .seconds(15)) throws -> String {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            let cleaned = TerminalText.clean(raw)
            if let found = cleaned.firstRange(of: needle, from: matchedUpTo) {
                let skipped = String(decoding: cleaned[matchedUpTo..<found.lowerBound], as: UTF8.self)
                matchedUpTo = found.upperBound
                return skipped
            }
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero {
                throw Failure(description: "timed out waiting for \(text.debugDescription); output so far:\n\(transcript)")
            }
            if reachedEndOfOutput {
                throw Failure(description: "the program ended before \(text.debugDescription) appeared; output:\n\(transcript)")
            }
            readAvailable(waitingAtMost: min(remaining, .milliseconds(200)))
        }
    }

    /// Waits until the program has taken the terminal out of line mode, i.e. a line editor is
    /// reading keys one by one. Keys typed earlier are echoed and buffered by the terminal
    /// itself, and a Ctrl-C typed then reaches a program not yet waiting for it.
    func waitForKeyReader(within timeout: Duration = .seconds(15)) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            var settings = termios()
            if master >= 0, tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 {
                // The editor calls read() a moment after switching; let it get there.
                readAvailable(waitingAtMost: .milliseconds(20))
                return
            }
            if ContinuousClock.now >= deadline {
                throw Failure(description: "the program never started reading keys; output:\n\(transcript)")
            }
            readAvailable(waitingAtMost: .milliseconds(5))
        }
    }

    /// True while the terminal is in its usual line mode (ICANON), as a program that read
    /// keys in raw mode must leave it.
    var isCanonical: Bool {
        var settings = termios()
        return master >= 0 && tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) != 0
    }

    /// Waits for the program to end and returns its exit code (128 + the signal if killed).
    func waitForExit(within timeout: Duration = .seconds(15)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while exitStatus == nil {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                break
            }
            if ContinuousClock.now >= deadline {
                throw Failure(description: "the program did not exit in time; output:\n\(transcript)")
            }
            // Keep draining: a child blocked writing to a full terminal never exits.
            readAvailable(waitingAtMost: .milliseconds(50))
        }
        return exitStatus!
    }

    /// Everything the program wrote, escape sequences removed.
    var transcript: String {
        String(decoding: TerminalText.clean(raw), as: UTF8.self)
    }

    /// Kills the program if it is still running and releases the terminal.
    func close() {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
            exitStatus = 128 + SIGKILL
        }
        if master >= 0 {
            Glibc.close(master)
            master = -1
        }
    }

    private func readAvailable(waitingAtMost wait: Duration) {
        let milliseconds = Int32(max(1, wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000))
        guard !reachedEndOfOutput, master >= 0 else {
            usleep(UInt32(milliseconds) * 1000)
            return
        }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
            raw += buffer[..<count]
        } else if count == 0 || errno != EINTR && errno != EAGAIN {
            // EIO once every copy of the terminal's other end is closed: the program is done.
            reachedEndOfOutput = true
        }
    }
}

/// Terminal output reduced to its text: escape sequences and carriage returns removed, so
/// tests can look for words without caring how the line editor moved the cursor.
enum TerminalText {
    static func clean(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                index = endOfEscape(bytes, from: index)
                continue
            }
            // Keep text, newlines and tabs; drop CR, backspace and bell. \1 and \2 stay, so a
            // prompt marker leaking onto the screen would show.
            if byte >= 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x01 || byte == 0x02 {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// The index just past the escape sequence starting at `start`; an unfinished sequence at
    /// the end runs to the end, so it is never half-shown.
    private static func endOfEscape(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        guard index < bytes.count else { return index }
        switch bytes[index] {
        case UInt8(ascii: "["):
            index += 1
            while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
            return index + 1
        case UInt8(ascii: "]"):
            // Operating system command: ends with BEL or ESC \.
            while index < bytes.count, bytes[index] != 0x07, bytes[index] != 0x1B { index += 1 }
            return index < bytes.count && bytes[index] == 0x1B ? index + 2 : index + 1
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
            return index + 2
        default:
            return index + 1
        }
    }
}

extension Array where Element == UInt8 {
    func firstRange(of needle: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, count - start >= needle.count else { return nil }
        for offset in start...(count - needle.count) where self[offset] == needle[0] {
            if self[offset..<(offset + needle.count)].elementsEqual(needle) {
                return offset..<(offset + needle.count)
            }
        }
        return nil
    }
}
#endif
