import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// Nested pipelines that do not depend on the outer row are marked in the plan and computed
/// once per run; correlated ones stay per row and give the same answers as before.
@Suite struct InvarianceTests {
    func planned(_ text: String) throws -> (LogicalPlan, SourceFile) {
        let source = SourceFile(name: "t", text: text)
        let script = try Parser.parse(source)
        var checker = Checker(store: Tiny.store, source: source, parameters: [:], bindings: [:])
        guard case .query(let plan, _) = try checker.check(script.statements[0]) else {
            Issue.record("not a query")
            return (.source(.all(.opd), RowType(entity: .opd)), source)
        }
        return (plan, source)
    }

    /// Runs a query and reports its CSV and how many row-free parts were computed.
    func run(_ text: String) throws -> (csv: String, computations: Int) {
        let (plan, source) = try planned(text)
        let executor = Executor(store: Tiny.store, source: source, bindings: [:], interrupt: nil)
        let frame = try executor.run(plan)
        let csv = Renderer.render(ResultBuilder(store: Tiny.store).build(frame), RenderOptions(format: .csv))
        return (csv, executor.invariants.computations)
    }

    /// The expression of the first column a query's last extend/project computes.
    func firstColumn(_ plan: LogicalPlan) -> BoundExpression? {
        switch plan {
        case .extend(_, let columns, _, _), .project(_, let columns, _, _): columns.first?.expression
        case .filter(_, let predicate, _): predicate
        default: nil
        }
    }

    @Test func aPipelineOverASourceIsMarkedOnce() throws {
        let (plan, _) = try planned("measurements | extend n = count(measurements)")
        guard case .invariant(_, .countRows) = firstColumn(plan) else {
            Issue.record("count(measurements) should be marked invariant: \(String(describing: firstColumn(plan)))")
            return
        }
    }

    @Test func aRelationOfTheRowIsNotMarked() throws {
        let (plan, _) = try planned("opds | extend n = count(programmes)")
        guard case .countRows = firstColumn(plan) else {
            Issue.record("count(programmes) of an OPD depends on the row: \(String(describing: firstColumn(plan)))")
            return
        }
        let (filtered, _) = try planned("opds | extend n = count(programmes | where budget > 0)")
        guard case .countRows = firstColumn(filtered) else {
            Issue.record("a filtered relation of the row depends on the row")
            return
        }
    }

    @Test func inOverASourceBecomesASetAndTheNeedleStaysPerRow() throws {
        let (plan, _) = try planned("measurements | where year in measurements.year")
        guard case .inInvariantList(.field, _, .perRow, _, negated: false) = firstColumn(plan) else {
            Issue.record("expected an invariant in-list: \(String(describing: firstColumn(plan)))")
            return
        }
        // A literal list of constants runs no plan: nothing to save, left alone.
        let (literal, _) = try planned("measurements | where year in [2019, 2020]")
        guard case .inList = firstColumn(literal) else {
            Issue.record("a literal list needs no mark")
            return
        }
    }

    @Test func theLargestRowFreePartIsMarkedAndNestedPlansInsideCorrelatedOnesToo() throws {
        let (sum, _) = try planned("programmes | extend share = budget / sum(programmes.budget) * 100")
        guard case .arithmetic(_, .arithmetic(_, .field, .invariant(_, .aggregateOfList), _), .constant, _) = firstColumn(sum) else {
            Issue.record("sum(programmes.budget) over the source is row-free: \(String(describing: firstColumn(sum)))")
            return
        }
        let (nested, _) = try planned("opds | extend n = count(programmes | where budget > count(measurements))")
        guard case .countRows(.filter(_, .compare(_, _, .invariant, _), _)) = firstColumn(nested) else {
            Issue.record("a row-free part inside a correlated pipeline is marked: \(String(describing: firstColumn(nested)))")
            return
        }
    }

    @Test func anInvariantPipelineRunsOncePerRunNotPerRow() throws {
        let counted = try run("measurements | extend n = count(measurements) | select indicator, year, n")
        #expect(counted.csv.split(separator: "\n").count == 7)
        #expect(counted.csv.hasSuffix("GOV-01.1,2019,6\n"))
        #expect(counted.computations == 1)

        let member = try run("measurements | where year in (measurements | where actual > 200).year | select indicator, year")
        #expect(member.csv == "indicator,year\nMOB-01.1,2020\nMOB-01.2,2020\n")
        #expect(member.computations == 1)

        let correlated = try run("opds | extend n = count(programmes), m = count(programmes | where budget > count(measurements))")
        #expect(correlated.csv.contains("DISHUB,Dinas Perhubungan,dinas,Budi,2,2\n"))
        #expect(correlated.csv.contains("DINKES,Dinas Kesehatan,dinas,,1,0\n"))
        // The inner count(measurements) is row-free at every level: once for all OPDs.
        #expect(correlated.computations == 1)
    }

    @Test func aPartNoRowReachesIsNeverComputed() throws {
        let none = try run("measurements | where year > 3000 | extend n = count(measurements)")
        #expect(none.computations == 0)
        let branch = try run("opds | extend n = if(code == 'none', count(measurements), 0) | select n")
        #expect(branch.csv == "n\n0\n0\n0\n")
        #expect(branch.computations == 0)
    }

    /// The hash set gives exactly the linear scan's answers: numbers by value (1 == 1.0),
    /// domains and references by their text, three-valued null logic, `not in`.
    @Test func membershipMatchesTheLinearScan() throws {
        let cases: [(String, String)] = [
            ("programmes | where budget in programmes.budget | count", "count\n3\n"),
            ("programmes | where budget * 1.0 in programmes.budget | count", "count\n3\n"),
            ("programmes | where budget not in (programmes | where budget > 250).budget | select code", "code\nMOB-02\n"),
            // PPL-01 has no budget: `x not in` a list holding null is null (unknown), so dropped.
            ("programmes | where code not in (programmes | where budget > 250).code | select code", "code\nMOB-02\nPPL-01\n"),
            ("programmes | where 200 not in programmes.budget | count", "count\n0\n"),
            ("programmes | extend x = 5 not in programmes.budget | select code, x | take 1", "code,x\nMOB-01,\n"),
            ("programmes | extend x = 1000 in programmes.budget | select x | take 1", "x\ntrue\n"),
            ("programmes | where horizon in (programmes | where opd == 'DISHUB').horizon | select code", "code\nMOB-01\nMOB-02\nGOV-01\n"),
            ("programmes | where opd in (programmes | where pillar == 'people').opd | select code", "code\nPPL-01\n"),
            ("indicators | where programme in (programmes | where budget > 250).code | select code", "code\nMOB-01.1\nMOB-01.2\nGOV-01.1\n"),
            ("programmes | where pillar in (programmes | where opd == 'DISHUB').pillar | count", "count\n2\n"),
            ("programmes | where name in opds.name | count", "count\n0\n"),
        ]
        for (query, expected) in cases {
            #expect(Tiny.run(query) == expected, "\(query)")
        }
    }

    /// Marked and unmarked plans give the same rows on the demo masterplan: the marking only
    /// changes how often a part is computed.
    @Test(arguments: [
        // The unmarked plans are quadratic: a slice of the measurements keeps this quick.
        "measurements | take 150 | extend n = count(measurements), s = sum(measurements.actual) | sort achievement desc",
        "measurements | take 150 | where year in (measurements | where band == 'very low').year | count",
        "measurements | take 300 | where indicator in (indicators | where polarity == 'negative').code | count",
        "measurements | take 150 | where indicator not in (measurements | where actual is null).indicator | count",
        "programmes | where opd in (opds | where kind == 'badan').code | select code, opd",
        "programmes | where pillar not in (programmes | where budget > 20_000_000_000).pillar | count",
        "programmes | where horizon in (programmes | where status == 'stalled').horizon | count",
        "programmes | where budget in (programmes | where pillar == 'mobility').budget | count",
        "programmes | where budget * 1.0 in programmes.budget | count",
        "opds | extend n = count(programmes), m = count(programmes | where budget > avg(programmes.budget)) | sort n desc",
        "opds | extend all = count(programmes | where opd in (opds | where kind == 'dinas').code) | select code, all",
        "pillars | extend share = sum(programmes.budget) / sum(indicators.programme.budget) | select code, share",
        "programmes | summarize n = count() by pillar | extend m = count(programmes), share = n * 100 / count(programmes)",
    ])
    func markingDoesNotChangeResults(_ query: String) throws {
        let store = DemoMasterplan.load()
        let source = SourceFile(name: "t", text: query)
        let script = try Parser.parse(source)
        guard case .query(let pipeline) = script.statements[0].kind else {
            Issue.record("not a query")
            return
        }
        let checker = Checker(store: store, source: source, parameters: [:], bindings: [:])
        let unmarked = try checker.checkPipeline(pipeline)
        let marked = InvariantMarker.mark(unmarked)
        func csv(_ plan: LogicalPlan) throws -> String {
            let frame = try Executor(store: store, source: source, bindings: [:], interrupt: nil).run(plan)
            return Renderer.render(ResultBuilder(store: store).build(frame), RenderOptions(format: .csv))
        }
        let expected = try csv(unmarked)
        #expect(expected.split(separator: "\n").count > 1)
        #expect(try csv(marked) == expected)
    }

    /// Every pairing of a needle with a row-free list (across types, so every comparison
    /// mode, nulls included) answers the same through the hash set as item by item.
    @Test func membershipAgreesWithTheLinearScanForEveryPairing() throws {
        let needles = ["budget", "budget * 1.0", "code", "opd", "pillar", "horizon", "status", "start_year", "name",
                       "null", "funding", "opd.name", "start_year > 2018"]
        let fields = ["budget", "code", "opd", "pillar", "horizon", "status", "end_year", "funding", "name", "opd.code"]
        let sources = ["programmes", "(programmes | where budget > 250)", "(programmes | where budget is null)"]
        var compared = 0
        for needle in needles {
            for field in fields {
                for source in sources {
                    for form in ["programmes | where \(needle) in \(source).\(field) | select code",
                                 "programmes | extend x = \(needle) not in \(source).\(field) | select code, x"] {
                        let text = SourceFile(name: "t", text: form)
                        guard let script = try? Parser.parse(text), case .query(let pipeline) = script.statements[0].kind else {
                            continue
                        }
                        let checker = Checker(store: Tiny.store, source: text, parameters: [:], bindings: [:])
                        // Pairings the checker refuses (int in text, …) have nothing to compare.
                        guard let unmarked = try? checker.checkPipeline(pipeline) else { continue }
                        let executor = { Executor(store: Tiny.store, source: text, bindings: [:], interrupt: nil) }
                        let expected = try executor().run(unmarked)
                        let actual = try executor().run(InvariantMarker.mark(unmarked))
                        #expect(actual.columns == expected.columns && actual.ids == expected.ids, "\(form)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 150)
    }

    @Test func printAndLetAreMarkedToo() {
        #expect(Tiny.run("print count(measurements) + 1") == "7\n")
        #expect(Tiny.run("let m = measurements | extend n = count(measurements)\nm | distinct n") == "n\n6\n")
    }
}
