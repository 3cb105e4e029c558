import PilarLanguage
import PilarCore
import PilarRender
@testable import PilarREPL

/// A stand-in for the language, enough to exercise the shell: a statement continues when it
/// ends with `|`, a few names complete, statements come back as a one-column result, and
/// text starting with `bad` is an error.
final class FakeEngine: REPLEngine {
    private(set) var executed: [String] = []
    /// Called as each statement starts; lets a test raise the interrupt "during" a query.
    var onExecute: ((String, InterruptFlag) -> Void)?
    /// Emitted before the echo of each statement.
    var extraOutput: [REPLOutput] = []

    let bannerLines = ["fake masterplan — illustrative demo data", "type .help for help"]
    let engineDotCommands = Session.commands.map(\.spec).filter { $0.name != "quit" }
    /// Becomes true when a statement `.safe on` runs, as the real engine's does.
    var isSafe = false
    /// `edit` changes the fake data, `.save` saves it.
    var unsavedChanges = 0
    /// Changes with every edit and undo, as the real store's generation does.
    var unsavedDataToken: UInt64 = 0

    /// How many times the shell finished the engine (once, as it ends).
    private(set) var finished = 0

    func finish(emit: (REPLOutput) -> Void) {
        finished += 1
    }

    func needsContinuation(_ pending: String) -> Bool {
        pending.last { !$0.isWhitespace } == "|"
    }

    static let names = ["pillar", "pillars", "programmes", "programme", "opd", "opds", "where", "select"]

    func completions(before text: String) -> REPLCompletion {
        let bytes = Array(text.utf8)
        var start = bytes.count
        while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
        let word = String(decoding: bytes[start...], as: UTF8.self)
        return REPLCompletion(start: start, candidates: Self.names.filter { $0.hasPrefix(word) })
    }

    func execute(_ statement: String, interrupt: InterruptFlag, emit: (REPLOutput) -> Void) {
        executed.append(statement)
        if statement == ".safe on" { isSafe = true }
        if statement == "edit" { unsavedChanges += 1; unsavedDataToken += 1 }
        if statement == "undo" { unsavedChanges -= 1; unsavedDataToken += 1 }
        if statement == "quit inside" { emit(.quit) }
        if statement == ".save" { unsavedChanges = 0 }
        onExecute?(statement, interrupt)
        if statement.hasPrefix("bad") {
            let source = SourceFile(name: "<repl>", text: statement)
            emit(.error(Diagnostic(.parser, .verbatim("cannot read '\(statement)'"), source: source, span: Span(0, 3))))
            return
        }
        for output in extraOutput { emit(output) }
        emit(.result(ResultSet(columns: [ResultColumn("statement", .text)], rows: [[.text(statement)]]), .table))
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }
}
