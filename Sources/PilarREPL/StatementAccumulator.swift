/// Gathers the lines of one statement until the language says it is complete.
///
/// A value type with no terminal in sight, so the multi-line rules can be tested by feeding it
/// lines.
struct StatementAccumulator: Equatable {
    /// The lines typed so far for the unfinished statement.
    private(set) var lines: [String] = []

    /// What one more line did to the statement.
    enum Outcome: Equatable {
        /// A blank line at the main prompt: nothing to run, nothing to remember.
        case blank
        /// The statement is unfinished; show the continuation prompt.
        case needsMore
        /// The statement is complete: every line joined by "\n".
        case complete(String)
    }

    /// True at the main prompt, false while a statement is being continued.
    var isEmpty: Bool { lines.isEmpty }

    /// The unfinished statement, lines joined by "\n" (what the engine sees for continuation
    /// and completion).
    var pending: String { lines.joined(separator: "\n") }

    /// Adds a line. `needsContinuation` is the engine's judgement on the text so far; a
    /// dot-command on the first line is always complete, because dot-commands are one line.
    mutating func add(_ line: String, needsContinuation: (String) -> Bool) -> Outcome {
        if lines.isEmpty {
            if line.allSatisfy(\.isWhitespace) { return .blank }
            if DotCommand.isDotCommand(line) { return .complete(line) }
        }
        lines.append(line)
        let text = pending
        if needsContinuation(text) { return .needsMore }
        lines.removeAll()
        return .complete(text)
    }

    /// Starts again from a statement already complete, which the next line continues (a
    /// pasted `| …` line, or a refinement of the last statement).
    mutating func resume(_ statement: String) {
        lines = [statement]
    }

    /// Drops the unfinished statement (Ctrl-C, or Ctrl-D on an empty continuation line).
    mutating func discard() {
        lines.removeAll()
    }
}
