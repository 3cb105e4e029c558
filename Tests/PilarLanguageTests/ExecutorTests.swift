import PilarCore
@testable import PilarLanguage
import Testing

@Suite struct ExecutorTests {
    @Test func whereSelectAndReferencesShowAsCodes() {
        #expect(Tiny.run("programmes | where opd == 'DISHUB' | select code, opd, pillar, opd.name") ==
            "code,opd,pillar,opd_name\nMOB-01,DISHUB,mobility,Dinas Perhubungan\nMOB-02,DISHUB,mobility,Dinas Perhubungan\n")
    }

    @Test func entityRowsShowAllFieldsIncludingExtras() {
        #expect(Tiny.run("programmes | take 1") ==
            "code,name,opd,pillar,horizon,start_year,end_year,budget,status,funding\nMOB-01,Bus Rapid Transit,DISHUB,mobility,long,2018,2023,1000,ongoing,APBD\n")
        #expect(Tiny.run("programmes | where funding is null | select code") == "code\nMOB-02\n")
    }

    @Test func extendReplacesAFieldInPlace() {
        #expect(Tiny.run("opds | extend head = coalesce(head, 'vacant'), n = 1, n = 2 | take 2") ==
            "code,name,kind,head,n\nDISHUB,Dinas Perhubungan,dinas,Budi,2\nDINKES,Dinas Kesehatan,dinas,vacant,2\n")
    }

    @Test func derivedAchievementAndBand() {
        // Positive: 100/200 = 50 → very low; negative: (80-30)/40 = 125 → very high.
        #expect(Tiny.run("measurements | where year == 2019 | select indicator, achievement, band") ==
            "indicator,achievement,band\nMOB-01.1,50,very low\nMOB-01.2,125,very high\nPPL-01.1,80,high\nGOV-01.1,100,very high\n")
        #expect(Tiny.run("measurements | where actual is null | select indicator, achievement, band") ==
            "indicator,achievement,band\nMOB-01.2,,\n")
    }

    @Test func relationsOfTheRow() {
        #expect(Tiny.run("opds | extend n = count(programmes), b = sum(programmes.budget) | select code, n, b") ==
            "code,n,b\nDISHUB,2,1200\nDINKES,1,\nBAPPEDA,1,300\n")
        #expect(Tiny.run("opds | where count(programmes | where horizon == 'quick-win') == 0 | select code") == "code\nDINKES\n")
        #expect(Tiny.run("programmes | select code, m = count(indicators.measurements) | where m > 0") ==
            "code,m\nMOB-01,4\nPPL-01,1\nGOV-01,1\n")
        #expect(Tiny.run("pillars | select code, n = count(programmes) | where n > 0") ==
            "code,n\ngovernance,1\npeople,1\nmobility,2\n")
        #expect(Tiny.run("measurements | where indicator.programme.opd.code == 'DINKES' | select indicator") == "indicator\nPPL-01.1\n")
    }

    @Test func summarizeKeysFirstGroupsInKeyOrder() {
        #expect(Tiny.run("programmes | summarize n = count(), total = sum(budget) by pillar") ==
            "pillar,n,total\ngovernance,1,300\npeople,1,\nmobility,2,1200\n")
        #expect(Tiny.run("programmes | summarize count(), sum(budget), avg(budget), min(budget), max(name), count_distinct(opd)") ==
            "count,sum_budget,avg_budget,min_budget,max_name,count_distinct_opd\n4,1500,500,200,e-Planning,3\n")
        #expect(Tiny.run("programmes | where budget > 99999 | summarize n = count(), s = sum(budget)") == "n,s\n0,\n")
        #expect(Tiny.run("programmes | summarize n = count() by horizon") == "horizon,n\nquick-win,2\nshort,1\nlong,1\n")
    }

    @Test func windowAggregatesAreOverAllInputRows() {
        #expect(Tiny.run("programmes | where budget is not null | select code, share = budget / sum(budget) * 100") ==
            "code,share\nMOB-01,66.6666666666666667\nMOB-02,13.3333333333333333\nGOV-01,20\n")
        #expect(Tiny.run("programmes | where budget > avg(budget) | select code") == "code\nMOB-01\n")
    }

    @Test func sortIsStableNullsLastEnumsInDomainOrder() {
        #expect(Tiny.run("programmes | sort budget | select code") == "code\nMOB-02\nGOV-01\nMOB-01\nPPL-01\n")
        #expect(Tiny.run("programmes | sort budget desc | select code") == "code\nMOB-01\nGOV-01\nMOB-02\nPPL-01\n")
        #expect(Tiny.run("programmes | sort status | select code, status") ==
            "code,status\nMOB-02,planned\nMOB-01,ongoing\nPPL-01,done\nGOV-01,done\n")
        #expect(Tiny.run("programmes | sort pillar desc, code | select code") == "code\nMOB-01\nMOB-02\nPPL-01\nGOV-01\n")
        #expect(Tiny.run("programmes | top 2 by budget | select code") == "code\nMOB-01\nGOV-01\n")
        #expect(Tiny.run("programmes | top 1 by budget asc | select code") == "code\nMOB-02\n")
    }

    @Test func arithmeticAndNulls() {
        #expect(Tiny.run("print 7 / 2\nprint 7 % 2\nprint 1 / 0\nprint 2 * 3 + 1\nprint null + 1") == "3.5\n1\nnull\n7\nnull\n")
        #expect(Tiny.run("print 9223372036854775807 + 1").hasPrefix("error: integer overflow"))
        #expect(Tiny.run("programmes | where budget > 250 or budget is null | select code") == "code\nMOB-01\nPPL-01\nGOV-01\n")
        #expect(Tiny.run("programmes | where not (budget > 250) | select code") == "code\nMOB-02\n")
    }

    @Test func textOperatorsAreCaseInsensitive() {
        #expect(Tiny.run("programmes | where name contains 'PARK' | select code") == "code\nMOB-02\n")
        #expect(Tiny.run("programmes | where name starts_with 'digital' | select code") == "code\nPPL-01\n")
        #expect(Tiny.run("programmes | where opd contains 'hub' | select code") == "code\nMOB-01\nMOB-02\n")
    }

    @Test func functions() {
        #expect(Tiny.run("print lower('ABC') + upper('d') + trim('  e ')\nprint len('Pekanbaru')\nprint round(2.345, 2)\nprint round(1234, -2)\nprint abs(-3)\nprint coalesce(null, 'x')\nprint number('1_500')\nprint floor(2.7)") ==
            "abcDe\n9\n2.35\n1200\n3\nx\n1500\n2\n")
    }

    @Test func inLists() {
        #expect(Tiny.run("programmes | where horizon in ['long', 'short'] | select code") == "code\nMOB-01\nPPL-01\n")
        #expect(Tiny.run("programmes | where horizon not in ['long', 'short'] | select code") == "code\nMOB-02\nGOV-01\n")
        #expect(Tiny.run("opds | where 'quick-win' in programmes.horizon | select code") == "code\nDISHUB\nBAPPEDA\n")
    }

    @Test func distinctAndCount() {
        #expect(Tiny.run("programmes | distinct opd | count") == "count\n3\n")
        #expect(Tiny.run("programmes | distinct pillar") == "pillar\nmobility\npeople\ngovernance\n")
    }

    @Test func enumOrderingComparisons() {
        #expect(Tiny.run("measurements | where band >= 'high' | count") == "count\n4\n")
    }

    @Test func parametersAreConstants() {
        #expect(Tiny.run("measurements | where year == $year | count", parameters: ["year": .int(2020)]) == "count\n2\n")
        #expect(Tiny.run("programmes | take $n | select code", parameters: ["n": .int(1)]) == "code\nMOB-01\n")
    }

    @Test func interruptStopsAQuery() {
        let flag = InterruptFlag()
        flag.raise()
        let session = Session(store: Tiny.store)
        var message: String?
        session.run(SourceFile(name: "t", text: "measurements | count"), interrupt: flag) { event in
            if case .error(let diagnostic) = event { message = diagnostic.message }
        }
        #expect(message == "interrupted")
    }

    @Test func quitStopsTheScript() {
        #expect(Tiny.run("print 1\n.quit\nprint 2") == "1\n<quit>")
    }
}
