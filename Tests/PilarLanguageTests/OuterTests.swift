import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// `outer.NAME` in nested pipelines: checked like any name, evaluated on the row around the
/// pipeline, and never cached once per statement.
@Suite struct OuterTests {
    @Test func outerReadsTheRowTheNestedPipelineIsComputedFor() {
        #expect(Tiny.run("measurements | where indicator == \"MOB-01.1\" | select year, p = max((indicator.measurements | where year == outer.year - 1).actual)")
            == "year,p\n2019,\n2020,100\n")
    }

    @Test func outerOuterGoesTwoPipelinesOut() {
        #expect(Tiny.run("programmes | select code, n = count(indicators | where count(measurements | where year == 2019 and outer.outer.code == \"MOB-01\") > 0)")
            == "code,n\nMOB-01,2\nMOB-02,0\nPPL-01,0\nGOV-01,0\n")
        #expect(Tiny.diagnostic("programmes | select n = count(indicators | where outer.outer.code == \"x\")")?.message
            == "there is 1 pipeline around this one, not 2")
    }

    @Test func anOuterInANestedSourceIsReadFromItsOwnLevel() {
        // The innermost source `outer.indicator.measurements` is checked in the middle
        // pipeline, so its outer is the top measurement; its `outer.year` is the middle row's.
        #expect(Tiny.run("measurements | where indicator == \"MOB-01.1\" | select year, n = count(indicator.measurements | where count(outer.indicator.measurements | where year <= outer.year) == 2)")
            == "year,n\n2019,1\n2020,1\n")
    }

    @Test func namesAreCheckedWithHints() {
        #expect(Tiny.diagnostic("measurements | extend y = year | extend p = count(indicator.measurements | where year == y)")?.hint
            == "write outer.y to use the outer row's y")
        let unknown = Tiny.diagnostic("measurements | extend p = count(indicator.measurements | where year == outer.yer)")
        #expect(unknown?.message == "unknown field 'yer' of measurement")
        #expect(unknown?.hint == "did you mean 'year'?")
        #expect(Tiny.diagnostic("measurements | where outer.year > 0")?.message
            == "'outer' has no row here: it names the row a nested pipeline is computed for")
    }

    @Test func completionOffersOuterInsideANestedPipelineOnly() {
        let completer = Completer(session: Session(store: Tiny.store))
        #expect(completer.complete("measurements | extend n = count(indicator.measurements | where year == out").candidates == ["outer"])
        #expect(completer.complete("measurements | where out").candidates.isEmpty)
    }

    @Test func aPipelineUsingOuterIsPerRowNeverCached() throws {
        let source = SourceFile(name: "t", text: "measurements | extend n = count(measurements | where year == outer.year) | select year, n")
        let script = try Parser.parse(source)
        var checker = Checker(store: Tiny.store, source: source, parameters: [:], bindings: [:])
        guard case .query(let plan, _) = try checker.check(script.statements[0]) else {
            Issue.record("not a query")
            return
        }
        guard case .project(.extend(_, let columns, _, _), _, _, _) = plan else {
            Issue.record("unexpected plan")
            return
        }
        if case .invariant = columns[0].expression { Issue.record("a pipeline using outer was cached once per statement") }
        let executor = Executor(store: Tiny.store, source: source, bindings: [:], interrupt: nil)
        let frame = try executor.run(plan)
        let csv = Renderer.render(ResultBuilder(store: Tiny.store).build(frame), RenderOptions(format: .csv))
        #expect(csv == "year,n\n2019,4\n2020,2\n2019,4\n2020,2\n2019,4\n2019,4\n")
        #expect(executor.invariants.computations == 0)
    }
}
