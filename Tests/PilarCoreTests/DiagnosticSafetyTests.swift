import PilarCore
import Testing

/// Diagnostics quote data and scripts; what they print must not drive the terminal or flood it.
@Suite struct DiagnosticSafetyTests {
    @Test func controlBytesAreEscapedInMessageLineAndHintWithTheCaretInPlace() {
        let line = "X,a\u{1B}]0;pwned\u{07}b,\u{1B}[2J,zz"
        let source = SourceFile(name: "opds.csv", text: line + "\n")
        let start = line.utf8.count - 2
        let diagnostic = Diagnostic(.loader, .verbatim("unknown kind 'a\u{1B}[2J'"), source: source, span: Span(start, start + 2),
                                    hint: .verbatim("did you mean '\u{1B}c'?"))
        let text = DiagnosticFormatter().format(diagnostic)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text == """
            opds.csv:1:21: error: unknown kind 'a␛[2J'
             1 | X,a␛]0;pwned␇b,␛[2J,zz
               |                     ^~
               = help: did you mean '␛c'?

            """)
    }

    @Test func tabsInTheSourceLineStayForTheCaretButNotInMessages() {
        let source = SourceFile(name: "s", text: "\tx\ty")
        let text = DiagnosticFormatter().format(Diagnostic(.parser, .verbatim("bad\there"), source: source, span: Span(3, 4)))
        #expect(text == "s:1:4: error: bad→here\n 1 | \tx\ty\n   | \t \t^\n")
    }

    @Test func aLongLineIsWindowedAroundTheCaret() {
        let line = String(repeating: "a", count: 5_000) + "BAD" + String(repeating: "b", count: 5_000)
        let source = SourceFile(name: "f", text: line)
        let text = DiagnosticFormatter().format(Diagnostic(.loader, .verbatim("bad value"), source: source, span: Span(5_000, 5_003)))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "f:1:5001: error: bad value")
        let shown = lines[1].dropFirst(" 1 | ".count)
        #expect(shown.count == DiagnosticFormatter.Limits.lineColumns + 2)  // two ellipses
        #expect(shown.hasPrefix("…a") && shown.hasSuffix("b…"))
        // The caret sits under BAD.
        let caretLine = lines[2].dropFirst("   | ".count)
        let column = caretLine.firstIndex(of: "^").map { caretLine.distance(from: caretLine.startIndex, to: $0) }
        let bad = shown.firstIndex(of: "B").map { shown.distance(from: shown.startIndex, to: $0) }
        #expect(column != nil && column == bad)
        #expect(caretLine.hasSuffix("^~~"))
        #expect(text.count < 400)
    }

    @Test func aCaretNearTheEndOfALongLineAndASpanPastTheWindow() {
        let line = String(repeating: "a", count: 300)
        let source = SourceFile(name: "f", text: line)
        let atEnd = DiagnosticFormatter().format(Diagnostic(.loader, .verbatim("x"), source: source, span: Span(300, 300)))
        let endLines = atEnd.split(separator: "\n")
        #expect(endLines[1] == " 1 | …" + String(repeating: "a", count: 100))
        #expect(endLines[2] == "   | " + String(repeating: " ", count: 101) + "^")
        let whole = DiagnosticFormatter().format(Diagnostic(.loader, .verbatim("x"), source: source, span: Span(0, 300)))
        let wholeLines = whole.split(separator: "\n")
        #expect(wholeLines[1] == " 1 | " + String(repeating: "a", count: 100) + "…")
        #expect(wholeLines[2] == "   | ^" + String(repeating: "~", count: 99))
    }

    @Test func longQuotedValuesAndMessagesAreShortened() {
        let value = String(repeating: "v", count: 1_000_000)
        let text = DiagnosticFormatter().format(Diagnostic(.loader, .verbatim("unknown opd '\(value)' in column 'opd'"), source: nil,
                                                           hint: .verbatim("did you mean '\(value)'?")))
        let limit = DiagnosticFormatter.Limits.quotedValue
        #expect(text == "error: unknown opd '\(String(repeating: "v", count: limit - 1))…' in column 'opd'\n"
            + "  = help: did you mean '\(String(repeating: "v", count: limit - 1))…'?\n")
        let long = DiagnosticFormatter().format(Diagnostic(.loader, .verbatim(String(repeating: "m", count: 10_000)), source: nil))
        #expect(long.count == "error: ".count + DiagnosticFormatter.Limits.message + 1)
    }

    @Test func notesArePrintedAsNotes() {
        let note = Diagnostic(.loader, .verbatim("3 errors hidden"), source: nil, hint: nil, severity: .note)
        #expect(DiagnosticFormatter().format(note) == "note: 3 errors hidden\n")
    }

    @Test func invalidUTF8InAScriptIsLocated() throws {
        let source = SourceFile(name: "s.pilar", bytes: Array("opds\n| where name == \"Caf".utf8) + [0xE9] + Array("\"\n".utf8))
        let diagnostic = try #require(Diagnostic.invalidUTF8(in: source))
        #expect(diagnostic.location?.description == "s.pilar:2:21")
        #expect(diagnostic.message == "invalid UTF-8 (byte 0xE9) in the script")
        #expect(Diagnostic.invalidUTF8(in: SourceFile(name: "s", text: "opds | count")) == nil)
    }

    @Test func terminalTextUsesTheRenderersSpelling() {
        #expect(TerminalText.escaped("a\u{0}b\u{7F}c\u{85}d\r\ne\t") == "a␀b␡c\u{FFFD}d↵↵e→")
        #expect(TerminalText.escaped("plain ü") == "plain ü")
    }
}
