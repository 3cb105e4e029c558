@testable import PilarREPL

/// A line reader that replays typed input and records what the shell asked for.
final class ScriptedReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var pendings: [String] = []
    private(set) var history: [String] = []
    private(set) var closed = false

    /// True to play the inputs as one paste: while inputs remain, more input is waiting.
    private let pasted: Bool

    init(_ inputs: [LineInput], pasted: Bool = false) {
        self.inputs = inputs
        self.pasted = pasted
    }

    var hasTypeahead: Bool { pasted && !inputs.isEmpty }

    func readLine(prompt: String, pending: String) -> LineInput {
        prompts.append(prompt)
        pendings.append(pending)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func remember(_ statement: String) {
        history.append(statement)
    }

    func close() {
        closed = true
    }

    /// True once the shell put the reader in safe mode.
    private(set) var safe = false

    func enterSafeMode() {
        safe = true
    }
}

/// A screen that keeps what was written, in order, and pretends to have a size and a pager.
final class RecordingScreen: Screen {
    enum Event: Equatable {
        case output(String)
        case error(String)
        case paged(String)
        case cleared
    }

    private(set) var events: [Event] = []
    /// For each page, whether it asked for the secure pager.
    private(set) var pagedSecurely: [Bool] = []
    var terminalSize: TerminalSize? = TerminalSize(columns: 80, rows: 24)
    var pagerWorks = true
    /// Runs while "paging", e.g. to press Ctrl-C inside the pager.
    var whilePaging: (() -> Void)?

    /// Everything shown, in order, as one text.
    var output: String {
        events.map {
            switch $0 {
            case .output(let text), .error(let text), .paged(let text): text
            case .cleared: "<clear>"
            }
        }.joined()
    }

    var errors: String {
        events.compactMap { if case .error(let text) = $0 { text } else { nil } }.joined()
    }

    var paged: [String] {
        events.compactMap { if case .paged(let text) = $0 { text } else { nil } }
    }

    func write(_ text: String) { events.append(.output(text)) }
    func writeError(_ text: String) { events.append(.error(text)) }
    func size() -> TerminalSize? { terminalSize }
    func clear() { events.append(.cleared) }

    func page(_ text: String, command: String, secure: Bool) -> Bool {
        pagedSecurely.append(secure)
        guard pagerWorks else { return false }
        whilePaging?()
        events.append(.paged(text))
        return true
    }
}
