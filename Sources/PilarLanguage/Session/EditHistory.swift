import PilarCore
import PilarStore

/// The edits of a session since its data was loaded: the store before each one (for `.undo`)
/// and what changed since the load or the last save (for `.changes`).
struct EditHistory {
    /// One applied statement: the store before it, the store's summary of it ("3 measurements
    /// updated") and the statement as written, on one line.
    struct Step {
        var previous: Store
        var summary: Message
        var statement: String
    }

    private(set) var steps: [Step] = []
    /// True once older steps were let go (`limit`).
    private(set) var trimmed = false
    /// Lines for `.changes`: the steps since the last save, and edits undone past the save.
    private(set) var changes: [Change] = []

    /// What `.changes` shows of a step (not the data before it, which only undo needs).
    struct Line {
        var summary: Message
        var statement: String
    }

    enum Change {
        case applied(Line)
        /// A step that was saved, then undone: the saved files still have it.
        case undoneAfterSave(Line)
    }

    /// How many edits `.undo` can take back. Each step keeps the data before it; unchanged
    /// columns are shared, but a changed column of a million rows is a copy, so the oldest
    /// steps are let go rather than let memory grow without bound.
    static let limit = 100

    mutating func record(_ step: Step) {
        steps.append(step)
        if steps.count > Self.limit {
            steps.removeFirst(steps.count - Self.limit)
            trimmed = true
        }
        changes.append(.applied(Line(summary: step.summary, statement: step.statement)))
    }

    /// Takes the last step off; nil when there is nothing to undo.
    mutating func undo() -> Step? {
        guard let step = steps.popLast() else { return nil }
        if case .applied = changes.last {
            changes.removeLast()
        } else {
            changes.append(.undoneAfterSave(Line(summary: step.summary, statement: step.statement)))
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
