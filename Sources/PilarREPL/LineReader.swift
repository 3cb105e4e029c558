import PilarCore

/// Where the shell's lines come from and where its history lives: libedit on a terminal, plain
/// standard input otherwise, a script in tests.
protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line. `pending` is the unfinished statement so far (empty
    /// at the main prompt), which completion needs to see.
    func readLine(prompt: String, pending: String) -> LineInput

    /// Adds a complete statement to the history (a multi-line statement is one entry) and
    /// saves the history, so a crash loses nothing.
    func remember(_ statement: String)

    /// The history, oldest first.
    var history: [String] { get }

    /// Saves the history for the last time at the end of the session.
    func close()

    /// Safe mode: from now on history stays in memory (the file is neither read nor written),
    /// and the line editor offers no way to reach files or programs. Called again harmlessly.
    func enterSafeMode()

    /// Whether more input is already waiting, as when a paste delivers many lines at once.
    var hasTypeahead: Bool { get }
}

extension LineReader {
    /// Plain input is read as it comes: nothing is held back waiting for a next line.
    var hasTypeahead: Bool { false }
}

/// Reads plain lines from standard input, for when it is not a terminal: no prompts, no
/// editing, history for this session only.
final class PlainLineReader: LineReader {
    private(set) var history: [String] = []
    private let interrupt: InterruptFlag

    init(interrupt: InterruptFlag) {
        self.interrupt = interrupt
    }

    func readLine(prompt: String, pending: String) -> LineInput {
        if let line = Swift.readLine(strippingNewline: true) {
            interrupt.clear()
            return .line(line)
        }
        let interrupted = interrupt.isRaised
        interrupt.clear()
        return interrupted ? .interrupted : .endOfInput
    }

    func remember(_ statement: String) {
        history.append(statement)
    }

    func close() {}

    /// Nothing to do: this reader never had a history file or an editor.
    func enterSafeMode() {}
}
