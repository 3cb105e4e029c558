import Foundation
import PilarCore
import PilarLanguage

/// One step of a presentation: the comment block shown as slide text and the statement after
/// it (nil for a slide of text only).
struct PresentationStep: Equatable {
    var slide: [String]
    var statement: String?
    /// Where the statement starts in the script, as a byte offset: it runs padded to that
    /// place so its errors name the script's own line and column.
    var offset: Int
}

/// A script cut into presentation steps. Statements are found by the language's own lexer
/// (so `;`, continuation lines and strings holding `#` are as in `pilar run`); the `#`
/// comment lines before a statement become its slide, and a comment block that a blank line
/// separates from what follows is a slide of its own.
struct PresentationScript {
    let source: SourceFile
    let steps: [PresentationStep]

    init(source: SourceFile) throws(Diagnostic) {
        self.source = source
        let tokens = try Lexer.tokenize(source)
        var steps: [PresentationStep] = []
        var gapStart = 0
        var first: Token?
        var last: Token?
        for token in tokens {
            switch token.kind {
            case .end, .eof:
                guard let opening = first, let closing = last else { continue }
                let blocks = Self.commentBlocks(source.bytes, from: gapStart, to: opening.span.start)
                for block in blocks.dropLast() { steps.append(PresentationStep(slide: block, statement: nil, offset: opening.span.start)) }
                let text = String(decoding: source.bytes[opening.span.start..<closing.span.end], as: UTF8.self)
                steps.append(PresentationStep(slide: blocks.last ?? [], statement: text, offset: opening.span.start))
                gapStart = Self.endOfLine(source.bytes, from: closing.span.end)
                first = nil
                last = nil
            default:
                if first == nil { first = token }
                last = token
            }
        }
        // Comments after the last statement close the presentation as slides of their own.
        for block in Self.commentBlocks(source.bytes, from: gapStart, to: source.bytes.count) {
            steps.append(PresentationStep(slide: block, statement: nil, offset: source.bytes.count))
        }
        self.steps = steps
    }

    /// The statement of `step` as a source of its own that keeps the script's name, lines
    /// and columns: everything before it is blanked (newlines kept, other bytes spaces).
    func runnableSource(for step: PresentationStep) -> SourceFile? {
        guard let statement = step.statement else { return nil }
        let padding = source.bytes[..<step.offset].map { $0 == UInt8(ascii: "\n") ? $0 : UInt8(ascii: " ") }
        return SourceFile(name: source.name, bytes: padding + Array(statement.utf8))
    }

    /// A trailing comment on the statement's own line belongs to it, not to the next slide.
    private static func endOfLine(_ bytes: [UInt8], from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return index
    }

    /// The comment lines between two statements, `#` and one blank after it removed, in
    /// blocks separated by blank lines. A `#!` first line is the interpreter's, not a slide.
    static func commentBlocks(_ bytes: [UInt8], from start: Int, to end: Int) -> [[String]] {
        guard start < end else { return [] }
        let gap = String(decoding: bytes[start..<end], as: UTF8.self)
        var blocks: [[String]] = []
        var current: [String] = []
        for (number, rawLine) in gap.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if start == 0, number == 0, line.hasPrefix("#!") { continue }
            if line.hasPrefix("#") {
                var text = line.dropFirst()
                if text.first == " " { text = text.dropFirst() }
                current.append(String(text))
            } else if line.isEmpty, !current.isEmpty {
                blocks.append(current)
                current = []
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }
}
