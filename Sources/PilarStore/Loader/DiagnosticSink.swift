import PilarCore

/// Collects a loader's problems, keeping the first `limit` and counting the rest.
///
/// Diagnostics are passed as autoclosures so that the did-you-mean search and message
/// formatting are skipped for problems that will only be counted.
struct DiagnosticSink {
    let limit: Int
    private(set) var kept: [Diagnostic] = []
    private(set) var omitted = 0

    init(limit: Int = 50) {
        self.limit = limit
    }

    /// Problems found (notes excluded).
    var total: Int { keptErrors + omitted }
    private var keptErrors = 0

    mutating func report(_ make: @autoclosure () -> Diagnostic) {
        if keptErrors < limit {
            kept.append(make())
            keptErrors += 1
        } else {
            omitted += 1
        }
    }

    /// A note explaining other problems; always kept, never counted as a problem.
    mutating func note(_ diagnostic: Diagnostic) {
        kept.append(diagnostic)
    }

    mutating func absorb(_ diagnostics: [Diagnostic], omitted extra: Int) {
        for diagnostic in diagnostics { report(diagnostic) }
        omitted += extra
    }

    var list: DiagnosticList { DiagnosticList(kept, omitted: omitted) }
}
