import PilarLanguage

/// Decides who completes the word before the cursor: the shell itself for dot-command names,
/// file arguments and help topics, the engine for everything in the language.
struct CompletionRouter {
    /// The engine's dot-commands.
    var engineCommands: [CommandSpec]

    /// Completes `text` (the statement so far up to the cursor, lines joined by "\n").
    /// `engine` answers for the language and engine commands; `paths` lists files for a
    /// partial path (second argument: folders only).
    /// `safe` (safe mode) completes no file names: listing a folder reads outside the data.
    func complete(
        _ text: String,
        safe: Bool = false,
        engine: (String) -> REPLCompletion,
        paths: (String, Bool) -> [String]
    ) -> REPLCompletion {
        guard DotCommand.isDotCommand(text), let dot = text.firstIndex(of: ".") else {
            return engine(text)
        }
        let commands = Shell.commandSpecs + engineCommands
        let afterDot = text[text.index(after: dot)...]
        guard let gap = afterDot.firstIndex(where: \.isWhitespace) else {
            // Still typing the command name: offer every command, dot included.
            let typed = afterDot.lowercased()
            let names = Set(commands.allNames).filter { $0.lowercased().hasPrefix(typed) }
            return REPLCompletion(start: offset(of: dot, in: text), candidates: names.sorted().map { "." + $0 })
        }
        let name = afterDot[..<gap].lowercased()
        let wordStart = text.lastIndex(where: \.isWhitespace).map { text.index(after: $0) } ?? text.endIndex
        let word = String(text[wordStart...])
        let start = offset(of: wordStart, in: text)
        switch commands.command(named: name)?.completion {
        case .paths(let directoriesOnly)?:
            return REPLCompletion(start: start, candidates: safe ? [] : paths(word, directoriesOnly))
        case .words(let words)?:
            return REPLCompletion(start: start, candidates: words().filter { $0.hasPrefix(word.lowercased()) })
        case .none?:
            return REPLCompletion(start: start, candidates: [])
        case .language?, nil:
            return engine(text)
        }
    }

    private func offset(of index: String.Index, in text: String) -> Int {
        text.utf8.distance(from: text.startIndex, to: index)
    }
}

/// Fits a completion to the word the line editor will replace.
///
/// The engine says where its word starts; libedit picks its own word start from its
/// word-break characters (it breaks at `(` and `=` but not at `.`, for instance). When the two
/// differ, the candidates are trimmed or extended so that replacing libedit's word gives the
/// same text as replacing the engine's.
enum CompletionAlignment {
    /// Candidates that replace the bytes `editorStart..<end` of `text`, given `completion`,
    /// which replaces `completion.start..<end`.
    static func align(_ completion: REPLCompletion, text: String, editorStart: Int) -> [String] {
        let bytes = Array(text.utf8)
        let start = completion.start
        guard start >= 0, start <= bytes.count, editorStart >= 0, editorStart <= bytes.count else { return [] }
        if start == editorStart { return completion.candidates }
        if start > editorStart {
            // libedit's word starts earlier: keep the extra typed text in front.
            let lead = String(decoding: bytes[editorStart..<start], as: UTF8.self)
            return completion.candidates.map { lead + $0 }
        }
        // libedit's word starts later: drop what the candidates say about the text before it.
        let covered = Array(bytes[start..<editorStart])
        guard !covered.contains(UInt8(ascii: "\n")) else { return [] }
        return completion.candidates.compactMap { candidate in
            let candidateBytes = Array(candidate.utf8)
            guard candidateBytes.starts(with: covered) else { return nil }
            return String(decoding: candidateBytes[covered.count...], as: UTF8.self)
        }
    }

    /// The current line up to the cursor, given libedit's line buffer, cursor position and the
    /// word it is completing. The libedit of Debian 12 reports the cursor in characters during
    /// completion, other builds may count bytes; the right reading is the one whose text ends
    /// with the word. Nil when neither does.
    static func textBeforeCursor(line: String, point: Int, word: String) -> String? {
        let wordBytes = Array(word.utf8)
        let scalars = Array(line.unicodeScalars)
        if point >= 0, point <= scalars.count {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[..<point])
            let text = String(prefix)
            if Array(text.utf8).ends(with: wordBytes) { return text }
        }
        let bytes = Array(line.utf8)
        if point >= 0, point <= bytes.count, Array(bytes[..<point]).ends(with: wordBytes) {
            return String(decoding: bytes[..<point], as: UTF8.self)
        }
        return nil
    }
}

extension Array where Element: Equatable {
    func ends(with suffix: [Element]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
