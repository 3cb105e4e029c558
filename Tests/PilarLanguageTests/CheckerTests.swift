import PilarCore
@testable import PilarLanguage
import Testing

@Suite struct CheckerTests {
    @Test func unknownNamesSuggestTheNearest() {
        #expect(Tiny.diagnostic("programmes | sort budjet")?.hint == "did you mean 'budget'?")
        #expect(Tiny.diagnostic("programme | count")?.hint == "sources are plural: programmes")
        #expect(Tiny.diagnostic("progammes | count")?.hint == "did you mean 'programmes'?")
        #expect(Tiny.diagnostic("programmes | where opd.nmae == 'x'")?.message == "unknown field 'nmae' of opd")
        #expect(Tiny.diagnostic("programmes | where lowr(name) == 'x'")?.hint == "did you mean 'lower'?")
        #expect(Tiny.diagnostic(".fromat csv")?.hint == "did you mean '.format'?")
        #expect(Tiny.diagnostic(".format jsn")?.hint == "did you mean 'json'?")
        #expect(Tiny.diagnostic(".schema programe")?.hint == "did you mean 'programme'?")
        #expect(Tiny.diagnostic("print $yaer")?.message == "parameter '$yaer' is not set")
    }

    @Test func enumLiteralsAreCheckedAgainstTheirDomain() {
        #expect(Tiny.diagnostic("programmes | where pillar == 'mobilty'")?.hint == "did you mean \"mobility\"?")
        #expect(Tiny.diagnostic("programmes | where status != 'stalld'")?.hint == "did you mean \"stalled\"?")
        #expect(Tiny.diagnostic("measurements | where band == 'very_high'")?.hint == "did you mean \"very high\"?")
        #expect(Tiny.diagnostic("programmes | where horizon in ['short', 'quickwin']")?.hint == "did you mean \"quick-win\"?")
        #expect(Tiny.diagnostic("indicators | where 'postive' == polarity")?.message == "\"postive\" is not a polarity")
    }

    @Test func typeErrorsAreCaughtBeforeRunning() {
        #expect(Tiny.diagnostic("measurements | where year == '2019'")?.message == "cannot compare int with text")
        #expect(Tiny.diagnostic("programmes | where budget")?.message == "where needs a condition that is true or false, not int")
        #expect(Tiny.diagnostic("programmes | extend x = name * 2")?.message.contains("needs numbers") == true)
        #expect(Tiny.diagnostic("programmes | where budget == null")?.hint == "write budget is null")
        #expect(Tiny.diagnostic("opds | select programmes")?.hint == "aggregate it, e.g. count(programmes)")
        #expect(Tiny.diagnostic("opds | extend x = sum(programmes)")?.message.contains("collection of rows") == true)
        #expect(Tiny.diagnostic("programmes | summarize sum(sum(budget))")?.message == "sum() cannot be nested inside sum()")
        #expect(Tiny.diagnostic("programmes | summarize budget by pillar")?.message.contains("one value per group") == true)
        #expect(Tiny.diagnostic("programmes | summarize n = count() by x = count()")?.message.contains("aggregate") == true)
        #expect(Tiny.diagnostic("programmes | where if(1, 2, 3) > 0")?.message == "if() needs a condition, not int")
        #expect(Tiny.diagnostic("programmes | extend x = round()")?.message == "round() takes 1 to 2 arguments, not 0")
        #expect(Tiny.diagnostic("programmes | take 2.5")?.message == "take needs a whole number")
        #expect(Tiny.diagnostic("programmes | select code, code")?.message == "duplicate column name 'code'")
        #expect(Tiny.diagnostic("let opds = programmes")?.message == "'opds' is a source and cannot be redefined")
    }

    @Test func aWholeScriptIsCheckedBeforeAnythingRuns() {
        // The first line would print, but the typo on the second stops the script first.
        #expect(Tiny.run("print 'first'\nprogrammes | sort budjet") == "error: unknown field 'budjet' of programme | did you mean 'budget'?")
    }

    @Test func letNamesBecomeSources() {
        #expect(Tiny.run("let d = programmes | where opd == 'DISHUB'\nd | count") == "count\n2\n")
        #expect(Tiny.diagnostic("let d = programmes | select code\nd | where budget > 0")?.hint?.contains("available: code") == true)
    }
}
