/// One problem found in a script or in data, with where it is and what might fix it.
///
/// Every stage — lexer, parser, checker, loader, executor — reports through this one type, so
/// that every error prints the same way: `file:line:col: error: message`, the source line, a
/// caret under the span, and a hint ("did you mean …") when there is one.
public struct Diagnostic: Error, Sendable, Hashable {
    /// Which stage found the problem; used in tests and for exit codes, not shown to users.
    public enum Stage: String, Sendable, Hashable {
        case lexer, parser, checker, loader, runtime, usage
    }

    /// An error stops the work; a warning is shown and the work goes on (a literal that names
    /// no row: the query still runs); a note only explains other errors (e.g. how many
    /// follow-on errors were left out).
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public var stage: Stage
    public var severity: Severity
    /// What went wrong, written in the user's language when it is shown.
    public var text: Message
    /// The file the span refers to; nil for problems with no source (e.g. a missing folder).
    public var source: SourceFile?
    public var span: Span
    /// "did you mean …" or another short suggestion, shown on its own line.
    public var hintText: Message?
    /// The hint as an edit of the source, when the hint suggests pilar: tests apply it and
    /// check that the result is accepted, so a hint can never suggest invalid pilar.
    public var fix: Fix?

    public init(_ stage: Stage, _ text: Message, source: SourceFile?, span: Span = .empty, hint: Message? = nil,
                severity: Severity = .error) {
        self.stage = stage
        self.severity = severity
        self.text = text
        self.source = source
        self.span = span
        self.hintText = hint
    }

    /// A message from a catalogue, made in place: `Diagnostic(.parser, ParserMessage.x, [...], …)`.
    public init<Key: MessageKey>(_ stage: Stage, _ key: Key, _ arguments: [String: MessageArgument] = [:],
                                 source: SourceFile?, span: Span = .empty, hint: Message? = nil,
                                 severity: Severity = .error) {
        self.init(stage, Message(key, arguments), source: source, span: span, hint: hint, severity: severity)
    }

    /// The message in English (tests compare it; hosts show `text` in the session's language).
    public var message: String { text.english }
    /// The hint in English.
    public var hint: String? { hintText?.english }

    public var location: SourceLocation? { source?.location(of: span.start) }

    /// What a statement stopped by Ctrl-C throws: a shell that shows its own notice for the
    /// interruption recognises it and prints nothing more.
    public static let interrupted = Diagnostic(.runtime, CoreMessage.interrupted, source: nil)

    public var isInterruption: Bool { self == Diagnostic.interrupted }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.stage == rhs.stage && lhs.severity == rhs.severity && lhs.text == rhs.text && lhs.span == rhs.span
            && lhs.hintText == rhs.hintText && lhs.source?.name == rhs.source?.name
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(stage)
        hasher.combine(text)
        hasher.combine(span)
    }
}

/// A machine-checkable fix: replace the text at `span` of the diagnostic's source by
/// `replacement`. Not part of a diagnostic's identity (== and hash ignore it).
public struct Fix: Sendable, Hashable {
    public var span: Span
    public var replacement: String

    public init(_ span: Span, _ replacement: String) {
        self.span = span
        self.replacement = replacement
    }

    /// The source text with the fix applied.
    public func applied(to text: String) -> String {
        var bytes = Array(text.utf8)
        let start = min(span.start, bytes.count)
        let end = min(max(span.end, start), bytes.count)
        bytes.replaceSubrange(start..<end, with: Array(replacement.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Diagnostic {
    /// The same diagnostic with a fix attached.
    public func fixing(_ span: Span, with replacement: String) -> Diagnostic {
        var copy = self
        copy.fix = Fix(span, replacement)
        return copy
    }
}

/// Several diagnostics reported together (a loader reports every problem it found).
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// How many more problems were found beyond the ones kept.
    public var omitted: Int

    public init(_ diagnostics: [Diagnostic], omitted: Int = 0) {
        self.diagnostics = diagnostics
        self.omitted = omitted
    }
}
