import PilarStore

/// The edits of a session since its data was loaded: the store before each one (for `.undo`)
/// and what changed since the load or the last save (for `.changes`).
struct EditHistory {
    /// One applied statement: the store before it, the store's summary of it ("3 measurements
    /// updated") and the statement as written, on one line.
    struct Step {
        var previous: Store
        var summary: String
        var statement: String
    }

    private(set) var steps: [Step] = []
    /// Lines for `.changes`: the steps since the last save, and edits undone past the save.
    private(set) var changes: [Change] = []

    enum Change {
        case applied(Step)
        /// A step that was saved, then undone: the saved files still have it.
        case undoneAfterSave(Step)
    }

    mutating func record(_ step: Step) {
        steps.append(step)
        changes.append(.applied(step))
    }

    /// Takes the last step off; nil when there is nothing to undo.
    mutating func undo() -> Step? {
        guard let step = steps.popLast() else { return nil }
        if case .applied = changes.last {
            changes.removeLast()
        } else {
            changes.append(.undoneAfterSave(step))
        }
        return step
    }

    /// Whether the data was saved since it was loaded (for "no changes since the last save").
    private(set) var saved = false

    mutating func markSaved() {
        saved = true
        changes.removeAll()
    }
}
