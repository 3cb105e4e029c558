/// Turns diagnostics into the text users see:
///
///     script.pilar:3:18: error: unknown field 'budjet' of programme
///       3 | programmes | sort budjet desc
///         |                   ^~~~~~
///       = help: did you mean 'budget'?
public struct DiagnosticFormatter: Sendable {
    /// Wraps pieces of the output in terminal colours; identity when colour is off.
    public var style: Style
    /// The language messages, hints and labels are written in.
    public var language: Language

    public init(style: Style = .plain, language: Language = .english) {
        self.style = style
        self.language = language
    }

    /// Terminal styling hooks (the language library never decides whether a terminal exists).
    public struct Style: Sendable {
        public var error: @Sendable (String) -> String
        public var caret: @Sendable (String) -> String
        public var hint: @Sendable (String) -> String
        public var warning: @Sendable (String) -> String

        public init(
            error: @escaping @Sendable (String) -> String,
            caret: @escaping @Sendable (String) -> String,
            hint: @escaping @Sendable (String) -> String,
            warning: @escaping @Sendable (String) -> String = { $0 }
        ) {
            self.error = error
            self.caret = caret
            self.hint = hint
            self.warning = warning
        }

        public static let plain = Style(error: { $0 }, caret: { $0 }, hint: { $0 })
        public static let ansi = Style(
            error: { "\u{1B}[1;31m\($0)\u{1B}[0m" },
            caret: { "\u{1B}[1;31m\($0)\u{1B}[0m" },
            hint: { "\u{1B}[36m\($0)\u{1B}[0m" },
            warning: { "\u{1B}[1;33m\($0)\u{1B}[0m" }
        )
    }

    /// Bounds on what one diagnostic prints, so a runaway line or value (a 10 MB cell, a
    /// one-line CSV file) cannot flood the terminal.
    public enum Limits {
        /// Characters of a source line shown around the caret.
        public static let lineColumns = 100
        /// Characters of the line kept before the caret when the line is shortened.
        public static let columnsBeforeCaret = 30
        /// Characters of a value quoted between single quotes in a message or hint: room for
        /// a long file path (which must not be cut), not for a runaway cell.
        public static let quotedValue = 200
        /// Characters of a whole message or hint.
        public static let message = 400
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = ""
        if let location = diagnostic.location {
            out += "\(location): "
        }
        let label = switch diagnostic.severity {
        case .error: style.error(word(.errorLabel))
        case .warning: style.warning(word(.warningLabel))
        case .note: style.hint(word(.noteLabel))
        }
        out += label + " " + Self.safe(diagnostic.text.text(in: language)) + "\n"
        if let source = diagnostic.source, let location = diagnostic.location {
            let line = source.lineText(location.line)
            let gutter = location.cell ?? String(location.line)
            let pad = String(repeating: " ", count: gutter.count)
            // The underline spans the part of the span that lies on the first line.
            let endLocation = source.location(of: diagnostic.span.end)
            let lineLength = line.count
            let startColumn = location.column
            let endColumn = endLocation.line == location.line ? endLocation.column : lineLength + 1
            let shown = Self.window(line, length: lineLength, startColumn: startColumn, endColumn: endColumn)
            out += " \(gutter) | \(shown.text)\n"
            let leading = leadingWhitespace(of: shown.text, upTo: shown.caretColumn - 1)
            let marker = "^" + String(repeating: "~", count: shown.caretWidth - 1)
            out += " \(pad) | \(leading)\(style.caret(marker))\n"
            if let hint = diagnostic.hintText {
                out += " \(pad) = " + style.hint("\(word(.helpLabel)) \(Self.safe(hint.text(in: language)))") + "\n"
            }
        } else if let hint = diagnostic.hintText {
            out += "  = " + style.hint("\(word(.helpLabel)) \(Self.safe(hint.text(in: language)))") + "\n"
        }
        return out
    }

    /// Message and hint text with control characters escaped and long values shortened.
    static func safe(_ text: String) -> String {
        let escaped = TerminalText.escaped(text)
        let shortened = TerminalText.shorteningQuotedValues(escaped, limit: Limits.quotedValue)
        return TerminalText.truncated(shortened, limit: Limits.message)
    }

    /// The part of a source line to print — escaped, and cut to a window around the caret with
    /// `…` at a cut end — and where the caret falls in it (1-based column, width).
    static func window(
        _ line: String, length: Int, startColumn: Int, endColumn: Int
    ) -> (text: String, caretColumn: Int, caretWidth: Int) {
        let width = max(1, endColumn - startColumn)
        guard length > Limits.lineColumns else {
            return (TerminalText.escaped(line, keepTabs: true), startColumn, width)
        }
        let caret = max(0, startColumn - 1)
        let first = max(0, min(caret - Limits.columnsBeforeCaret, length - Limits.lineColumns))
        let last = min(length, first + Limits.lineColumns)
        let lower = line.index(line.startIndex, offsetBy: first)
        let upper = line.index(lower, offsetBy: last - first)
        let head = first > 0 ? "…" : ""
        let tail = last < length ? "…" : ""
        let text = head + TerminalText.escaped(String(line[lower..<upper]), keepTabs: true) + tail
        // Escaping keeps one character per character, so the caret moves only by the cut.
        let column = caret - first + head.count + 1
        let visible = max(1, min(width, last - caret))
        return (text, column, visible)
    }

    public func format(_ list: DiagnosticList) -> String {
        var out = list.diagnostics.map(format).joined()
        if list.omitted > 0 {
            out += Message(CoreMessage.moreProblems, ["count": .number(list.omitted)]).text(in: language) + "\n"
        }
        return out
    }

    private func word(_ key: CoreMessage) -> String { key.template(in: language) }

    /// Keeps tabs as tabs so the caret lines up under the source line in a terminal.
    private func leadingWhitespace(of line: String, upTo count: Int) -> String {
        var result = ""
        for character in line.prefix(count) {
            result.append(character == "\t" ? "\t" : " ")
        }
        if result.count < count {
            result += String(repeating: " ", count: count - result.count)
        }
        return result
    }
}
