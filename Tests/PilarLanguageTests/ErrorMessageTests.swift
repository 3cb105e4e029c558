import PilarCore
@testable import PilarLanguage
import Testing

/// Error messages found unhelpful while writing the script bad-input corpus: each names the
/// whole problem, points at it, and says what to write instead.
@Suite struct ErrorMessageTests {
    func lexError(_ text: String) -> Diagnostic? {
        do throws(Diagnostic) {
            _ = try Lexer.tokenize(SourceFile(name: "t", text: text))
            return nil
        } catch {
            return error
        }
    }

    @Test func aNumberWithTwoPointsIsOneBadNumber() {
        let error = lexError("print 1.2.3")
        #expect(error?.message == "invalid number '1.2.3'")
        #expect(error?.span == Span(6, 11))
        #expect(error?.hint == "a number has at most one decimal point")
    }

    @Test func digitsFollowedByLettersSayWhy() {
        #expect(lexError("print 0x1F")?.hint == "write numbers in decimal digits: hexadecimal is not supported")
        #expect(lexError("print 12abc")?.hint == "a name cannot start with a digit; quote it with backticks: `12abc`")
    }

    @Test func anExponentWithoutDigitsSaysSo() {
        #expect(lexError("print 1e")?.hint == "an exponent needs digits, e.g. 1e3 or 2.5e-3")
        #expect(lexError("print 2.5E")?.hint == "an exponent needs digits, e.g. 1e3 or 2.5e-3")
    }

    @Test func aSingleEqualsInAConditionSaysToWriteDoubleEquals() {
        do throws(Diagnostic) {
            _ = try Parser.parse(SourceFile(name: "t", text: "programmes | where budget = 1"))
            Issue.record("= parsed")
        } catch {
            #expect(error.message == "'=' does not compare; write '==' to compare")
            #expect(error.span == Span(26, 27))
        }
    }

    @Test func aHugeLiteralIsShortenedInTheMessage() {
        let digits = String(repeating: "9", count: 10_000)
        let error = lexError("print \(digits)")
        #expect(error?.message == "integer '\(String(repeating: "9", count: 32))… (10000 characters)' is too large")
        #expect(error?.span == Span(6, 10_006))
        #expect(lexError("print 1e\(digits)")?.message.count ?? 0 < 100)
    }

    @Test func aBadUnicodeEscapeIsUnderlinedToItsBrace() {
        #expect(lexError("print \"\\u{zz}\"")?.span == Span(7, 13))
        #expect(lexError("print \"\\u{110000}\"")?.span == Span(7, 17))
        #expect(lexError("print \"\\uzz\"")?.span == Span(7, 9))
    }

    @Test func theEscapeHintListsEveryEscape() {
        #expect(lexError("print \"\\q\"")?.hint == "escapes are \\n \\t \\r \\0 \\\\ \\\" \\' and \\u{…}")
    }

    @Test func tripleEqualsSaysWhichOperatorToWrite() throws {
        do throws(Diagnostic) {
            _ = try Parser.parse(SourceFile(name: "t", text: "print 1 === 2"))
            Issue.record("=== parsed")
        } catch {
            #expect(error.hint == "there is no '===' operator; compare with '=='")
        }
    }

    /// A continued line that ends the file pointed at the empty line after it.
    @Test func aMissingOperandAtTheEndOfAFileIsShownOnItsLine() {
        for (text, column) in [("print 1 +\n", 10), ("opds |\n", 7), ("opds | where\n\n", 13), ("print (1 +\n", 11)] {
            do throws(Diagnostic) {
                _ = try Parser.parse(SourceFile(name: "t", text: text))
                Issue.record("\(text) parsed")
            } catch {
                #expect(error.location?.line == 1, "\(text)")
                #expect(error.location?.column == column, "\(text)")
            }
        }
    }

    @Test func negationOverflowPointsAtTheNegation() {
        let error = Tiny.diagnostic("print -(-9223372036854775807 - 1)")
        #expect(error?.message == "integer overflow in negation")
        #expect(error?.span == Span(6, 33))
    }
}
