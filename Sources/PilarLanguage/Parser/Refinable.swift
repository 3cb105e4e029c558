import PilarCore

extension Parser {
    /// Whether a line starting with `|` may refine `text`: one query pipeline that does not end
    /// in an edit. A `let`, an edit, `print`, `check` (a statement, not a source) or a line
    /// that does not parse are not refined: adding stages to them would silently change a
    /// binding, or fail with an error about a statement the user did not write.
    public static func isRefinable(_ text: String) -> Bool {
        guard let script = try? parse(SourceFile(name: "<refine>", text: text)),
              script.statements.count == 1 else { return false }
        switch script.statements[0].kind {
        case .query(let pipeline): return !pipeline.stages.contains { $0.kind.mustBeLast }
        default: return false
        }
    }
}
