import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// Review findings on window items, order-picked aggregates, percentiles and year columns;
/// figures on the tiny store, checked by hand.
@Suite struct WindowAggregateFixTests {
    /// These used to trap (index out of range) or give null: the window call was recorded in a
    /// copy of the scope and dropped.
    @Test func windowCallInsideAnAggregateIsALocatedError() {
        let cases: [(String, String, String)] = [
            ("programmes | window x = sum(running_sum(budget)) sort budget", "sum", "running_sum(budget)"),
            ("programmes | window x = count_if(lag(budget) > 0)", "count_if", "lag(budget)"),
            ("programmes | window x = max([lag(budget), 1])", "max", "lag(budget)"),
            ("programmes | window x = first(budget, row_number())", "first", "row_number()"),
        ]
        for (text, outer, call) in cases {
            let diagnostic = Tiny.diagnostic(text)
            #expect(diagnostic?.message.hasPrefix("a window function cannot be inside \(outer)()") == true, "\(text)")
            #expect(diagnostic.map { SourceFile(name: "t", text: text).text(of: $0.span) } == call)
        }
        #expect(Tiny.diagnostic("programmes | window x = first(budget, row_number())")?.hint
            == "compute it in an earlier item: … | window w = row_number(), x = first(budget, w) sort KEY")
    }

    @Test func theHintsFormRuns() {
        // lag by budget: null, 200, 300, 1000 (PPL-01's null budget sorts last); their sum 1500.
        #expect(Tiny.run("programmes | window w = lag(budget), x = sum(w) sort budget | select code, w, x")
            == "code,w,x\nMOB-01,300,1500\nMOB-02,,1500\nPPL-01,1000,1500\nGOV-01,200,1500\n")
    }

    /// first/last with an order used to be null everywhere but summarize.
    @Test func firstAndLastWithAnOrderInWindowPivotAndTotals() {
        #expect(Tiny.run("programmes | window f = first(code, budget), l = last(code, budget) by opd | select code, f, l")
            == "code,f,l\nMOB-01,MOB-02,MOB-01\nMOB-02,MOB-02,MOB-01\nPPL-01,,\nGOV-01,GOV-01,GOV-01\n")
        #expect(Tiny.run("measurements | window l = last(actual, year) by indicator | select indicator, year, l")
            == "indicator,year,l\nMOB-01.1,2019,260\nMOB-01.1,2020,260\nMOB-01.2,2019,30\nMOB-01.2,2020,30\nPPL-01.1,2019,40\nGOV-01.1,2019,100\n")
        #expect(Tiny.run(#"programmes | pivot first(code, budget) across horizon in ["quick-win", "long"]"#)
            == "quick-win,long\nMOB-02,MOB-01\n")
        #expect(Tiny.run("programmes | summarize f = first(code, budget), l = last(code, budget) by pillar | totals")
            == "pillar,f,l\ngovernance,GOV-01,GOV-01\npeople,,\nmobility,MOB-02,MOB-01\nTotal,MOB-02,MOB-01\n")
    }

    /// ±9e18: the gap overflows a decimal, the answer does not (DuckDB: 0 and −9e18).
    @Test func percentilesOfValuesWhoseGapOverflows() {
        let script = #"programmes | where code in ["MOB-01", "MOB-02"] | extend x = if(code == "MOB-01", 9000000000000000000, -9000000000000000000) | summarize m = median(x), p0 = percentile(x, 0), p25 = percentile(x, 25), p100 = percentile(x, 100)"#
        #expect(Tiny.run(script) == "m,p0,p25,p100\n0,-9000000000000000000,-4500000000000000000,9000000000000000000\n")
    }

    @Test func interpolationIsExactAndRoundedOnce() {
        #expect(Quantile.interpolate(number("1"), number("2"), by: number("0.25")) == number("1.25"))
        #expect(Quantile.interpolate(number("0.1"), number("0.2"), by: number("0.5")) == number("0.15"))
        #expect(Quantile.interpolate(number("-9000000000000000000"), number("9000000000000000000"), by: number("0.5")) == .zero)
        #expect(Quantile.interpolate(number("5"), number("7"), by: .zero) == number("5"))
        // 1/3 of the way: 18 decimals, the last one rounded half away from zero.
        #expect(Quantile.interpolate(number("0"), number("2"), by: number("0.333333333333333333")) == number("0.666666666666666666"))
        #expect(Quantile.interpolate(number("0"), number("-0.000000000000000003"), by: number("0.5")) == number("-0.000000000000000002"))
    }

    /// A year read under another name (or through previous/next) is not grouped like 2,019.
    @Test func aYearFieldUnderAnotherNameShowsAsAYear() {
        let session = Session(store: Tiny.store, format: .table)
        var kinds: [String: ColumnKind] = [:]
        session.run(SourceFile(name: "t", text: "measurements | select p = previous.year, y = year, s = indicator.programme.start_year, n = year + 1")) { event in
            if case .result(let result, _) = event { for column in result.columns { kinds[column.name] = column.kind } }
        }
        #expect(kinds == ["p": .year, "y": .year, "s": .year, "n": .int])
        var windowKinds: [String: ColumnKind] = [:]
        session.run(SourceFile(name: "t", text: "measurements | window p = previous.year by indicator | summarize by q = p, r = next.year")) { event in
            if case .result(let result, _) = event { for column in result.columns { windowKinds[column.name] = column.kind } }
        }
        #expect(windowKinds == ["q": .int, "r": .year])
    }
}

private func number(_ text: String) -> DecimalNumber {
    (try? DecimalNumber.parse(text).get()) ?? .zero
}

@Suite struct WindowFunctionCompletionTests {
    func complete(_ text: String) -> [String] {
        Completer(session: Session(store: Tiny.store)).complete(text).candidates
    }

    /// Window functions are errors outside a window stage, so they are offered only there.
    @Test func windowFunctionsOnlyInAWindowStage() {
        #expect(!complete("programmes | extend n = ra").contains("rank"))
        #expect(!complete("programmes | extend n = la").contains("lag"))
        #expect(!complete("programmes | where ro").contains("row_number"))
        #expect(complete("programmes | window n = ra").contains("rank"))
        #expect(complete("programmes | window n = la").contains("lag"))
        #expect(complete("programmes | window n = ro").contains("row_number"))
        // Other functions stay everywhere.
        #expect(complete("programmes | extend n = rou").contains("round"))
        #expect(complete("programmes | window n = su").contains("sum"))
    }
}
