@preconcurrency import CEditLine
import Foundation

/// The width and height of a terminal, in character cells.
struct TerminalSize: Equatable {
    var columns: Int
    var rows: Int
}

/// Facts about the terminal, read fresh on every call because the window can be resized
/// between statements.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// The size of the terminal on `fd`, or nil when it is not a terminal.
    static func size(of fd: Int32) -> TerminalSize? {
        var columns: Int32 = 0
        var rows: Int32 = 0
        guard pilar_terminal_size(fd, &columns, &rows) == 0 else { return nil }
        return TerminalSize(columns: Int(columns), rows: Int(rows))
    }

    /// Turns on the user's character encoding so libedit keeps non-ASCII input. When the
    /// environment names no locale (common under CI and `env -i`), C.UTF-8 is used instead of
    /// the plain C locale, which would silently drop every "é".
    static func adoptUserLocale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) }
        if chosen == nil || chosen == "C" || chosen == "POSIX" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}

/// Whether the screen gets colour: never when `NO_COLOR` is set (to anything, see
/// no-color.org) or the terminal is `dumb`, otherwise only when standard output is a terminal.
public enum ColorPolicy {
    public static func enabled(environment: [String: String], stdoutIsTerminal: Bool) -> Bool {
        if environment["NO_COLOR"] != nil { return false }
        if environment["TERM"] == "dumb" { return false }
        return stdoutIsTerminal
    }
}

/// The pager for long results: `$PAGER` when set, `less -FRSX` otherwise (quit when the text
/// fits, keep colours, chop long lines, leave the text on screen). An empty `$PAGER` turns
/// paging off.
public enum PagerCommand {
    public static let fallback = "less -FRSX"

    public static func resolve(environment: [String: String]) -> String? {
        guard let pager = environment["PAGER"] else { return fallback }
        let trimmed = pager.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
