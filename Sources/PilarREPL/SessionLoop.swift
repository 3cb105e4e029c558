import PilarLanguage
/// What reading one line from the user produced.
enum LineInput: Equatable {
    /// A line, without its line break (a recalled multi-line entry contains "\n").
    case line(String)
    /// Ctrl-C while reading.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// The read loop's decisions, as a value: feed it what the user typed and it says what to do
/// next. The shell around it does the terminal work; tests drive it with plain values.
struct SessionLoop: Equatable {
    private var accumulator = StatementAccumulator()

    /// What the shell should do after one input.
    enum Step: Equatable {
        /// Read another line (after a blank line, or in the middle of a statement).
        case read
        /// Ctrl-C, or Ctrl-D in a statement: the unfinished statement, if any, is gone; show a
        /// fresh main prompt.
        case discarded
        /// A complete statement to remember in history and carry out.
        case run(String, StatementRoute)
        /// Leave the session.
        case end
    }

    /// True while a statement is unfinished, so the continuation prompt is due.
    var isContinuing: Bool { !accumulator.isEmpty }

    /// The unfinished statement so far, lines joined by "\n"; empty at the main prompt.
    var pending: String { accumulator.pending }

    mutating func receive(
        _ input: LineInput,
        engineCommands: [CommandSpec],
        needsContinuation: (String) -> Bool
    ) -> Step {
        switch input {
        case .interrupted:
            accumulator.discard()
            return .discarded
        case .endOfInput:
            // Ctrl-D only arrives on an empty line. On a continuation line it abandons the
            // unfinished statement, as Ctrl-C does, rather than the whole session with its
            // `let` results; a second Ctrl-D (or the end of piped input) then ends the session.
            if !accumulator.isEmpty {
                accumulator.discard()
                return .discarded
            }
            return .end
        case .line(let line):
            switch accumulator.add(line, needsContinuation: needsContinuation) {
            case .blank, .needsMore:
                return .read
            case .complete(let statement):
                return .run(statement, StatementRoute.classify(statement, engineCommands: engineCommands))
            }
        }
    }
}
