import PilarCore
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
    /// A complete statement not run yet because more input was already waiting (a paste): as
    /// in a script, a next line that starts with `|` continues it.
    private var held: String?
    /// Input read to decide about a held statement, to be handled after the statement ran.
    private var deferred: LineInput?
    /// The last statement given to the language when it was a query (`Parser.isRefinable`):
    /// a line that starts with `|` at the main prompt refines it (runs it again with the new
    /// stages). Nil after a `let`, an edit or `print`, which are not refined.
    private(set) var lastStatement: String?
    /// Whether any statement was given to the language yet (for the message when there is
    /// nothing to refine).
    private var ranStatement = false

    /// What the shell should do after one input.
    enum Step: Equatable {
        /// Read another line (after a blank line, or in the middle of a statement).
        case read
        /// Ctrl-C, or Ctrl-D in a statement: the unfinished statement, if any, is gone; show a
        /// fresh main prompt.
        case discarded
        /// A complete statement to remember in history and carry out.
        case run(String, StatementRoute)
        /// A `|` line with no query before it to refine: the line (for history) and why.
        case notice(line: String, message: Message)
        /// Leave the session.
        case end
    }

    /// True while a statement is unfinished, so the continuation prompt is due.
    var isContinuing: Bool { !accumulator.isEmpty || held != nil }

    /// The unfinished statement so far, lines joined by "\n"; empty at the main prompt.
    var pending: String { held ?? accumulator.pending }

    /// The input read while deciding about a held statement, once that statement has run;
    /// the shell handles it before reading anything new.
    mutating func takeDeferred() -> LineInput? {
        defer { deferred = nil }
        return deferred
    }

    /// `typeahead` says more input is already waiting (the rest of a paste): a complete
    /// statement is then held until the next line shows whether it continues with `|`.
    mutating func receive(
        _ input: LineInput,
        typeahead: Bool = false,
        engineCommands: [CommandSpec],
        needsContinuation: (String) -> Bool
    ) -> Step {
        if let statement = held {
            held = nil
            switch input {
            case .line(let line) where Self.startsWithPipe(line):
                accumulator.resume(statement)
                return add(line, typeahead: typeahead, engineCommands: engineCommands, needsContinuation: needsContinuation)
            case .line(let line) where Self.isBlankOrComment(line):
                // Scripts look past blank and comment lines for the '|'.
                if typeahead {
                    held = statement
                    return .read
                }
            case .interrupted:
                return .discarded
            case .line, .endOfInput:
                deferred = input
            }
            return run(statement, StatementRoute.classify(statement, engineCommands: engineCommands))
        }
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
            // Refining: `| top 3 by budget` typed after a query runs that query with the stage added.
            if accumulator.isEmpty, Self.startsWithPipe(line) {
                guard let last = lastStatement else {
                    return .notice(line: line, message: Message(ranStatement ? ShellMessage.refineNotAQuery : ShellMessage.refineNothingYet,
                                                                ["example": .text(Self.refineExample)]))
                }
                accumulator.resume(last)
            }
            return add(line, typeahead: typeahead, engineCommands: engineCommands, needsContinuation: needsContinuation)
        }
    }

    private mutating func add(_ line: String, typeahead: Bool, engineCommands: [CommandSpec],
                              needsContinuation: (String) -> Bool) -> Step {
        switch accumulator.add(line, needsContinuation: needsContinuation) {
        case .blank, .needsMore:
            return .read
        case .complete(let statement):
            let route = StatementRoute.classify(statement, engineCommands: engineCommands)
            if typeahead, route == .language {
                held = statement
                return .read
            }
            return run(statement, route)
        }
    }

    private mutating func run(_ statement: String, _ route: StatementRoute) -> Step {
        if route == .language {
            lastStatement = Parser.isRefinable(statement) ? statement : nil
            ranStatement = true
        }
        return .run(statement, route)
    }

    static let refineExample = "programmes | count"
    static var nothingYet: String { Message(ShellMessage.refineNothingYet, ["example": .text(refineExample)]).english }
    static var notAQuery: String { Message(ShellMessage.refineNotAQuery, ["example": .text(refineExample)]).english }

    static func startsWithPipe(_ line: String) -> Bool {
        line.first { !$0.isWhitespace } == "|"
    }

    static func isBlankOrComment(_ line: String) -> Bool {
        let first = line.first { !$0.isWhitespace }
        return first == nil || first == "#"
    }
}
