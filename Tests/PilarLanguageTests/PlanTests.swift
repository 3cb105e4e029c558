import PilarCore
@testable import PilarLanguage
import PilarStore
import Testing

/// The logical plans the checker builds: their shape and the row types between stages.
@Suite struct PlanTests {
    func plan(_ text: String) throws -> LogicalPlan {
        let source = SourceFile(name: "t", text: text)
        let script = try Parser.parse(source)
        var checker = Checker(store: Tiny.store, source: source, parameters: [:], bindings: [:])
        guard case .query(let plan, _) = try checker.check(script.statements[0]) else {
            Issue.record("not a query")
            return .source(.all(.opd), RowType(entity: .opd))
        }
        return plan
    }

    /// A compact picture of a plan, innermost first.
    func shape(_ plan: LogicalPlan) -> String {
        switch plan {
        case .source(.all(let entity), _): Catalog.masterplan[entity].plural
        case .source(.binding(let name), _): name
        case .source: "relation"
        case .filter(let input, _, let aggregates): shape(input) + " → filter" + (aggregates.isEmpty ? "" : "[\(aggregates.count) agg]")
        case .extend(let input, let columns, _, _): shape(input) + " → extend(\(columns.map(\.name).joined(separator: ",")))"
        case .project(let input, let columns, _, _): shape(input) + " → project(\(columns.map(\.name).joined(separator: ",")))"
        case .sort(let input, let keys, _): shape(input) + " → sort(\(keys.map { $0.descending ? "desc" : "asc" }.joined(separator: ",")))"
        case .limit(let input, let count): shape(input) + " → limit(\(count))"
        case .aggregate(let input, let keys, let aggregates, _, _): shape(input) + " → aggregate(\(keys.count) keys, \(aggregates.count) aggs)"
        case .count(let input): shape(input) + " → count"
        case .distinct(let input): shape(input) + " → distinct"
        case .pivot(let input, let pivot): shape(input) + " → pivot(\(pivot.values.count) values)"
        case .unpivot(let input, _): shape(input) + " → unpivot"
        case .totals(let input, _): shape(input) + " → totals"
        case .window(let input, let partition, let sort, let items, _):
            shape(input) + " → window(\(items.map(\.column.name).joined(separator: ","))\("; ")\(partition.count) keys, \(sort.count) sort)"
        }
    }

    @Test func stagesBecomePlanNodes() throws {
        #expect(shape(try plan("programmes | where budget > 0 | sort budget desc, code | take 3")) ==
            "programmes → filter → sort(desc,asc) → limit(3)")
        #expect(shape(try plan("programmes | top 5 by budget")) == "programmes → sort(desc) → limit(5)")
        #expect(shape(try plan("programmes | top 5 by budget asc")) == "programmes → sort(asc) → limit(5)")
        #expect(shape(try plan("programmes | distinct opd")) == "programmes → project(opd) → distinct")
        #expect(shape(try plan("programmes | summarize n = count(), s = sum(budget) by pillar | count")) ==
            "programmes → aggregate(1 keys, 2 aggs) → count")
        #expect(shape(try plan("programmes | where budget > avg(budget)")) == "programmes → filter[1 agg]")
        let window = shape(try plan("programmes | window n = row_number(), s = sum(budget) by opd sort budget desc"))
        #expect(window == "programmes → window(n,s; 1 keys, 1 sort)", "\(window)")
    }

    @Test func rowTypesFlowBetweenStages() throws {
        let extended = try plan("programmes | extend share = budget / 2, late = end_year > 2022").rowType
        #expect(extended.entity == .programme)
        #expect(extended.columns.map(\.name) == ["share", "late"])
        #expect(extended.columns.map(\.type) == [.decimal, .bool])

        let selected = try plan("programmes | select code, opd, n = count(indicators), h = horizon").rowType
        #expect(selected.entity == nil)
        #expect(selected.columns.map(\.type) == [.text, .ref(.opd), .int, .enumeration(.horizon)])

        let summarized = try plan("measurements | summarize avg(achievement), n = count() by year, band").rowType
        #expect(summarized.columns.map(\.name) == ["year", "band", "avg_achievement", "n"])
        #expect(summarized.columns.map(\.type) == [.int, .enumeration(.band), .decimal, .int])

        #expect(try plan("opds | count").rowType.columns.map(\.name) == ["count"])
    }

    @Test func relationsInExpressionsArePlansOverTheRow() throws {
        guard case .extend(_, let columns, _, _) = try plan("opds | extend n = count(programmes | where horizon == 'long')"),
              case .countRows(let inner) = columns[0].expression else {
            Issue.record("expected count over a relation")
            return
        }
        #expect(shape(inner) == "relation → filter")
        #expect(inner.rowType.entity == .programme)
    }
}
