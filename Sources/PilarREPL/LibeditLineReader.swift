@preconcurrency import CEditLine
import Foundation
import PilarCore

/// The thin adapter over libedit's readline-compatible API: prompt, editing, history file and
/// TAB completion. Everything it decides is delegated to pure types so it can stay small.
final class LibeditLineReader: LineReader {
    private var historyFile: String?
    private var safe = false
    private let interrupt: InterruptFlag
    private var warnedAboutHistory = false

    /// `complete` answers a completion request for the statement typed so far up to the
    /// cursor (see `CompletionRouter`).
    init(historyFile: String?, historyLimit: Int, interrupt: InterruptFlag,
         complete: @escaping (String) -> REPLCompletion) {
        // First, before any other rl_* or history call (read_history initialises libedit):
        // left at 1, libedit re-raises SIGINT to the whole process group, parent shell included.
        rl_catch_signals = 0
        // Lets users put `pilar:`-prefixed bindings in ~/.editrc. Never nil: rl_initialize
        // crashes on it. Allocated once per session and kept for libedit.
        rl_readline_name = UnsafePointer(strdup("pilar"))
        self.historyFile = historyFile
        self.interrupt = interrupt
        // Initialises libedit now (and reads ~/.editrc), so `enterSafeMode` can rebind keys
        // before the first prompt; rl_initialize itself would discard the history when called
        // a second time.
        using_history()
        stifle_history(Int32(clamping: historyLimit))
        if let historyFile {
            if let folder = HistoryLocation.directory(of: historyFile) {
                try? FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            // A missing file is the normal first run; nothing to report.
            _ = read_history(historyFile)
        }
        completionContext = CompletionContext(complete: complete)
        rl_completion_entry_function = completionEntry
    }

    func readLine(prompt: String, pending: String) -> LineInput {
        completionContext?.pending = pending
        fflush(stdout)
        // A Ctrl-C that came after the last statement finished was meant for this prompt.
        if interrupt.isRaised {
            return interrupted()
        }
        guard let raw = InterruptTrap.whileEditing({ readline(prompt) }) else {
            // NULL means Ctrl-D on an empty line or a read cut short by Ctrl-C; only the flag
            // tells them apart. libedit leaves the cursor on the edit line (after its "^D").
            if interrupt.isRaised {
                return interrupted()
            }
            fputs("\n", stdout)
            fflush(stdout)
            return .endOfInput
        }
        defer { free(raw) }
        interrupt.clear()
        return .line(String(cString: raw))
    }

    /// libedit reads the terminal a byte at a time, so the rest of a paste is still waiting
    /// on standard input when readline returns a line. A short wait covers a terminal that
    /// delivers a paste in pieces; a person does not type the next key within it.
    var hasTypeahead: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 15) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    private func interrupted() -> LineInput {
        interrupt.clear()
        // In raw mode the terminal does not echo the ^C itself.
        fputs("^C\n", stdout)
        fflush(stdout)
        return .interrupted
    }

    func remember(_ statement: String) {
        // Running the same statement again should not push older ones out of the history.
        if entry(history_length - 1) != statement {
            add_history(statement)
        }
        save()
    }

    var history: [String] {
        (0..<history_length).compactMap(entry)
    }

    /// The history entry at a 0-based position, oldest first.
    private func entry(_ index: Int32) -> String? {
        history_get(history_base + index).flatMap { $0.pointee.line }.map { String(cString: $0) }
    }

    func close() {
        save()
        completionContext = nil
        rl_completion_entry_function = nil
    }

    /// libedit's own command line (`ed-command`: ESC x in emacs mode, `:` in vi command mode)
    /// runs editline builtins such as `bind -v`, after which vi mode's `v` (`vi-histedit`)
    /// starts `vi`, whose `:!sh` is a shell. In safe mode the keys are reset to emacs mode
    /// (whatever ~/.editrc chose) with ESC x unbound; TAB and Ctrl-Z get back the readline
    /// functions libedit's reset drops.
    static let safeModeBindings = [
        "bind -e", "bind ^I rl_complete", "bind ^Z rl_tstp", "bind ^[x ed-unassigned", "bind ^[X ed-unassigned",
    ]

    func enterSafeMode() {
        guard !safe else { return }
        safe = true
        historyFile = nil
        for binding in Self.safeModeBindings {
            _ = rl_parse_and_bind(binding)
        }
    }

    private func save() {
        guard let historyFile else { return }
        let status = write_history(historyFile)
        if status != 0, !warnedAboutHistory {
            warnedAboutHistory = true
            fputs("pilar: cannot save history to \(historyFile): \(String(cString: strerror(status)))\n", stderr)
        }
    }
}

/// What the C completion callback needs. libedit passes the callback no context pointer, and
/// calls it only from inside readline() on the thread that called readline(), which is the
/// only thread touching this; hence a plain global.
private struct CompletionContext {
    var complete: (String) -> REPLCompletion
    var pending = ""
    var matches: [String] = []
}

nonisolated(unsafe) private var completionContext: CompletionContext?

/// libedit's `rl_completion_entry_function`: called with state 0, 1, 2, … for the word before
/// the cursor until it returns NULL; each match must be malloc'ed, libedit frees it.
private func completionEntry(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    guard var context = completionContext else { return nil }
    if state == 0 {
        let word = text.map { String(cString: $0) } ?? ""
        let line = rl_line_buffer.map { String(cString: $0) } ?? ""
        context.matches = []
        if let before = CompletionAlignment.textBeforeCursor(line: line, point: Int(rl_point), word: word) {
            let full = context.pending.isEmpty ? before : context.pending + "\n" + before
            let editorStart = full.utf8.count - word.utf8.count
            context.matches = CompletionAlignment.align(context.complete(full), text: full, editorStart: editorStart)
        }
        // A completed folder name should let TAB go on into it, not end the word with a space.
        let isFolder = context.matches.count == 1 && context.matches[0].hasSuffix("/")
        rl_completion_append_character = isFolder ? 0 : Int32(UInt8(ascii: " "))
        completionContext = context
    }
    let index = Int(state)
    guard index < context.matches.count else { return nil }
    return strdup(context.matches[index])
}
