import PilarCore

/// The file name of `| export "FILE"`: literal text, or text with `{expr}` pieces written in
/// as `print "… {expr} …"` writes them (so a loop can write one file per row).
public struct ExportTarget: Sendable, Hashable {
    public var pieces: [TextPiece]
    /// The string as written, quotes included: where a bad name or a failed write points.
    public var span: Span

    public init(pieces: [TextPiece], span: Span) {
        self.pieces = pieces
        self.span = span
    }

    /// The name when it holds no `{expr}`.
    public var literal: String? {
        var text = ""
        for piece in pieces {
            guard case .literal(let part) = piece else { return nil }
            text += part
        }
        return text
    }
}
