import PilarCore

extension Parser {
    /// `export "FILE"`, after the word: the file name, which may hold `{expr}` as a print's
    /// text does (braces only count when the string has them; `{{` is a brace).
    mutating func parseExport() throws(Diagnostic) -> StageKind {
        guard case .string = current.kind else {
            throw Diagnostic(.parser, ExportMessage.expectedFileName, ["found": .message(current.phrase)], source: source,
                             span: foundSpan, hint: Message(ExportMessage.fileNameExample))
        }
        let span = current.span
        let body = source.bytes[(span.start + 1)..<(span.end - 1)]
        let pieces: [TextPiece]
        if body.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
            pieces = try textPieces(ofString: span)
        } else if case .string(let text) = current.kind {
            pieces = [.literal(text)]
        } else {
            pieces = []
        }
        advance()
        return .export(ExportTarget(pieces: pieces, span: span))
    }
}
