import PilarCore
@testable import PilarLanguage
import Testing

@Suite struct LexerTests {
    func kinds(_ text: String) throws -> [TokenKind] {
        try Lexer.tokenize(SourceFile(name: "t", text: text)).map(\.kind)
    }

    @Test func numbersStringsAndSymbols() throws {
        #expect(try kinds("1_500_000 12.5 1e3 'a\\n' \"b\" $year <= <> ==") == [
            .integer(1_500_000), .decimal(12.5), .decimal(1000), .string("a\n"), .string("b"), .parameter("year"),
            .symbol(.lessEqual), .symbol(.notEqual), .symbol(.equal), .end, .eof,
        ])
    }

    @Test func keywordsAndIdentifiers() throws {
        #expect(try kinds("where budget is not null and `sumber dana`") == [
            .identifier("where"), .identifier("budget"), .keyword(.is), .keyword(.not), .keyword(.null),
            .keyword(.and), .identifier("sumber dana"), .end, .eof,
        ])
    }

    @Test func unicodeEscapeAndUTF8() throws {
        #expect(try kinds("\"\\u{1F600} Ü\"") == [.string("😀 Ü"), .end, .eof])
    }

    @Test func newlineEndsAStatement() throws {
        #expect(try kinds("opds\nprogrammes") == [.identifier("opds"), .end, .identifier("programmes"), .end, .eof])
    }

    @Test func continuationAfterPipeCommaOperatorAndInsideBrackets() throws {
        for text in ["opds |\n count", "opds | select code,\n name", "opds | where 1 +\n 2 > 0",
                     "opds | where code in [\n\"A\"]", "opds\n| count", "opds\n\n  # comment\n  | count",
                     "opds | where code == \"A\" and\n name == \"B\""] {
            let ends = try kinds(text).filter { $0 == .end }.count
            #expect(ends == 1, "\(text.debugDescription) should be one statement")
        }
    }

    @Test func recordSymbolsAndTheirContinuation() throws {
        #expect(try kinds("{a: 1}") == [.symbol(.leftBrace), .identifier("a"), .symbol(.colon), .integer(1),
                                         .symbol(.rightBrace), .end, .eof])
        // An open '{' continues like '(' and '['; so does a line ending in ':'.
        for text in ["insert opds {\n code: \"A\",\n name: \"B\"\n}", "insert opds {code:\n \"A\"}"] {
            #expect(try kinds(text).filter { $0 == .end }.count == 1, "\(text.debugDescription) should be one statement")
        }
        #expect(Lexer.needsContinuation("insert opds {code: \"A\","))
        #expect(Lexer.needsContinuation("insert opds [{code: \"A\"},"))
        #expect(!Lexer.needsContinuation("insert opds {code: \"A\"}"))
    }

    @Test func semicolonSeparatesStatements() throws {
        #expect(try kinds("opds; count").filter { $0 == .end }.count == 2)
    }

    @Test func commentsAndShebangAreSkipped() throws {
        #expect(try kinds("#!/usr/bin/env pilar\nopds # all\n") == [.identifier("opds"), .end, .eof])
    }

    @Test func dotCommandTakesTheRestOfTheLine() throws {
        #expect(try kinds(".format csv\n.load \"my data\" # comment") == [
            .dotCommand(name: "format", arguments: ["csv"]), .end,
            .dotCommand(name: "load", arguments: ["my data"]), .end, .eof,
        ])
    }

    @Test func needsContinuationFollowsTheSameRules() {
        #expect(Lexer.needsContinuation("programmes |"))
        #expect(Lexer.needsContinuation("programmes | where (budget > 0"))
        #expect(Lexer.needsContinuation("programmes | select code,"))
        #expect(Lexer.needsContinuation("programmes | where budget >"))
        #expect(!Lexer.needsContinuation("programmes | count"))
        #expect(!Lexer.needsContinuation("programmes | where name == \"unterminated"))
        #expect(!Lexer.needsContinuation(".format csv"))
        #expect(!Lexer.needsContinuation(""))
    }

    @Test func errorsCarryLocations() {
        func error(_ text: String) -> Diagnostic? {
            do { _ = try Lexer.tokenize(SourceFile(name: "t", text: text)); return nil } catch { return error }
        }
        #expect(error("opds | where name == \"x")?.message == "unterminated string")
        #expect(error("opds | where a & b")?.hint == "use 'and'")
        #expect(error("opds | where a & b")?.span == Span(15, 16))
        #expect(error("print 99999999999999999999")?.message.contains("too large") == true)
        #expect(error("print 12abc")?.message == "invalid number '12abc'")
        #expect(error("print \"\\q\"")?.message == "unknown escape '\\q' in string")
        #expect(error("print “x”")?.hint == "use straight quotes \" \"")
    }
}
