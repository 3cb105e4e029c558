import Foundation
import PilarCore
import PilarLanguage
import PilarRender

/// Whether stdout/stderr are terminals and colour is wanted (NO_COLOR turns it off).
enum Terminal {
    static var noColor: Bool { ProcessInfo.processInfo.environment["NO_COLOR"] != nil }
    static var stdoutIsColour: Bool { isatty(STDOUT_FILENO) != 0 && !noColor }
    static var stderrIsColour: Bool { isatty(STDERR_FILENO) != 0 && !noColor }

    /// The terminal's width in columns, or nil when stdout is not a terminal.
    static var width: Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// Writes session events to stdout (results, text) and stderr (errors, notes).
struct TerminalOutput {
    let renderOptions: RenderOptions
    let diagnosticStyle: DiagnosticFormatter.Style

    static var standard: TerminalOutput {
        TerminalOutput(
            renderOptions: RenderOptions(maxWidth: Terminal.width, style: Terminal.stdoutIsColour ? .ansi : .plain,
                                         expanded: Terminal.width == nil ? .off : .auto),
            diagnosticStyle: Terminal.stderrIsColour ? .ansi : .plain
        )
    }

    /// Shows `event` through `document`, which turns results and print text into the
    /// format's document (one html page, markdown paragraphs); the rest goes to stderr.
    /// `session`, when given, supplies its display settings and language as they are at this
    /// event (a script may change them between results, and its errors after `.lang id` are
    /// in Indonesian).
    func show(_ event: SessionEvent, session: Session? = nil, document: inout DocumentWriter) {
        let diagnostics = DiagnosticFormatter(style: diagnosticStyle, language: session?.language ?? .english)
        var options = renderOptions
        if let session {
            options.format = session.format
            options.display = session.display
            options.language = session.language
        }
        // Streamed in chunks: a million-row csv is never held whole as text.
        if document.write(event, options: options, to: { StandardStreams.writeOutput($0) }) { return }
        switch event {
        case .note(let text):
            StandardStreams.writeError(text)
        case .error(let diagnostic), .warning(let diagnostic):
            StandardStreams.writeError(diagnostics.format(diagnostic))
        case .errors(let list):
            StandardStreams.writeError(diagnostics.format(list))
        case .result, .text, .quit:
            break
        }
    }
}
