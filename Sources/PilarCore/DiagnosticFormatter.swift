/// Turns diagnostics into the text users see:
///
///     script.pilar:3:18: error: unknown field 'budjet' of programme
///       3 | programmes | sort budjet desc
///         |                   ^~~~~~
///       = help: did you mean 'budget'?
public struct DiagnosticFormatter: Sendable {
    /// Wraps pieces of the output in terminal colours; identity when colour is off.
    public var style: Style

    public init(style: Style = .plain) {
        self.style = style
    }

    /// Terminal styling hooks (the language library never decides whether a terminal exists).
    public struct Style: Sendable {
        public var error: @Sendable (String) -> String
        public var caret: @Sendable (String) -> String
        public var hint: @Sendable (String) -> String

        public init(
            error: @escaping @Sendable (String) -> String,
            caret: @escaping @Sendable (String) -> String,
            hint: @escaping @Sendable (String) -> String
        ) {
            self.error = error
            self.caret = caret
            self.hint = hint
        }

        public static let plain = Style(error: { $0 }, caret: { $0 }, hint: { $0 })
        public static let ansi = Style(
            error: { "\u{1B}[1;31m\($0)\u{1B}[0m" },
            caret: { "\u{1B}[1;31m\($0)\u{1B}[0m" },
            hint: { "\u{1B}[36m\($0)\u{1B}[0m" }
        )
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = ""
        if let location = diagnostic.location {
            out += "\(location): "
        }
        out += style.error("error:") + " " + diagnostic.message + "\n"
        if let source = diagnostic.source, let location = diagnostic.location {
            let line = source.lineText(location.line)
            let gutter = String(location.line)
            let pad = String(repeating: " ", count: gutter.count)
            out += " \(gutter) | \(line)\n"
            // The underline spans the part of the span that lies on the first line.
            let endLocation = source.location(of: diagnostic.span.end)
            let lineLength = line.count
            let startColumn = location.column
            let endColumn = endLocation.line == location.line ? endLocation.column : lineLength + 1
            let width = max(1, endColumn - startColumn)
            let leading = leadingWhitespace(of: line, upTo: startColumn - 1)
            let marker = "^" + String(repeating: "~", count: width - 1)
            out += " \(pad) | \(leading)\(style.caret(marker))\n"
            if let hint = diagnostic.hint {
                out += " \(pad) = " + style.hint("help: \(hint)") + "\n"
            }
        } else if let hint = diagnostic.hint {
            out += "  = " + style.hint("help: \(hint)") + "\n"
        }
        return out
    }

    public func format(_ list: DiagnosticList) -> String {
        var out = list.diagnostics.map(format).joined()
        if list.omitted > 0 {
            out += "... and \(list.omitted) more problem\(list.omitted == 1 ? "" : "s")\n"
        }
        return out
    }

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
