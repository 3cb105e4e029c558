import PilarCore
import PilarLanguage
import PilarRender

/// What the interactive shell needs from the language: the shell owns the terminal (line
/// editing, history, completion plumbing, signals, paging, colour) and the engine owns
/// everything about the language (its lexer rules, names, execution and its own dot-commands).
///
/// All calls come from the thread that runs `REPL.run()`, one at a time.
public protocol REPLEngine: AnyObject {
    /// Lines printed when the session starts: what data is loaded, how many rows, whether it is
    /// the illustrative demo data, and how to get help.
    var bannerLines: [String] { get }

    /// The dot-commands the engine handles (`format`, `schema`, `load`, `about`, `read`,
    /// `output`, `once`, `timer`, …), as declared in its registry. The shell offers them for
    /// completion, did-you-mean and `.help`, and passes any statement starting with one to `execute`.
    var engineDotCommands: [CommandSpec] { get }

    /// True when `pending` — every line typed so far for this statement, joined by "\n" — is an
    /// unfinished statement that needs another line (for instance it ends with `|`, or a string
    /// or bracket is still open), decided by the language's own lexer rules. Never called for
    /// dot-commands, which always fit on one line.
    func needsContinuation(_ pending: String) -> Bool

    /// Completion candidates for `text`, which is the statement typed so far up to the cursor:
    /// the earlier lines of the statement and the current line up to the cursor, joined by
    /// "\n". Not called for the first word of a dot-command nor for the file arguments of
    /// `.read`, `.output`, `.once` and `.load`, which the shell completes itself.
    func completions(before text: String) -> REPLCompletion

    /// Runs one complete statement: a pipeline, a `let`, a `print`, or one of
    /// `engineDotCommands` (with its leading dot). Output goes through `emit` as soon as it is
    /// ready; results meant for the screen come back as `.result`, while the engine itself
    /// writes results redirected by `.output`/`.once`. The engine polls `interrupt` and stops
    /// early when it is raised (Ctrl-C); the shell then reports the interruption.
    func execute(_ statement: String, interrupt: InterruptFlag, emit: (REPLOutput) -> Void)

    /// True once the session is in workshop safe mode (`pilar --safe` or `.safe on`); it never
    /// goes back. The shell then keeps history in memory, completes no file names and pages
    /// only through less in its secure mode.
    var isSafe: Bool { get }

    /// How many statements changed the data since it was loaded or saved: the prompt shows
    /// `pilar*>` and leaving needs a second `.quit` (or Ctrl-D) while it is not 0.
    var unsavedChanges: Int { get }

    /// Names the state of the data while it has unsaved changes (the store's generation), so
    /// that a warning about them is given again after any new change, even one that leaves
    /// the count as it was (an undo, then another edit).
    var unsavedDataToken: UInt64 { get }

    /// The language the shell writes in (notices, help, diagnostics), read each time it
    /// writes: a `.lang id` at the prompt changes everything after it.
    var language: Language { get }

    /// How results are shown (number locale, null text, decimals, Excel csv), as the session
    /// has them now; the words a format writes (the `N rows` footer) follow `language`.
    var displaySettings: DisplaySettings { get }

    /// Called once as the shell ends (`.quit`, Ctrl-D): an output that is a document still
    /// open (`.output page.html` collects one page) is written whole now, not left to a
    /// deinit that may never run before the process exits.
    func finish(emit: (REPLOutput) -> Void)
}

extension REPLEngine {
    /// Engines without a safe mode are never in it.
    public var isSafe: Bool { false }
    /// Engines that cannot change data have nothing to lose.
    public var unsavedChanges: Int { 0 }
    public var unsavedDataToken: UInt64 { 0 }
    /// Engines that speak one language speak English.
    public var language: Language { .english }

    /// Engines without settings show results the default way.
    public var displaySettings: DisplaySettings { DisplaySettings() }

    /// Engines without output files have nothing to finish.
    public func finish(emit: (REPLOutput) -> Void) {}
}

/// The answer to a completion request: which part of the text to replace and with what.
public struct REPLCompletion: Sendable, Hashable {
    /// Where the word being completed starts, as a UTF-8 byte offset into the text that was
    /// passed to `completions(before:)`; the word runs from here to the end of that text.
    public var start: Int
    /// Full replacements for that word (`pillar` for `pil`), in the order to show them.
    public var candidates: [String]

    public init(start: Int, candidates: [String]) {
        self.start = start
        self.candidates = candidates
    }

    /// Nothing to offer.
    public static let none = REPLCompletion(start: 0, candidates: [])
}

/// One piece of output from a running statement.
public enum REPLOutput: Sendable {
    /// A result for the screen, in the session's current output format; the shell renders it
    /// for the terminal's width and colours and pages it when it is long.
    case result(ResultSet, OutputFormat)
    /// Text printed as is (`print`, `.schema`, `.about`, timings); a final newline is added
    /// when missing.
    case text(String)
    /// A problem with the statement; the shell formats it (in colour on a terminal) and the
    /// session goes on.
    case error(Diagnostic)
    /// The statement asked to end the session (a `.quit` inside a script run with `.read`);
    /// the shell leaves once the statement returns.
    case quit
}
