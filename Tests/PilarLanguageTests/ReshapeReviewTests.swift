import PilarCore
import PilarStore
import Testing
@testable import PilarLanguage

/// The review findings on pivot and totals (issue #8), on the tiny masterplan. Achievement
/// there: MOB-01.1 2019 50, 2020 104; MOB-01.2 2019 125, 2020 null; PPL-01.1 2019 80;
/// GOV-01.1 2019 100.
@Suite struct ReshapeReviewTests {
    // MARK: - totals after pivot

    @Test func totalsAfterPivotRecomputeEachColumnOverTheUnderlyingRows() {
        // 2019: (100 + 80 + 50 + 125) / 4 = 88.75, not 100 + 80 + 87.5; 2020: only 104.
        #expect(Tiny.run("measurements | pivot avg(achievement) by pillar = indicator.programme.pillar across year | totals") == """
            pillar,2019,2020
            governance,100,
            people,80,
            mobility,87.5,104
            Total,88.75,104

            """)
    }

    @Test func totalsByAfterPivotWithSeveralAggregatesAndListedColumns() {
        // Listed: rows of 2019 are left out of the cells and of the totals alike.
        #expect(Tiny.run("measurements | pivot n = count(), a = avg(target) by p = indicator.programme.pillar, indicator across year in [2020] | totals by p") == """
            p,indicator,2020_n,2020_a
            mobility,MOB-01.1,1,250
            mobility,MOB-01.2,1,35
            Subtotal mobility,,2,142.5
            Total,,2,142.5

            """)
    }

    @Test func yearColumnsAreLeftEmptyWhenSummed() {
        #expect(Tiny.run(#"measurements | where indicator == "MOB-01.1" | select indicator, year, actual | totals"#)
                == "indicator,year,actual\nMOB-01.1,2019,100\nMOB-01.1,2020,260\nTotal,,360\n")
        #expect(Tiny.run("programmes | select code, budget, start_year, end_year | take 1 | totals")
                == "code,budget,start_year,end_year\nMOB-01,1000,2018,2023\nTotal,1000,,\n")
    }

    // MARK: - the label column

    @Test func theLabelFollowsAKeyRedefinedByExtend() {
        // The redefined pillar is the last column; the original one is hidden.
        #expect(Tiny.run("programmes | summarize n = count() by pillar | extend pillar = lower(text(pillar)) | totals")
                == "n,pillar\n1,governance\n1,people\n2,mobility\n4,Total\n")
    }

    // MARK: - pivot after an edit in a script

    @Test func aPivotAfterAnEditIsCheckedOnceTheEditHasRun() {
        let script = """
            upsert measurements {indicator: "MOB-01.1", year: 2021, target: 80, actual: 90}
            measurements | where indicator == "MOB-01.1" | pivot avg(actual) across year
            """
        let output = Tiny.run(script)
        #expect(output.contains("2019,2020,2021\n100,260,90\n"), "\(output)")
        #expect(!output.contains("error"))
    }

    @Test func statementsBeforeTheDeferredPivotAreStillCheckedFirst() {
        // The typo is between the edit and the pivot: found before the edit runs.
        let script = """
            upsert measurements {indicator: "MOB-01.1", year: 2021, target: 80, actual: 90}
            programmes | whre budget > 0
            measurements | pivot count() across year
            """
        let session = Session(store: Tiny.store, format: .csv)
        var errors: [String] = []
        session.run(SourceFile(name: "t", text: script)) { event in
            if case .error(let diagnostic) = event { errors.append(diagnostic.message) }
        }
        #expect(errors.count == 1)
        #expect(session.store.table(.measurement).count == 6)
    }

    // MARK: - pivot in a row's pipeline

    @Test func pivotOverARowsRelationMustListItsColumns() {
        let diagnostic = Tiny.diagnostic("opds | extend x = count(programmes | pivot count() across horizon)")
        #expect(diagnostic?.message.contains("needs its columns listed") == true)
        #expect(diagnostic?.hint == #"list the columns: across horizon in ["quick-win", "short", "medium", "long"]"#)
        let outer = Tiny.diagnostic("opds | extend x = count(measurements | where indicator.programme.opd == outer.code | pivot count() across year)")
        #expect(outer?.message.contains("needs its columns listed") == true)
        #expect(outer.map { $0.span.start > 0 } == true)
    }

    @Test func pivotOverARowsRelationWithListedColumnsRuns() {
        #expect(Tiny.run(#"opds | select code, x = count(programmes | pivot count() across horizon in ["quick-win", "short", "medium", "long"])"#)
                == "code,x\nDISHUB,1\nDINKES,1\nBAPPEDA,1\n")
        #expect(Tiny.run("opds | select code, x = count(measurements | where indicator.programme.opd == outer.code | pivot count() across year in [2019])")
                == "code,x\nDISHUB,1\nDINKES,1\nBAPPEDA,1\n")
        // A nested pivot over a whole source has the same values for every row: found as before.
        #expect(Tiny.run("opds | select code, x = count(measurements | pivot count() across year) | take 1") == "code,x\nDISHUB,1\n")
    }

    // MARK: - Ctrl-C while checking

    @Test func theQueryAPivotRunsWhenCheckedStopsOnInterrupt() {
        let flag = InterruptFlag()
        flag.raise()
        var checker = Checker(store: Tiny.store, source: SourceFile(name: "t", text: ""), parameters: [:], bindings: [:], interrupt: flag)
        let script = try? Parser.parse(SourceFile(name: "t", text: "measurements | pivot count() across year"))
        guard let statement = script?.statements.first else { Issue.record("no statement"); return }
        #expect(throws: Diagnostic.interrupted) { try checker.check(statement) }
    }

    // MARK: - a comparison as the across key

    @Test func theAcrossKeyMayBeAComparisonWithListedColumns() {
        // MOB-01 1000 and GOV-01 300 are over 250; MOB-02 200 is not; PPL-01 has no budget.
        #expect(Tiny.run("programmes | pivot count() across budget > 250 in [true, false]") == "true,false\n2,1\n")
    }

    // MARK: - listed values of another numeric type

    @Test func listedWholeDecimalsMatchAnIntKey() {
        #expect(Tiny.run("programmes | pivot count() across start_year in [2019.0, 2018]") == "2019,2018\n1,3\n")
        let diagnostic = Tiny.diagnostic("programmes | pivot count() across start_year in [2019.5]")
        #expect(diagnostic?.message == "'2019.5' is not a whole number, and start_year holds whole numbers")
    }
}
