import PilarCore
@testable import PilarLanguage
import Testing

/// Issue #8: the statistical and conditional aggregates and the text operators on the tiny
/// masterplan, whose figures are checked by hand (budgets 1000, 200, null, 300).
@Suite struct StatisticsAndTextTests {
    private func error(_ script: String) -> Diagnostic? { Tiny.diagnostic(script) }

    @Test func medianAndPercentileInterpolate() {
        #expect(Tiny.run("programmes | summarize median(budget)") == "median_budget\n300\n")
        #expect(Tiny.run("programmes | summarize p = percentile(budget, 25)") == "p\n250\n")
        #expect(Tiny.run("programmes | summarize p = percentile(budget, 0)") == "p\n200\n")
        #expect(Tiny.run("programmes | summarize p = percentile(budget, 100)") == "p\n1000\n")
        #expect(Tiny.run("programmes | summarize p = percentile(budget, 12.5)") == "p\n225\n")
    }

    @Test func percentileOutsideZeroToHundredIsALocatedError() {
        let diagnostic = error("programmes | summarize percentile(budget, 101)")
        #expect(diagnostic?.message == "percentile() needs p from 0 to 100, not 101")
        #expect(diagnostic?.span == Span(42, 45))
        #expect(error("programmes | summarize percentile(budget, -1)")?.message == "percentile() needs p from 0 to 100, not -1")
        #expect(error("programmes | summarize percentile(budget, budget)")?.message == "percentile()'s second argument must be a constant")
        #expect(error("programmes | summarize percentile(budget)")?.message == "percentile() takes two arguments")
    }

    @Test func stddevIsExactAndRoundedOnce() {
        // sqrt(190000) = 435.88989435406735522…: 16 decimals fit the coefficient.
        #expect(Tiny.run("programmes | summarize sd = stddev(budget)") == "sd\n435.8898943540673552\n")
        #expect(Tiny.run("programmes | where budget is not null | take 1 | summarize sd = stddev(budget)") == "sd\n\n")
        #expect(DecimalNumber.sampleStandardDeviation([1, 3])?.description == "1.414213562373095049")
        #expect(DecimalNumber.sampleStandardDeviation([5, 5, 5])?.description == "0")
        #expect(DecimalNumber.sampleStandardDeviation([-1.5, 1.5])?.description == "2.121320343559642573")
        // Squares of 18-digit figures outgrow 128 bits; the sums stay exact.
        #expect(DecimalNumber.sampleStandardDeviation([9_000_000_000_000_000_000, -9_000_000_000_000_000_000]) == nil)
        #expect(DecimalNumber.sampleStandardDeviation([900_000_000_000_000_000, 0])?.description == "636396103067892772")
        // 18 whole digits leave no room for decimals: 636396103067892771.96… rounds up.
    }

    @Test func emptyInputGivesNullOrZero() {
        #expect(Tiny.run("programmes | where budget > 5000 | summarize median(budget), stddev(budget), count_if(true), string_agg(code), first(code, budget), mode(code)")
            == "median_budget,stddev_budget,count_if(true),string_agg_code,first_code_budget,mode_code\n,,0,,,\n")
    }

    @Test func modeFirstLastAndConditionals() {
        #expect(Tiny.run("programmes | summarize mode(horizon)") == "mode_horizon\nquick-win\n")
        #expect(Tiny.run("programmes | summarize a = first(code, budget), b = last(code, budget)") == "a,b\nMOB-02,MOB-01\n")
        #expect(Tiny.run("measurements | summarize a = first(actual, year), b = last(actual, year) by indicator | where indicator starts_with \"MOB\"")
            == "indicator,a,b\nMOB-01.1,100,260\nMOB-01.2,30,30\n")
        #expect(Tiny.run("programmes | summarize n = count_if(budget > 250), s = sum_if(budget, horizon == \"quick-win\"), a = avg_if(budget, budget < 1000)")
            == "n,s,a\n2,500,250\n")
        #expect(Tiny.run("programmes | summarize s = string_agg(code), t = string_agg(budget, \"+\")") == "s,t\n\"MOB-01, MOB-02, PPL-01, GOV-01\",1000+200+300\n")
        #expect(Tiny.run("programmes | where budget > median(budget) | select code") == "code\nMOB-01\n")
        #expect(Tiny.run("opds | select code, m = median(programmes.budget) | take 1") == "code,m\nDISHUB,600\n")
    }

    @Test func secondArgumentsAreChecked() {
        #expect(error("programmes | summarize count_if(budget)")?.message == "count_if() needs a condition, not int")
        #expect(error("programmes | summarize sum_if(budget, code)")?.message == "sum_if() needs a condition, not text")
        #expect(error("programmes | summarize median(budget, 2)")?.message == "median() takes one argument")
        #expect(error("opds | extend n = count_if(programmes)")?.message == "count_if() cannot take a collection of rows")
        #expect(error("opds | extend n = sum_if(programmes.budget, true)")?.message == "sum_if() cannot take a collection of rows")
        #expect(error("programmes | extend n = string_agg(code, 1)")?.message == "string_agg() needs a text separator")
    }

    @Test func textOperatorsIgnoreCaseAndPropagateNull() {
        #expect(Tiny.run("programmes | where name ends_with \"TRANSIT\" | select code") == "code\nMOB-01\n")
        #expect(Tiny.run("programmes | where code like \"mob-%\" | select code") == "code\nMOB-01\nMOB-02\n")
        #expect(Tiny.run("programmes | where name like \"%p_sy%\" | select code") == "code\nPPL-01\n")
        #expect(Tiny.run("programmes | where opd ~= \"dishub\" and horizon ~= \"LONG\" | select code") == "code\nMOB-01\n")
        #expect(Tiny.run("print \"abc\" like \"a%c\"; print \"abc\" like \"_b\"; print \"x\" like null; print \"%\" like \"%%\"")
            == "true\nfalse\nnull\ntrue\n")
        #expect(TextMatch.matches(Array("aaaaaaaaaaaaaaaaaaaaaaaab"), pattern: Array("%a%a%a%a%a%a%c")) == false)
        #expect(error("programmes | where budget like \"1%\"")?.message == "'like' works on text, not int")
    }

    @Test func betweenIsInclusiveAndBindsItsOwnAnd() {
        #expect(Tiny.run("programmes | where budget between 200 and 300 and code starts_with \"M\" | select code") == "code\nMOB-02\n")
        #expect(Tiny.run("programmes | where budget not between 200 and 300 | select code") == "code\nMOB-01\n")
        #expect(Tiny.run("programmes | where horizon between \"quick-win\" and \"short\" | count") == "count\n3\n")
        #expect(Tiny.run("print null between 1 and 2; print 1 between null and 0") == "null\nfalse\n")
        #expect(error("programmes | where budget between 1 or 2")?.message == "expected 'and' after 'between 1', found 'or'")
        #expect(error("programmes | where horizon between \"short\" and \"lon\"")?.message == "\"lon\" is not a horizon")
    }

    @Test func lexerKnowsTheNewWords() throws {
        let kinds = try Lexer.tokenize(SourceFile(name: "t", text: "a ends_with b like c between d ~= e")).map(\.kind)
        #expect(kinds == [.identifier("a"), .keyword(.ends_with), .identifier("b"), .keyword(.like), .identifier("c"),
                          .keyword(.between), .identifier("d"), .symbol(.tildeEqual), .identifier("e"), .end, .eof])
        // A line ending with one of them continues.
        let continued = try Lexer.tokenize(SourceFile(name: "t", text: "a like\n\"x\"")).map(\.kind)
        #expect(continued == [.identifier("a"), .keyword(.like), .string("x"), .end, .eof])
    }

    @Test func completionKnowsTheNewWords() {
        let completer = Completer(session: Session(store: Tiny.store))
        #expect(completer.complete("programmes | where name ends").candidates.contains("ends_with"))
        #expect(completer.complete("programmes | where name li").candidates.contains("like"))
        #expect(completer.complete("programmes | where budget betw").candidates.contains("between"))
        for (prefix, word) in [("medi", "median"), ("perc", "percentile"), ("stdd", "stddev"), ("count_i", "count_if"),
                               ("sum_i", "sum_if"), ("firs", "first"), ("string_", "string_agg"), ("mod", "mode")] {
            #expect(completer.complete("programmes | summarize \(prefix)").candidates.contains(word))
        }
    }
}
