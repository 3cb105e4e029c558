import PilarCore
@testable import PilarLanguage
import PilarStore
import Testing

/// The `window` stage and the window functions, on the tiny store (figures checked by hand).
@Suite struct WindowTests {
    @Test func parsesItemsKeysAndSort() throws {
        let script = try Parser.parse(SourceFile(name: "t", text: "programmes | window a = row_number(), b = 1 by opd, pillar sort budget desc, code"))
        guard case .query(let pipeline) = script.statements[0].kind,
              case .window(let items, let keys, let sort) = pipeline.stages[0].kind else {
            Issue.record("not a window stage")
            return
        }
        #expect(items.map(\.name) == ["a", "b"])
        #expect(keys.count == 2)
        #expect(sort.map(\.descending) == [true, nil])
    }

    @Test func rowNumberPerPartitionKeepsInputOrder() {
        #expect(Tiny.run("programmes | window n = row_number() by opd sort budget desc | select code, n")
            == "code,n\nMOB-01,1\nMOB-02,2\nPPL-01,1\nGOV-01,1\n")
        #expect(Tiny.run("programmes | window n = row_number() by opd sort budget desc | where n <= 1 | select code")
            == "code\nMOB-01\nPPL-01\nGOV-01\n")
    }

    @Test func rankLeavesGapsDenseRankDoesNot() {
        // One partition (no by), ordered by horizon's domain: quick-win ×2, short, long.
        #expect(Tiny.run("programmes | window r = rank(), d = dense_rank() sort horizon | select code, r, d")
            == "code,r,d\nMOB-01,4,3\nMOB-02,1,1\nPPL-01,3,2\nGOV-01,1,1\n")
    }

    @Test func lagRunningSumFirstValueAndPartitionAggregates() {
        #expect(Tiny.run("measurements | window s = running_sum(actual), l = lag(actual, 1, -1), f = first_value(year), z = last_value(actual), t = sum(target) by indicator sort year | select indicator, year, s, l, f, z, t")
            == """
            indicator,year,s,l,f,z,t
            MOB-01.1,2019,100,-1,2019,260,450
            MOB-01.1,2020,360,100,2019,260,450
            MOB-01.2,2019,30,-1,2019,,75
            MOB-01.2,2020,30,30,2019,,75
            PPL-01.1,2019,40,-1,2019,40,50
            GOV-01.1,2019,100,-1,2019,100,100

            """)
        #expect(Tiny.run("measurements | window n = lead(year, 2) by indicator sort year | where n is not null | count") == "count\n0\n")
    }

    @Test func laterItemsSeeEarlierOnesAndShareOfPartition() {
        #expect(Tiny.run("programmes | window share = budget * 100 / sum(budget), r = rank(), q = r * 10 by opd sort budget desc | select code, share, r, q")
            == "code,share,r,q\nMOB-01,83.33333333333333333,1,10\nMOB-02,16.66666666666666667,2,20\nPPL-01,,1,10\nGOV-01,100,1,10\n")
    }

    @Test func windowFunctionsElsewhereAreErrorsWithTheWindowForm() {
        let diagnostic = Tiny.diagnostic("programmes | extend n = row_number()")
        #expect(diagnostic?.message == "row_number() is a window function: it needs a partition and an order")
        #expect(diagnostic?.hint == "use it in a window stage: … | window x = row_number() by KEY sort KEY")
        #expect(Tiny.diagnostic("programmes | window n = lag(budget, \"x\")")?.message == "lag() needs a whole number of rows, not text")
        #expect(Tiny.diagnostic("programmes | window n = rank(budget)")?.message == "rank() takes 0 arguments, not 1")
        #expect(Tiny.diagnostic("programmes | window n = lag(sum(budget))") != nil)
        #expect(Tiny.run("programmes | window n = lag(budget, -1)").contains("error: lag() needs a count of rows of zero or more"))
    }

    @Test func completionAndRegistryKnowTheWindowWords() {
        let completer = Completer(session: Session(store: Tiny.store))
        #expect(completer.complete("programmes | win").candidates == ["window"])
        #expect(completer.complete("programmes | window n = row_").candidates == ["row_number"])
        #expect(completer.complete("programmes | window n = running").candidates == ["running_sum"])
        #expect(FunctionRegistry.isFunction("dense_rank"))
    }
}
