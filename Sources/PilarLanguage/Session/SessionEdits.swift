import Foundation
import PilarCore
import PilarStore

/// Writes to the data: applying checked edits, `.undo` and `.changes`, and which `let` results
/// a write has made stale.
extension Session {
    /// `let` results that hold rows or references of another version of the data than the
    /// current one, with the line of their `let`.
    var staleBindings: [String: Int] {
        var stale: [String: Int] = [:]
        for (name, generation) in bindingGenerations where generation != store.generation {
            if let type = bindingTypes[name], Checker.holdsRows(type) { stale[name] = bindingLines[name] ?? 0 }
        }
        return stale
    }

    func apply(_ insert: PlannedInsert, executor: Executor, source: SourceFile, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let builder = EditBuilder(executor: executor, source: source)
        try apply(try builder.edit(for: insert), statement: source.text(of: insert.span), emit: emit) { problem in
            builder.diagnostic(problem, for: insert)
        }
    }

    func apply(_ rowEdit: PlannedRowEdit, executor: Executor, source: SourceFile, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let builder = EditBuilder(executor: executor, source: source)
        try apply(try builder.edit(for: rowEdit), statement: source.text(of: rowEdit.span), emit: emit) { problem in
            builder.diagnostic(problem, for: rowEdit)
        }
    }

    /// `.addcolumn SOURCE NAME`: an extra text column, undoable like any edit.
    func runAddColumn(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        guard let entity = store.catalog.source(named: call.arguments[0]) else { return true }
        let statement = call.source.map { $0.text(of: call.span) } ?? ".addcolumn " + call.arguments.joined(separator: " ")
        try apply(.addColumn(entity, name: call.arguments[1]), statement: statement, emit: emit) { problem in
            Diagnostic(.runtime, problem.text, source: call.source, span: call.span, hint: problem.hintText)
        }
        return true
    }

    /// Applies an edit and commits it; the store's refusal becomes `located(problem)`.
    private func apply(_ edit: StoreEdit, statement: String, emit: (SessionEvent) -> Void,
                       located: (EditProblem) -> Diagnostic) throws(Diagnostic) {
        let outcome: EditOutcome
        do {
            outcome = try applyEdit(store, edit)
        } catch {
            throw located(error)
        }
        commit(outcome, statement: statement, emit: emit)
    }

    /// The one place the store changes by an edit: nothing before this line has touched it, so
    /// a statement that failed anywhere above left the data as it was.
    private func commit(_ outcome: EditOutcome, statement: String, emit: (SessionEvent) -> Void) {
        // "0 measurements updated": nothing to undo, nothing unsaved.
        guard !outcome.changesNothing else {
            emit(.note(outcome.summaryText.text(in: language) + "\n"))
            return
        }
        history.record(EditHistory.Step(previous: store, summary: outcome.summaryText, statement: Session.oneLine(statement)))
        store = outcome.store
        emit(.note(outcome.summaryText.text(in: language) + "\n"))
    }

    /// `.undo [N]`: back to the data before the last N edits.
    func runUndo(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        let count = call.arguments.first.flatMap { Int($0) } ?? 1
        for _ in 0..<count {
            guard let step = history.undo() else {
                emit(history.steps.isEmpty && history.trimmed
                     ? note(SessionNoteMessage.nothingMoreToUndo, ["limit": .text(String(EditHistory.limit))])
                     : note(SessionNoteMessage.nothingToUndo))
                return true
            }
            // Undo takes back data, not where it lives: after `.save DIR` it stays in DIR.
            var previous = step.previous
            previous.origin = store.origin
            previous.isDemo = store.isDemo
            store = previous
            emit(note(SessionNoteMessage.undone, ["summary": .message(step.summary), "statement": .text(step.statement)]))
        }
        return true
    }

    /// `.changes`: one line per edit since the load or the last save.
    func runChanges(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        guard hasUnsavedChanges, !history.changes.isEmpty else {
            let none = Message(history.saved ? SessionNoteMessage.noChangesSinceSave : .noChangesSinceLoad)
            try deliverText(none.text(in: language) + "\n", span: call.span, source: call.origin, emit: emit)
            return true
        }
        var text = ""
        for change in history.changes {
            switch change {
            case .applied(let step): text += line(.changeLine, step)
            case .undoneAfterSave(let step): text += line(.undoneSinceSave, step)
            }
        }
        try deliverText(text, span: call.span, source: call.origin, emit: emit)
        return true
    }

    /// One line of `.changes` in the session's language.
    private func line(_ key: SessionNoteMessage, _ step: EditHistory.Line) -> String {
        Message(key, ["summary": .message(step.summary), "statement": .text(step.statement)]).text(in: language) + "\n"
    }

    /// A statement as one line for `.changes` and undo notes.
    static func oneLine(_ text: String) -> String {
        var line = ""
        for part in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let piece = part.trimmingCharacters(in: .whitespaces)
            guard !piece.isEmpty else { continue }
            // No blank inside brackets where a line break was: `[{…},` + `{…}]` reads `[{…}, {…}]`.
            let opens = line.last.map { "([{".contains($0) } ?? true
            let closes = piece.first.map { ")]}".contains($0) } ?? false
            line += (opens || closes ? "" : " ") + piece
        }
        return line
    }
}
