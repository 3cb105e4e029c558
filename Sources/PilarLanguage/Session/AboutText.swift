import PilarCore
import PilarStore

/// The text of `.about`: what is loaded, and for the demo, that its figures are not official.
enum AboutText {
    static func text(for store: Store, safe: Bool = false, unsaved: String? = nil) -> String {
        var lines = ["pilar — a query language for smart-city masterplans",
                     "data: \(store.title)\(store.origin.map { " (\($0))" } ?? "")",
                     "      \(store.countsLine)"]
        if store.isDemo {
            lines.append("The demo masterplan is fictional: its figures are illustrative, not official.")
            lines.append("Load your own with `.load FOLDER` or `pilar --data FOLDER` (see examples/data/pekanbaru).")
        }
        if let unsaved {
            lines.append("There are unsaved changes (\(unsaved)): .save to keep them.")
        }
        if safe {
            lines.append("Safe mode is on: files cannot be read or written, nor other data loaded, until the session ends.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
