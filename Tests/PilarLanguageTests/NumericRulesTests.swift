import PilarCore
import Testing

/// The numeric rules grammar.md states: exact decimals, located overflow errors, no NaN or
/// infinity, division by zero gives null, and no numeric conversion can trap.
@Suite struct NumericRulesTests {
    private func error(_ script: String) -> String? {
        Tiny.diagnostic(script).map(\.message)
    }

    @Test func decimalArithmeticIsExact() {
        #expect(Tiny.run("print 0.57 * 100 / 0.75") == "76\n")
        #expect(Tiny.run("print 0.1 + 0.2 == 0.3") == "true\n")
        #expect(Tiny.run("print 0.57 - 0.75") == "-0.18\n")
        #expect(Tiny.run("print 1 / 3") == "0.333333333333333333\n")
        #expect(Tiny.run("print 7.5 % 2") == "1.5\n")
        #expect(Tiny.run("print 1 / 0") == "null\n")
        #expect(Tiny.run("print 1.5 % 0") == "null\n")
        #expect(Tiny.run("print (-9223372036854775807 - 1) % -1") == "0\n")
        #expect(error("print (-9223372036854775807 - 1) / -1") == "number overflow in '/'")
    }

    @Test func roundOfLargeNumbersIsAnErrorOrExactNeverATrap() {
        #expect(error("print round(9223372036854775807, -1)") == "integer overflow in round()")
        #expect(Tiny.run("print round(9223372036854775807, -30)") == "0\n")
        // At 10^19 the nearest multiple is 10^19 itself once the value is half of it or more.
        #expect(error("print round(9223372036854775807, -19)") == "integer overflow in round()")
        #expect(error("print round(5000000000000000000, -19)") == "integer overflow in round()")
        #expect(Tiny.run("print round(4999999999999999999, -19)") == "0\n")
        #expect(Tiny.run("print round(-4999999999999999999, -19)") == "0\n")
        #expect(Tiny.run("print round(-9223372036854775807, -2)") == "-9223372036854775800\n")
        #expect(Tiny.run("print round(1250, -2)") == "1300\n")
        #expect(Tiny.run("print round(-1250, -2)") == "-1300\n")
        #expect(Tiny.run("print round(2.675, 2)") == "2.68\n")
        #expect(Tiny.run("print round(900000000000000000.5, 0)") == "900000000000000001\n")
        #expect(Tiny.run("print round(2.5, 9223372036854775807)") == "2.5\n")
        #expect(Tiny.run("print round(2.5, -9223372036854775807)") == "0\n")
        #expect(Tiny.run("programmes | where budget is not null | extend r = round(budget * 10000000000000000, -3) | count")
            .hasPrefix("error: integer overflow in '*'"))
    }

    @Test func noNaNNoInfinity() {
        #expect(error("print 1e308 * 10") == "number '1e308' is out of range")
        #expect(error("print 9000000000000000000.0 * 10") == "number overflow in '*'")
        #expect(error("print 9223372036854775806.5") == "number '9223372036854775806.5' has more digits than pilar keeps exactly")
        #expect(error("print number('nan')") == "number('nan'): not a number")
        #expect(error("print number('Infinity')") == "number('Infinity'): not a number")
        #expect(Tiny.run("print number('  ')") == "null\n")
        #expect(Tiny.run("print number(' 1_250.50 ')") == "1250.5\n")
    }

    @Test func numberNeverGuessesAGroupingOrADecimalComma() {
        #expect(error("print number('1,5')") == "number('1,5'): not a number")
        #expect(error("print number('1.250.000')") == "number('1.250.000'): not a number")
        #expect(Tiny.diagnostic("print number('1,5')")?.hint?.contains("could be read more than one way") == true)
    }

    @Test func intAggregatesThatOverflowAreLocatedErrors() throws {
        let script = "let big = programmes | extend b = 4000000000000000000 | select b\nbig | summarize s = sum(b)"
        let diagnostic = try #require(Tiny.diagnostic(script))
        #expect(diagnostic.message == "integer overflow in sum()")
        #expect(diagnostic.span.start == script.utf8.count - 6)
        // avg of the same ints is exact: the sum is kept in 128 bits.
        #expect(Tiny.run("programmes | extend b = 4000000000000000000 | summarize a = avg(b)") == "a\n4000000000000000000\n")
        #expect(Tiny.run("programmes | extend b = 9223372036854775807 | summarize a = avg(b), n = count()") == "a,n\n9223372036854775807,4\n")
    }

    @Test func decimalAggregatesAreExact() {
        #expect(Tiny.run("measurements | summarize s = sum(target * 0.1)") == "s\n67.5\n")
        #expect(Tiny.run("print sum([0.1, 0.2, 0.3])") == "0.6\n")
        #expect(Tiny.run("print avg([1, 2])") == "1.5\n")
        #expect(error("print sum([9000000000000000000.0, 9000000000000000000.0])") == "number overflow in sum()")
    }

    @Test func comparisonsMixIntsAndDecimalsExactly() {
        #expect(Tiny.run("print 922337203685477580 > 922337203685477579.5") == "true\n")
        #expect(Tiny.run("print 1 == 1.0") == "true\n")
        #expect(Tiny.run("measurements | where achievement >= 76 | count") == "count\n4\n")
    }
}
