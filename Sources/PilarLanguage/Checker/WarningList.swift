import PilarCore

/// The warnings a checker found, collected as it goes. A reference so that the checker's
/// non-mutating descent (expressions inside stages inside pipelines) can add to it.
public final class WarningList {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    func append(_ warning: Diagnostic) {
        // The same literal checked twice (a `where` re-read by a hint) says it once.
        if !diagnostics.contains(warning) { diagnostics.append(warning) }
    }

    /// Hands over the warnings found so far and forgets them.
    public func drain() -> [Diagnostic] {
        defer { diagnostics.removeAll() }
        return diagnostics
    }
}
