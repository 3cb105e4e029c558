import PilarCore
@testable import PilarLanguage
import PilarStore
import Testing

/// What the checker makes of insert/upsert statements and update/delete stages, before
/// anything reaches the store.
@Suite struct EditCheckerTests {
    func check(_ text: String, bindings: [String: RowType] = [:]) throws -> [PlannedStatement] {
        let source = SourceFile(name: "t", text: text)
        let script = try Parser.parse(source)
        var checker = Checker(store: Tiny.store, source: source, parameters: [:], bindings: bindings)
        var planned: [PlannedStatement] = []
        for statement in script.statements { planned.append(try checker.check(statement)) }
        return planned
    }

    func checkError(_ text: String) -> Diagnostic? {
        do { _ = try check(text); return nil } catch let error as Diagnostic { return error } catch { return nil }
    }

    @Test func insertResolvesTheSourceAndFields() throws {
        guard case .insert(let insert) = try check("insert measurements [{indicator: 'MOB-01.2', year: 2024, target: 80}, {indicator: 'GOV-01.1', year: 2021, target: 1.5, actual: null}]")[0] else {
            Issue.record("insert"); return
        }
        #expect(insert.entity == .measurement && !insert.upsert)
        #expect(insert.records.map { $0.fields.map(\.name) } == [["indicator", "year", "target"], ["indicator", "year", "target", "actual"]])
        guard case .insert(let programs) = try check("upsert programs {code: 'X', name: 'y'}")[0] else { Issue.record("upsert"); return }
        #expect(programs.entity == .programme && programs.upsert)
    }

    @Test func insertRefusesUnknownDerivedAndMistypedFields() {
        #expect(checkError("insert opds {code: 'A', nmae: 'B'}")?.hint == "did you mean 'name'?")
        #expect(checkError("insert opds {code: 'A', nmae: 'B'}")?.span == Span(24, 28))
        #expect(checkError("insert measurements {indicator: 'MOB-01.1', year: 2024, target: 1, band: 'high'}")?.message
                == "'band' is derived and cannot be set")
        #expect(checkError("insert opds {code: 'A', programmes: 'B'}")?.message == "'programmes' is a relation of opd, not a stored field")
        #expect(checkError("insert opd {code: 'A'}")?.hint == "sources are plural: opds")
        #expect(checkError("insert opdss {code: 'A'}")?.hint == "did you mean 'opds'?")
        #expect(checkError("insert measurements {year: '2024'}")?.message == "'year' holds whole numbers, not text")
        #expect(checkError("insert measurements {year: '2024'}")?.hint == "numbers are written without quotes: year: 2024")
        #expect(checkError("insert opds {code: 5}")?.message == "'code' holds text, not int")
        #expect(checkError("insert opds {code: null}")?.message == "'code' cannot be null")
        #expect(checkError("insert opds {code: 'A', code: 'B'}")?.message == "'code' is given twice in this record")
        let badEnum = checkError("insert programmes {code: 'X', horizon: 'quickwin'}")
        #expect(badEnum?.message == "\"quickwin\" is not a horizon")
        #expect(badEnum?.hint == "did you mean \"quick-win\"?")
        #expect(checkError("insert programmes {code: 'X', pillar: 'mobilty'}")?.hint == "did you mean \"mobility\"?")
        #expect(checkError("insert programmes {code: 'X', opd: 1}")?.message == "'opd' holds opd codes, not int")
        #expect(checkError("insert programmes {code: 'X', budget: nope}")?.message == "unknown column 'nope'")
    }

    @Test func upsertNeedsTheKeyInEveryRecord() {
        let missing = checkError("upsert measurements [{indicator: 'MOB-01.1', year: 2019, target: 1}, {indicator: 'MOB-01.1', target: 2}]")
        #expect(missing?.message == "upsert finds the measurement by its key, but this record has no 'year'")
        #expect(missing?.span == Span(69, 103))
        #expect(checkError("upsert opds {name: 'x'}")?.message == "upsert finds the opd by its key, but this record has no 'code'")
    }

    @Test func insertIntoALetIsRefused() {
        do {
            _ = try check("insert weak {code: 'A'}", bindings: ["weak": RowType(entity: .measurement)])
            Issue.record("expected an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message == "cannot insert into 'weak': it is a let result, not stored data")
        } catch {}
    }

    @Test func updateAndDeleteWorkOnRowsOfAnEntity() throws {
        guard case .edit(let update) = try check("measurements | where year == 2019 | extend a = actual | update actual = a * 2, target = avg(target)")[0],
              case .update(_, let fields) = update.kind else { Issue.record("update"); return }
        #expect(update.entity == .measurement)
        #expect(fields.map(\.name) == ["actual", "target"])
        guard case .edit(let delete) = try check("programmes | where code == 'MOB-02' | delete cascade")[0],
              case .delete(let cascade) = delete.kind else { Issue.record("delete"); return }
        #expect(delete.entity == .programme && cascade)
    }

    @Test func updateAndDeleteNameWhyTheRowsAreNotStored() {
        #expect(checkError("programmes | select code | delete")?.message
                == "'delete' needs rows of a source, but after 'select' the rows are records")
        #expect(checkError("programmes | summarize n = count() by pillar | update n = 1")?.message
                == "'update' needs rows of a source, but after 'summarize' the rows are records")
        #expect(checkError("programmes | count | delete")?.message == "'delete' needs rows of a source, but after 'count' there is only a count")
        #expect(checkError("programmes | distinct pillar | sort pillar | delete")?.message
                == "'delete' needs rows of a source, but after 'distinct' the rows are records")
        #expect(checkError("programmes | distinct pillar | delete")?.span == Span(31, 37))
        #expect(checkError("measurements | update achievement = 1")?.message == "'achievement' is derived and cannot be set")
        #expect(checkError("measurements | update actul = 1")?.hint == "did you mean 'actual'?")
        #expect(checkError("measurements | extend x = 1 | update x = 2")?.message
                == "'x' is a column computed in this query, not a stored field of measurement")
        #expect(checkError("measurements | update actual = 'high'")?.message == "'actual' holds numbers, not text")
        #expect(checkError("measurements | update actual = 1, actual = 2")?.message == "'actual' is set twice in this update")
        #expect(checkError("programmes | update status = 'stalld'")?.hint == "did you mean \"stalled\"?")
    }

    @Test func aLetOfRecordsCannotBeEdited() {
        do {
            _ = try check("x | delete", bindings: ["x": RowType(entity: nil, columns: [ColumnInfo(name: "n", type: .int)])])
            Issue.record("expected an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message.hasPrefix("'delete' needs rows of a source, but 'x' holds records"))
        } catch {}
    }
}
