import PilarCore
import PilarRender

/// The shell's colours, all switched by one setting: a bold green prompt, bold headers and dim
/// nulls in tables, red errors, dim notices.
struct ShellStyle: Sendable {
    var color: Bool

    private static let promptCode = "\u{1B}[1;32m"
    private static let noticeCode = "\u{1B}[2m"
    private static let reset = "\u{1B}[0m"

    /// `text` coloured for libedit. Escapes sit between RL_PROMPT_START_IGNORE (\1) and
    /// RL_PROMPT_END_IGNORE (\2) so they do not count toward the prompt's width. libedit only
    /// prints an ignored run when a visible character follows it, so the reset goes before the
    /// prompt's last character (its trailing space) rather than at the very end.
    func prompt(_ text: String) -> String {
        guard color, let last = text.last else { return text }
        let body = String(text.dropLast())
        return "\u{1}\(Self.promptCode)\u{2}\(body)\u{1}\(Self.reset)\u{2}\(last)"
    }

    /// A remark from the shell itself, such as "interrupted".
    func notice(_ text: String) -> String {
        color ? Self.noticeCode + text + Self.reset : text
    }

    var render: RenderStyle { color ? .ansi : .plain }

    var diagnostics: DiagnosticFormatter { diagnostics(in: .english) }

    /// The formatter for diagnostics written in `language`.
    func diagnostics(in language: Language) -> DiagnosticFormatter {
        DiagnosticFormatter(style: color ? .ansi : .plain, language: language)
    }
}

/// Turns engine output into screen text. Pure, so the choices are testable without a terminal.
enum ScreenText {
    /// A result as the screen shows it: tables fitted to `width` and turned into vertical
    /// records when even their narrowest form is too wide.
    /// Rendering stops early (and its text is to be dropped) once `interrupt` is raised.
    static func render(_ result: ResultSet, format: OutputFormat, width: Int?, style: ShellStyle,
                       interrupt: InterruptFlag? = nil, display: DisplaySettings = DisplaySettings(),
                       language: Language = .english) -> String {
        Renderer.render(result, RenderOptions(format: format, maxWidth: width, style: style.render, expanded: .auto,
                                              interrupt: interrupt, display: display, language: language))
    }

    /// The bytes to send to the terminal for `text`: a NUL, which the terminal would show as
    /// nothing (and which once cut C-string output short), becomes a visible `␀`.
    static func terminalBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte == 0 {
                bytes.append(contentsOf: [0xE2, 0x90, 0x80])
            } else {
                bytes.append(byte)
            }
        }
        return bytes
    }

    /// `text` with a final newline, added only when missing.
    static func line(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }

    /// True when `text` would scroll past a screen of `rows` lines (one line stays for the
    /// prompt) and so belongs in the pager.
    static func needsPager(_ text: String, rows: Int) -> Bool {
        var lines = 0
        for byte in text.utf8 where byte == UInt8(ascii: "\n") {
            lines += 1
            if lines > rows - 1 { return true }
        }
        return false
    }
}
