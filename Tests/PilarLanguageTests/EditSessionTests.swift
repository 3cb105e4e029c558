import PilarCore
@testable import PilarLanguage
import PilarStore
import Testing

/// Running edits in a session: the `StoreEdit` built from a statement, notes, all-or-nothing,
/// located store refusals, stale `let` results, `.undo` and `.changes`. The store's `applying`
/// is replaced by a stand-in that records the edit and returns a new version of the same data,
/// so these tests say what the language does whatever the store decides.
@Suite struct EditSessionTests {
    /// A session on the tiny store whose edits go to `applied` and come back as a new store
    /// version with the summary "edit N", unless `refuse` gives a problem.
    final class Harness {
        let session = Session(store: Tiny.store, format: .csv)
        var applied: [StoreEdit] = []
        var refuse: EditProblem?
        var output: [String] = []
        var errors: [Diagnostic] = []

        init() {
            session.applyEdit = { [unowned self] store, edit throws(EditProblem) in
                if let refuse { throw refuse }
                applied.append(edit)
                let tables = store.catalog.entities.map { store.table($0) }
                return EditOutcome(store: Store(title: store.title, tables: tables), summary: "edit \(applied.count)", changesNothing: false)
            }
        }

        @discardableResult
        func run(_ text: String) -> Bool {
            session.run(SourceFile(name: "t", text: text)) { event in
                switch event {
                case .note(let note): self.output.append("note: " + note.dropLast())
                case .text(let text): self.output.append(String(text.dropLast()))
                case .result: self.output.append("result")
                case .error(let diagnostic): self.errors.append(diagnostic)
                default: break
                }
            }
        }
    }

    @Test func insertBuildsRowsOfStoredValues() {
        let harness = Harness()
        #expect(harness.run("insert measurements {indicator: \"MOB-01.2\", year: 2024, target: 80, actual: 40 * 2.5}"))
        guard case .insert(let entity, let rows) = harness.applied.first else { Issue.record("insert"); return }
        #expect(entity == .measurement)
        // An int literal for a decimal field arrives as a decimal.
        #expect(rows == [["indicator": .text("MOB-01.2"), "year": .int(2024), "target": .decimal(80), "actual": .decimal(100)]])
        #expect(harness.output == ["note: edit 1"])
        #expect(harness.session.hasUnsavedChanges)
    }

    @Test func upsertKeepsItsFlagAndAListKeepsItsOrder() {
        let harness = Harness()
        harness.run("upsert opds [{code: 'A', name: 'x'}, {code: 'B', name: upper('y')}]")
        guard case .upsert(let entity, let rows) = harness.applied.first else { Issue.record("upsert"); return }
        #expect(entity == .opd)
        #expect(rows.map { $0["name"] } == [.text("x"), .text("Y")])
    }

    @Test func updateSendsEachRowsValuesComputedBeforeTheChange() {
        let harness = Harness()
        harness.run("measurements | where year == 2019 | update actual = actual * 2, target = max(target)")
        guard case .update(let entity, let rows, let fields, let values) = harness.applied.first else { Issue.record("update"); return }
        #expect(entity == .measurement)
        #expect(rows == [0, 2, 4, 5])
        #expect(fields == ["actual", "target"])
        #expect(values.map { $0[0] } == [.decimal(200), .decimal(60), .decimal(80), .decimal(200)])
        // max over the rows that reach the update, not over all measurements.
        #expect(values.map { $0[1] } == Array(repeating: .decimal(200), count: 4))
    }

    @Test func deleteSendsTheRowsAndCascade() {
        let harness = Harness()
        harness.run("programmes | where code == 'MOB-02' | delete cascade\nopds | where code == 'BAPPEDA' | delete")
        guard case .delete(let programme, let rows, let cascade) = harness.applied.first else { Issue.record("delete"); return }
        #expect(programme == .programme && rows == [1] && cascade)
        guard case .delete(_, _, let plain) = harness.applied.last else { Issue.record("delete"); return }
        #expect(!plain)
    }

    @Test func aWholeDecimalFitsAnIntFieldAndAFractionIsALocatedError() {
        let harness = Harness()
        #expect(harness.run("programmes | update budget = budget * 1.5"))
        guard case .update(_, _, _, let values) = harness.applied.first else { Issue.record("update"); return }
        #expect(values.map { $0[0] } == [.int(1500), .int(300), .null, .int(450)])
        let before = harness.session.store.generation
        #expect(!harness.run("programmes | update budget = budget / 7"))
        #expect(harness.errors.first?.message.hasPrefix("'budget' holds whole numbers, not 142.857") == true)
        #expect(harness.errors.first?.span == Span(29, 39))
        #expect(harness.session.store.generation == before)
        #expect(!harness.run("measurements | update target = actual"))
        #expect(harness.errors.last?.message == "'target' cannot be null")
    }

    @Test func aRefusalPointsAtTheRecordsFieldAndChangesNothing() {
        let harness = Harness()
        harness.refuse = EditProblem("unknown indicator 'MOB-9'", hint: "did you mean 'MOB-01.1'?", record: 1, field: "indicator")
        let before = harness.session.store.generation
        let script = "insert measurements [{indicator: 'MOB-01.1', year: 2030, target: 1},\n  {indicator: 'MOB-9', year: 2030, target: 1}]\nprint 'after'"
        #expect(!harness.run(script))
        let error = harness.errors.first
        #expect(error?.message == "unknown indicator 'MOB-9'")
        #expect(error?.hint == "did you mean 'MOB-01.1'?")
        #expect(error?.location?.line == 2 && error?.location?.column == 15)
        #expect(harness.session.store.generation == before)
        #expect(!harness.session.hasUnsavedChanges)
        #expect(harness.output.isEmpty, "the script stops at the refused statement")

        harness.refuse = EditProblem("a record without a field", record: 0)
        harness.run("insert opds {code: 'Z'}")
        #expect(harness.errors.last?.span == Span(12, 23))
        harness.refuse = EditProblem("target must be positive", record: 3, field: "target")
        harness.run("measurements | update actual = 1, target = 0")
        #expect(harness.errors.last?.span == Span(34, 44))
        harness.refuse = EditProblem("3 indicators refer to it")
        harness.run("programmes | where code == 'MOB-01' | delete")
        #expect(harness.errors.last?.span == Span(38, 44))
    }

    @Test func aLetOfRowsIsStaleAfterAWriteAndAPlainOneIsNot() {
        let harness = Harness()
        let script = "let weak = measurements | where year == 2019\nlet n = measurements | summarize n = count()\n"
            + "insert opds {code: 'A', name: 'B'}\nn\nweak | count"
        #expect(!harness.run(script))
        // The script is checked before it runs: nothing was applied.
        #expect(harness.applied.isEmpty)
        #expect(harness.errors.first?.message == "'weak' was computed before the data changed (line 1); run its let again")
        #expect(harness.errors.first?.location?.line == 5)

        // At the prompt, statement by statement: the same, decided by the store's version.
        let prompt = Harness()
        prompt.run("let weak = measurements | where year == 2019")
        prompt.run("let codes = programmes | select code, opd")
        prompt.run("let n = measurements | summarize n = count()")
        prompt.run("measurements | where year == 2020 | update actual = 1")
        #expect(prompt.run("n"))
        #expect(!prompt.run("opds | where code in codes.opd | count"))
        #expect(prompt.errors.last?.message == "'codes' was computed before the data changed (line 1); run its let again")
        #expect(!prompt.run("weak | count"))
        prompt.run(".undo")
        #expect(prompt.run("weak | count"), "after .undo the let sees its own version again")
        prompt.run("insert opds {code: 'A', name: 'B'}")
        prompt.run("let weak = measurements | where year == 2019")
        #expect(prompt.run("weak | count"), "a let run again is fresh")
    }

    @Test func undoGoesBackStepByStep() {
        let harness = Harness()
        let loaded = harness.session.store.generation
        harness.run("insert opds {code: 'A', name: 'x'}")
        let afterFirst = harness.session.store.generation
        harness.run("opds | where code == 'A'\n  | update name = 'y'")
        harness.run(".undo")
        #expect(harness.session.store.generation == afterFirst)
        #expect(harness.output.last == "note: undone: edit 2 (opds | where code == 'A' | update name = 'y')")
        harness.run(".undo 1")
        #expect(harness.session.store.generation == loaded)
        #expect(!harness.session.hasUnsavedChanges)
        harness.run(".undo")
        #expect(harness.output.last == "note: nothing to undo")
        harness.run("insert opds {code: 'A', name: 'x'}; insert opds {code: 'B', name: 'x'}; .undo 2")
        #expect(harness.session.store.generation == loaded)
        #expect(harness.errors.isEmpty)
        harness.run(".undo 0")
        #expect(harness.errors.last?.message == ".undo takes a number of steps, not '0'")
    }

    @Test func changesListsTheEditsSinceTheLoadOrTheSave() {
        let harness = Harness()
        harness.run(".changes")
        #expect(harness.output.last == "no changes since the load")
        harness.run("insert opds {code: 'A', name: 'x'}\nprogrammes | where code == 'MOB-02' | delete\n.changes")
        #expect(harness.output.last == "edit 1: insert opds {code: 'A', name: 'x'}\n"
                + "edit 2: programmes | where code == 'MOB-02' | delete")
        harness.session.markSaved()
        harness.run(".changes")
        #expect(harness.output.last == "no changes since the last save")
        harness.run(".undo\n.changes")
        #expect(harness.output.last == "undone since the save: edit 2: programmes | where code == 'MOB-02' | delete")
        #expect(harness.session.hasUnsavedChanges)
    }
}
