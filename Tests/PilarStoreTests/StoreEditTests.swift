import PilarCore
import Testing
@testable import PilarStore

/// Edits through `Store.applying`: the loader's rules apply, derived fields and collections
/// stay right, and a refused edit changes nothing.
struct StoreEditTests {
    let store: Store

    init() throws {
        store = try Fixture().load()
    }

    private func problem(_ edit: StoreEdit) -> EditProblem? {
        do {
            _ = try store.applying(edit)
            return nil
        } catch {
            return error
        }
    }

    @Test func insertingAMeasurementComputesItsAchievement() throws {
        let outcome = try store.applying(.insert(.measurement, rows: [
            ["indicator": .text("MOB-01.2"), "year": .int(2020), "target": .int(40), "actual": .decimal(38)],
        ]))
        #expect(outcome.summary == "1 measurement inserted")
        let new = outcome.store
        #expect(new.table(.measurement).count == store.table(.measurement).count + 1)
        // Negative polarity: (2 × 40 − 38) / 40 × 100 = 105.
        #expect(new.column(.measurement, "achievement").last == .decimal(105))
        #expect(new.column(.measurement, "band").last == .text("very high"))
        // The indicator's collection sees the new row; the old store is unchanged.
        let indicator = new.table(.indicator).codeIndex["MOB-01.2"]!
        #expect(new.childIndex(of: .indicator, collection: "measurements")!.children(of: Int(indicator)).count == 2)
        #expect(store.childIndex(of: .indicator, collection: "measurements")!.children(of: Int(indicator)).count == 1)
        #expect(new.generation != store.generation)
    }

    @Test func valuesAreCheckedAsTheLoaderChecksThem() {
        let unknown = problem(.insert(.measurement, rows: [["indicator": .text("MOB-01.3"), "year": .int(2020), "target": .int(1)]]))
        #expect(unknown?.message == "unknown indicator 'MOB-01.3' in field 'indicator'")
        #expect(unknown?.hint == "did you mean 'MOB-01.1'?")
        #expect(unknown?.record == 0 && unknown?.field == "indicator")

        let year = problem(.insert(.measurement, rows: [["indicator": .text("MOB-01.1"), "year": .int(219), "target": .int(1)]]))
        #expect(year?.message == "year '219' in field 'year' is outside the range 1900 to 2200")

        let missing = problem(.insert(.measurement, rows: [["indicator": .text("MOB-01.1"), "year": .int(2024)]]))
        #expect(missing?.message == "missing value for required field 'target'")
        #expect(missing?.hint == "every measurement needs a target; only 'actual' may be empty (not yet reported)")

        let status = problem(.update(.programme, rows: [0], fields: ["status"], values: [[.text("don")]]))
        #expect(status?.message == "unknown status 'don' in field 'status'")
        #expect(status?.hint == "did you mean 'done'?")

        let budget = problem(.update(.programme, rows: [0], fields: ["budget"], values: [[.int(-5)]]))
        #expect(budget?.message == "negative budget '-5' in field 'budget'")

        let derived = problem(.update(.measurement, rows: [0], fields: ["band"], values: [[.text("high")]]))
        #expect(derived?.message == "band is computed by pilar and cannot be set")

        let field = problem(.insert(.opd, rows: [["code": .text("X"), "name": .text("X"), "knid": .text("dinas")]]))
        #expect(field?.message == "unknown field 'knid' of opd")
        #expect(field?.hint == "did you mean 'kind'?")
    }

    @Test func keysStayUnique() {
        let measurement = problem(.insert(.measurement, rows: [["indicator": .text("MOB-01.1"), "year": .int(2019), "target": .int(1)]]))
        #expect(measurement?.message == "measurement with indicator 'MOB-01.1', year 2019 already exists")
        #expect(measurement?.record == 0)

        let code = problem(.insert(.opd, rows: [
            ["code": .text("NEW"), "name": .text("A")],
            ["code": .text("NEW"), "name": .text("B")],
        ]))
        #expect(code?.message == "opd with code 'NEW' already exists")
        #expect(code?.record == 1)

        let renamed = problem(.update(.opd, rows: [1], fields: ["code"], values: [[.text("DISHUB")]]))
        #expect(renamed?.message == "opd with code 'DISHUB' already exists")
    }

    @Test func rulesAcrossFieldsApply() {
        let years = problem(.update(.programme, rows: [0], fields: ["start_year"], values: [[.int(2030)]]))
        #expect(years?.message == "start_year 2030 is after end_year 2023")
        #expect(years?.hint == "a programme cannot end before it starts")
    }

    @Test func changingPolarityRecomputesTheMeasurements() throws {
        let row = store.table(.indicator).codeIndex["MOB-01.1"]!
        let outcome = try store.applying(.update(.indicator, rows: [row], fields: ["polarity"], values: [[.text("negative")]]))
        #expect(outcome.summary == "1 indicator updated")
        // 9500 of 10000, now lower is better: (20000 − 9500) / 10000 × 100 = 105.
        #expect(outcome.store.column(.measurement, "achievement").first == .decimal(105))
    }

    @Test func changingACodeKeepsTheReferences() throws {
        let outcome = try store.applying(.update(.opd, rows: [0], fields: ["code"], values: [[.text("DISHUB-PKU")]]))
        let new = outcome.store
        #expect(new.code(of: .opd, row: 0) == "DISHUB-PKU")
        // The programme still refers to the same row, now shown by its new code.
        #expect(new.column(.programme, "opd").first == .ref(.opd, 0))
        #expect(new.table(.opd).codeIndex["DISHUB-PKU"] == 0 && new.table(.opd).codeIndex["DISHUB"] == nil)
    }

    @Test func deletingReferencedRowsIsRefusedUnlessCascaded() throws {
        let refused = problem(.delete(.programme, rows: [0], cascade: false))
        #expect(refused?.message == "cannot delete 1 programme: 2 indicators refer to it")
        #expect(refused?.hint == "delete those first, or use '| delete cascade' to delete them too")

        let outcome = try store.applying(.delete(.programme, rows: [0], cascade: true))
        #expect(outcome.summary == "1 programme deleted (and 2 indicators, 3 measurements with it)")
        let new = outcome.store
        #expect(new.table(.programme).count == 1 && new.table(.indicator).count == 1 && new.table(.measurement).count == 1)
        // Rows after the deleted ones moved up, and references followed them.
        #expect(new.column(.indicator, "programme") == [.ref(.programme, 0)])
        #expect(new.code(of: .programme, row: 0) == "ENV-01")
        #expect(new.column(.measurement, "indicator") == [.ref(.indicator, 0)])
        #expect(new.code(of: .indicator, row: 0) == "ENV-01.1")
        let dlhk = new.table(.opd).codeIndex["DLHK"]!
        #expect(Array(new.childIndex(of: .opd, collection: "programmes")!.children(of: Int(dlhk))) == [0])
    }

    @Test func deletingLeavesRowsNothingRefersTo() throws {
        let outcome = try store.applying(.delete(.measurement, rows: [0, 2], cascade: false))
        #expect(outcome.summary == "2 measurements deleted")
        #expect(outcome.store.table(.measurement).count == 2)
    }

    @Test func upsertSetsAnExistingYearOrAddsAMissingOne() throws {
        let outcome = try store.applying(.upsert(.measurement, rows: [
            ["indicator": .text("MOB-01.1"), "year": .int(2020), "actual": .int(11000)],
            ["indicator": .text("MOB-01.1"), "year": .int(2021), "target": .int(14000)],
        ]))
        #expect(outcome.summary == "1 measurement inserted, 1 updated")
        let new = outcome.store
        #expect(new.column(.measurement, "actual")[1] == .decimal(11000))
        #expect(new.table(.measurement).count == store.table(.measurement).count + 1)

        let keyless = problem(.upsert(.measurement, rows: [["indicator": .text("MOB-01.1"), "actual": .int(1)]]))
        #expect(keyless?.message == "upsert needs the key of each measurement: indicator, year")
        let newWithoutTarget = problem(.upsert(.measurement, rows: [["indicator": .text("MOB-01.1"), "year": .int(2030), "actual": .int(1)]]))
        #expect(newWithoutTarget?.message == "missing value for required field 'target'")
    }

    @Test func aRefusedStatementChangesNothing() throws {
        // The second record is bad: the first one must not be kept either.
        let refused = problem(.insert(.opd, rows: [
            ["code": .text("A"), "name": .text("First")],
            ["code": .text("B")],
        ]))
        #expect(refused?.record == 1 && refused?.field == "name")
        #expect(store.table(.opd).count == 2)
    }

    @Test func aProgrammeCanReferToAnOPDInsertedEarlierInTheStatementOnlyWhenItIsThere() throws {
        let outcome = try store.applying(.insert(.opd, rows: [["code": .text("BAPPEDA"), "name": .text("Bappeda")]]))
        let next = try outcome.store.applying(.insert(.programme, rows: [[
            "code": .text("GOV-01"), "name": .text("Planning"), "opd": .text("BAPPEDA"), "pillar": .text("governance"),
            "horizon": .text("short"), "start_year": .int(2024), "end_year": .int(2025), "status": .text("planned"),
        ]]))
        #expect(next.store.column(.programme, "opd").last == .ref(.opd, 2))
        #expect(next.store.column(.programme, "budget").last == .null)
    }
}

/// Deleting a row that nothing refers to from the middle of a table moves the rows after it
/// up: the references to them, in tables that lose no row, must follow.
struct DeleteRemapTests {
    @Test func referencesFollowRowsThatMoveUp() throws {
        var store = MasterplanLoader.emptyStore()
        store = try store.applying(.insert(.opd, rows: [
            ["code": .text("A"), "name": .text("a")], ["code": .text("B"), "name": .text("b")], ["code": .text("C"), "name": .text("c")],
        ])).store
        store = try store.applying(.insert(.programme, rows: [[
            "code": .text("P1"), "name": .text("p"), "opd": .text("B"), "pillar": .text("mobility"), "horizon": .text("short"),
            "start_year": .int(2020), "end_year": .int(2021), "status": .text("planned"),
        ]])).store
        let a = store.table(.opd).codeIndex["A"]!
        let after = try store.applying(.delete(.opd, rows: [a], cascade: false)).store
        #expect(after.column(.programme, "opd").map { value -> String in
            if case .ref(let entity, let row) = value { return after.code(of: entity, row: row) }
            return "?"
        } == ["B"])
        // A pillar nothing refers to, deleted from the front: every programme keeps its pillar.
        let pillars = try after.applying(.delete(.pillar, rows: [0], cascade: false)).store
        #expect(pillars.column(.programme, "pillar").map { value -> String in
            if case .ref(let entity, let row) = value { return pillars.code(of: entity, row: row) }
            return "?"
        } == ["mobility"])
    }
}

/// What an edit stores, a saved file must give back: "" is null (and refused where a value is
/// required), and a NUL character cannot be saved.
struct EditTextTests {
    @Test func emptyTextIsNullAndNulIsRefused() throws {
        let store = try Fixture().load()
        #expect(throws: EditProblem.self) { try store.applying(.update(.opd, rows: [0], fields: ["name"], values: [[.text("")]])) }
        #expect(throws: EditProblem.self) { try store.applying(.insert(.opd, rows: [["code": .text(""), "name": .text("x")]])) }
        #expect(throws: EditProblem.self) { try store.applying(.update(.opd, rows: [0], fields: ["name"], values: [[.text("a\u{0}b")]])) }
        let head = try store.applying(.update(.opd, rows: [0], fields: ["head"], values: [[.text("")]])).store
        #expect(head.column(.opd, "head").first == .null)
    }
}

struct UpsertCountTests {
    @Test func rowsAreCountedNotRecords() throws {
        let store = try Fixture().load()
        let outcome = try store.applying(.upsert(.opd, rows: [
            ["code": .text("Q"), "name": .text("a")], ["code": .text("Q"), "name": .text("b")],
            ["code": .text("DISHUB"), "kind": .text("badan")], ["code": .text("DISHUB"), "head": .text("Sari")],
        ]))
        #expect(outcome.summary == "1 OPD inserted, 1 updated")
        #expect(outcome.store.column(.opd, "name").last == .text("b"))
    }
}
