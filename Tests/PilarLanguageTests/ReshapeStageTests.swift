import PilarCore
import PilarStore
import Testing
@testable import PilarLanguage

/// pivot, unpivot and totals on the tiny masterplan, where every cell can be checked by hand.
/// Achievement there: MOB-01.1 2019 50, 2020 104; MOB-01.2 (negative) 2019 125, 2020 null;
/// PPL-01.1 2019 80; GOV-01.1 2019 100.
@Suite struct ReshapeStageTests {
    private func stage(_ text: String) throws -> StageKind {
        let script = try Parser.parse(SourceFile(name: "t", text: text))
        guard case .query(let pipeline) = script.statements[0].kind, let last = pipeline.stages.last else {
            Issue.record("not a query")
            return .count
        }
        return last.kind
    }

    // MARK: - Parser

    @Test func parsesPivotWithNamesKeysAndListedColumns() throws {
        guard case .pivot(let spec) = try stage(#"programmes | pivot n = count(), b = sum(budget) by opd across horizon in ["long", "short"]"#) else {
            Issue.record("not a pivot"); return
        }
        #expect(spec.aggregates.map(\.name) == ["n", "b"])
        #expect(spec.keys.count == 1)
        #expect(spec.values?.count == 2)
        guard case .pivot(let plain) = try stage("programmes | pivot count() across horizon") else { Issue.record("pivot"); return }
        #expect(plain.keys.isEmpty && plain.values == nil)
    }

    @Test func parsesUnpivotAndTotals() throws {
        guard case .unpivot(let spec) = try stage("x | unpivot `2019`, b into year, value") else { Issue.record("unpivot"); return }
        #expect(spec.columns.map(\.name) == ["2019", "b"])
        #expect(spec.nameColumn.name == "year" && spec.valueColumn.name == "value")
        guard case .totals(let by) = try stage("x | totals by pillar"), let by, case .name("pillar") = by.kind else {
            Issue.record("totals by"); return
        }
        guard case .totals(nil) = try stage("x | totals") else { Issue.record("totals"); return }
    }

    @Test func parserErrorsSayWhatIsMissing() {
        #expect(Tiny.run("programmes | pivot count() by opd").contains("expected 'across'"))
        #expect(Tiny.run("programmes | pivot across horizon").contains("expected an aggregate after 'pivot'"))
        #expect(Tiny.run("programmes | unpivot 2019 into a, b").contains("written in backticks: `2019`"))
        #expect(Tiny.run("programmes | unpivot a b").contains("expected 'into'"))
    }

    @Test func completionKnowsTheNewStages() {
        let session = Session(store: Tiny.store)
        #expect(Completer(session: session).complete("programmes | piv").candidates == ["pivot"])
        #expect(Completer(session: session).complete("programmes | unp").candidates == ["unpivot"])
        #expect(Completer(session: session).complete("programmes | tot").candidates == ["totals"])
    }

    // MARK: - pivot

    @Test func pivotCountsPerKeyAndValueInDomainOrder() {
        // medium has no programme: only values present become columns.
        #expect(Tiny.run("programmes | pivot count() by opd across horizon") == """
            opd,quick-win,short,long
            BAPPEDA,1,0,0
            DINKES,0,1,0
            DISHUB,1,0,1

            """)
    }

    @Test func emptyCellsAreTheAggregateOfNothingAndNullIsTheLastColumn() {
        #expect(Tiny.run("programmes | pivot sum(budget) by opd across horizon") == """
            opd,quick-win,short,long
            BAPPEDA,300,,
            DINKES,,,
            DISHUB,200,,1000

            """)
        #expect(Tiny.run("programmes | pivot count() across budget") == "200,300,1000,null\n1,1,1,1\n")
    }

    @Test func severalAggregatesNameColumnsValueUnderscoreName() {
        #expect(Tiny.run(#"programmes | pivot n = count(), b = sum(budget) across horizon in ["long", "quick-win"]"#)
                == "long_n,long_b,quick-win_n,quick-win_b\n1,1000,2,500\n")
    }

    @Test func pivotRunsTheLetsOfItsScriptToFindItsColumns() {
        // Pillars in the pillars table's order; the let has not run when the pivot is checked.
        #expect(Tiny.run("let m = measurements | where year == 2019\nm | pivot count() across indicator.programme.pillar")
                == "governance,people,mobility\n1,1,2\n")
    }

    @Test func yearColumnsAreSortedAsQuotedNames() {
        #expect(Tiny.run("measurements | pivot avg(achievement) by indicator across year | sort `2019` desc | select indicator, `2019`")
                == "indicator,2019\nMOB-01.2,125\nGOV-01.1,100\nPPL-01.1,80\nMOB-01.1,50\n")
    }

    @Test func pivotErrorsAreLocatedWithSuggestions() {
        #expect(Tiny.run("programmes | pivot count() by opd across horizn").contains("did you mean 'horizon'?"))
        #expect(Tiny.run(#"programmes | pivot count() across horizon in ["quickwin"]"#).contains("did you mean \"quick-win\"?"))
        #expect(Tiny.run("programmes | pivot count() by long = opd across horizon").contains("two columns named 'long'"))
        #expect(Tiny.run("programmes | pivot count() across code | sort 2019").isEmpty == false)
        #expect(Tiny.run("programmes | sort \"budget\"").contains("sorting by the constant"))
    }

    // MARK: - unpivot

    @Test func unpivotDropsNullsAndMixesIntsAndDecimalsAsDecimals() {
        let script = """
            let wide = measurements | pivot avg(achievement) by indicator across year
            wide | extend n = 1 | unpivot `2020`, n into what, value
            """
        // `2020` is null for MOB-01.2, PPL-01.1 and GOV-01.1: those rows are left out.
        #expect(Tiny.run(script) == """
            indicator,2019,what,value
            GOV-01.1,100,n,1
            MOB-01.1,50,2020,104
            MOB-01.1,50,n,1
            MOB-01.2,125,n,1
            PPL-01.1,80,n,1

            """)
    }

    @Test func unpivotNamesAreIntsWhenAllAreWholeNumbers() {
        #expect(Tiny.run("measurements | pivot count() across year | unpivot `2019`, `2020` into year, n | where year > 2019")
                == "year,n\n2020,2\n")
    }

    @Test func unpivotErrors() {
        #expect(Tiny.run("programmes | unpivot budget into a, b").contains("unpivot needs records"))
        #expect(Tiny.run("programmes | select code, name, budget | unpivot name, budget into a, b").contains("'budget' is int and 'name' is text"))
        #expect(Tiny.run("programmes | select code, budget | unpivot budgt into a, b").contains("did you mean 'budget'?"))
        #expect(Tiny.run("programmes | select code, budget | unpivot budget into code, b").contains("'code' is already there"))
    }

    // MARK: - totals

    @Test func totalsRecomputeAveragesOverTheUnderlyingRows() {
        // 2019: (50 + 125 + 80 + 100) / 4; Total: all five achievements / 5 = 91.8, not the
        // average of the two averages (96.375).
        #expect(Tiny.run("measurements | summarize a = avg(achievement), n = count() by year | totals") == """
            year,a,n
            2019,88.75,4
            2020,104,2
            Total,91.8,6

            """)
    }

    @Test func totalsCoverOnlyTheGroupsThatReachThem() {
        #expect(Tiny.run("measurements | summarize a = avg(achievement), n = count() by year | where year == 2019 | totals")
                == "year,a,n\n2019,88.75,4\nTotal,88.75,4\n")
    }

    @Test func subtotalsPerRunAndExtendColumnsComputedAgain() {
        #expect(Tiny.run("programmes | summarize b = sum(budget) by opd, horizon | extend share = b * 100 / sum(b) | totals by opd") == """
            opd,horizon,b,share
            BAPPEDA,quick-win,300,20
            Subtotal BAPPEDA,,300,20
            DINKES,short,,
            Subtotal DINKES,,,
            DISHUB,quick-win,200,13.33333333333333333
            DISHUB,long,1000,66.66666666666666667
            Subtotal DISHUB,,1200,80
            Total,,1500,100

            """)
    }

    @Test func withoutSummarizeNumbersAreSummed() {
        // start_year is a year: left empty, not added up.
        #expect(Tiny.run("programmes | select code, budget, start_year | totals")
                == "code,budget,start_year\nMOB-01,1000,2018\nMOB-02,200,2019\nPPL-01,,2018\nGOV-01,300,2018\nTotal,1500,\n")
    }

    @Test func totalsErrors() {
        #expect(Tiny.run("programmes | totals").contains("totals needs records"))
        #expect(Tiny.run("programmes | summarize b = sum(budget) by opd | totals by op").contains("did you mean 'opd'?"))
        #expect(Tiny.run("programmes | summarize b = sum(budget) | totals").contains("needs a column for its label"))
    }
}
