import PilarCore
@testable import PilarLanguage
import Testing

/// Odd but valid queries (empty inputs into every stage, zero counts, null-only keys, deep
/// navigation, shadowing lets) run to an answer or a located error; none traps.
@Suite struct OddQueryTests {
    @Test(arguments: [
        ("programmes | where false | summarize n = count(), s = sum(budget), a = avg(budget), m = max(code) by pillar",
         "pillar,n,s,a,m\n"),
        ("programmes | where false | summarize n = count(), s = sum(budget), d = count_distinct(opd)", "n,s,d\n0,,0\n"),
        ("programmes | where false | distinct opd", "opd\n"),
        ("programmes | top 0 by budget | count", "count\n0\n"),
        ("programmes | take 0 | summarize n = count()", "n\n0\n"),
        ("programmes | where false | extend share = budget / sum(budget) | count", "count\n0\n"),
        ("programmes | where budget is null | sort budget desc, code | select code", "code\nPPL-01\n"),
        ("programmes | extend x = null | sort x | select code | take 2", "code\nMOB-01\nMOB-02\n"),
        ("programmes | summarize n = count() by x = null", "x,n\n,4\n"),
        ("let a = programmes; let a = a | where budget > 250; a | count", "count\n2\n"),
        ("let b = opds | where false\nb | extend n = count(programmes) | count", "count\n0\n"),
        ("measurements | select n = count(indicator.programme.opd.programmes.indicators.measurements) | take 1", "n\n4\n"),
        ("programmes | take 9223372036854775807 | count", "count\n4\n"),
        ("programmes | where budget in [] | count", "count\n0\n"),
        ("measurements | where year in (measurements | take 0).year | count", "count\n0\n"),
        ("programmes | summarize n = sum(count(indicators)), m = count(measurements) by pillar",
         "pillar,n,m\ngovernance,1,6\npeople,1,6\nmobility,2,6\n"),
    ])
    func oddQueriesRun(_ query: String, _ expected: String) {
        #expect(Tiny.run(query) == expected)
    }

    /// A relation of the row inside a summarize aggregate read a row the group does not
    /// have (an index out of range that killed the shell); it is now a checker error.
    @Test func aRelationOfTheRowInASummarizeAggregateIsAnError() {
        let count = Tiny.diagnostic("programmes | summarize n = count(indicators) by pillar")
        #expect(count?.message == "'count(indicators)' is computed for each programme, but summarize computes one value per group")
        #expect(count?.hint == "aggregate it over the group, e.g. sum(count(indicators))")
        #expect(count?.span == Span(27, 44))
        let list = Tiny.diagnostic("programmes | summarize b = max(indicators.baseline)")
        #expect(list?.hint == "aggregate it over the group, e.g. max(max(indicators.baseline))")
        let noGroup = Tiny.diagnostic("opds | summarize n = count(programmes | where budget > 0)")
        #expect(noGroup?.message.hasSuffix("but summarize computes one value per group") == true)
    }

    @Test func aPipelineGivenToSumIsToldToPickAFieldInBrackets() {
        let error = Tiny.diagnostic("opds | extend n = sum(programmes | summarize s = sum(budget))")
        #expect(error?.hint == "pick a field: sum((programmes | summarize s = sum(budget)).s)")
        #expect(Tiny.diagnostic("opds | extend n = sum(programmes)")?.hint == "pick a field: sum(programmes.budget)")
    }
}
