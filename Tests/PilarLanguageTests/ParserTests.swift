import PilarCore
@testable import PilarLanguage
import Testing

@Suite struct ParserTests {
    func parse(_ text: String) throws -> [Statement] {
        try Parser.parse(SourceFile(name: "t", text: text)).statements
    }

    func parseError(_ text: String) -> Diagnostic? {
        do { _ = try parse(text); return nil } catch let error as Diagnostic { return error } catch { return nil }
    }

    func expression(_ text: String) throws -> Expression {
        guard case .print(let expression) = try parse("print " + text)[0].kind else {
            Issue.record("not a print")
            return Expression(.null, .empty)
        }
        return expression
    }

    /// A compact rendering of an expression's tree, for precedence tests.
    func shape(_ expression: Expression) -> String {
        switch expression.kind {
        case .integer(let value): "\(value)"
        case .name(let name): name
        case .string(let text): "'\(text)'"
        case .binary(let op, let left, let right): "(\(shape(left)) \(op.rawValue) \(shape(right)))"
        case .unary(let op, let operand): "(\(op.rawValue) \(shape(operand)))"
        case .member(let base, let name, _): "\(shape(base)).\(name)"
        case .isNull(let operand, let negated): "(\(shape(operand)) is \(negated ? "not " : "")null)"
        case .inList(let needle, let list, let negated): "(\(shape(needle)) \(negated ? "not in" : "in") \(shape(list)))"
        case .list(let items): "[" + items.map(shape).joined(separator: ", ") + "]"
        case .call(let name, _, let arguments): "\(name)(" + arguments.map(shape).joined(separator: ", ") + ")"
        case .pipeline(let pipeline): "{\(shape(pipeline.source)) | \(pipeline.stages.count) stages}"
        default: "?"
        }
    }

    @Test func precedenceFollowsTheTable() throws {
        #expect(shape(try expression("1 + 2 * 3")) == "(1 + (2 * 3))")
        #expect(shape(try expression("a or b and not c")) == "(a or (b and (not c)))")
        #expect(shape(try expression("a + 1 > b * 2 and c")) == "(((a + 1) > (b * 2)) and c)")
        #expect(shape(try expression("x - 1 - 2")) == "((x - 1) - 2)")
        #expect(shape(try expression("-x * 2")) == "((- x) * 2)")
        #expect(shape(try expression("opd.name contains 'dinas'")) == "(opd.name contains 'dinas')")
        #expect(shape(try expression("budget is not null")) == "(budget is not null)")
        #expect(shape(try expression("h not in ['a', 'b']")) == "(h not in ['a', 'b'])")
        #expect(shape(try expression("count(programmes | where x)")) == "count({programmes | 1 stages})")
    }

    @Test func negativeLiteralsFold() throws {
        #expect(try expression("-5").kind == .integer(-5))
    }

    @Test func stagesParse() throws {
        let statements = try parse("""
            programmes | where budget > 0 | select code, n = len(name), opd.name as opd_name
              | extend x = 1, y = x + 1 | sort x desc, code | take 5 | top 3 by budget asc
              | summarize total = sum(budget), count() by pillar | count | distinct pillar
            """)
        guard case .query(let pipeline) = statements[0].kind else {
            Issue.record("expected a query")
            return
        }
        #expect(pipeline.stages.count == 9)
        guard case .select(let items) = pipeline.stages[1].kind else { Issue.record("select"); return }
        #expect(items.map(\.name) == [nil, "n", "opd_name"])
        guard case .top(_, let key) = pipeline.stages[5].kind else { Issue.record("top"); return }
        #expect(key.descending == false)
        guard case .summarize(let aggregates, let keys) = pipeline.stages[6].kind else { Issue.record("summarize"); return }
        #expect(aggregates.count == 2 && keys.count == 1)
    }

    @Test func letPrintAndDotCommands() throws {
        let statements = try parse("let big = programmes | where budget > 1\nprint 'x'\n.format csv")
        guard case .let(let name, _, _) = statements[0].kind else { Issue.record("let"); return }
        #expect(name == "big")
        guard case .print = statements[1].kind else { Issue.record("print"); return }
        #expect(statements[2].kind == .dotCommand(name: "format", arguments: ["csv"]))
    }

    @Test func errorsSayWhatWasExpected() {
        #expect(parseError("programmes | wher x")?.hint == "did you mean 'where'?")
        #expect(parseError("programmes | where")?.message == "expected an expression after 'where', found end of statement")
        #expect(parseError("programmes | top 5 budget")?.message == "expected 'by' after 'top 5'")
        #expect(parseError("programmes | where (budget > 0")?.message == "'(' is never closed")
        #expect(parseError("programmes | where a < b < c")?.message == "comparisons cannot be chained")
        #expect(parseError("| where x")?.message == "a pipeline must start with a source")
        #expect(parseError("programmes | extend x == 1")?.message == "expected '=' after 'x', found '=='")
        #expect(parseError("programmes where x")?.hint == "stages are joined with '|': … | where …")
        #expect(parseError("programmes | where x is 5")?.message == "expected 'null' after 'is'")
        #expect(parseError("programmes | summarize")?.message == "expected aggregates after 'summarize'")
    }

    @Test func insertAndUpsertTakeOneRecordOrAList() throws {
        let statements = try parse("""
            insert measurements {indicator: "MOB-01.2", year: 2024, target: 80,}
            upsert opds [{code: "A", name: "x"}, {code: "B", name: upper("y")},]
            """)
        guard case .insert(let one) = statements[0].kind else { Issue.record("insert"); return }
        #expect(!one.upsert && one.source == "measurements" && one.records.count == 1)
        #expect(one.records[0].fields.map(\.name) == ["indicator", "year", "target"])
        #expect(one.records[0].fields[1].nameSpan == Span(44, 48))
        #expect(one.records[0].fields[1].value.span == Span(50, 54))
        guard case .insert(let many) = statements[1].kind else { Issue.record("upsert"); return }
        #expect(many.upsert && many.source == "opds" && many.records.count == 2)
        #expect(shape(many.records[1].fields[1].value) == "upper('y')")
    }

    @Test func insertIsAWordOnlyAtTheStartOfAStatement() throws {
        // A let may still be called insert; `insert | …` reads it.
        guard case .query(let pipeline) = try parse("insert | count")[0].kind else { Issue.record("query"); return }
        #expect(pipeline.source.kind == .name("insert"))
        guard case .query = try parse("programmes | extend insert = 1 | select insert")[0].kind else {
            Issue.record("insert as a column"); return
        }
    }

    @Test func updateAndDeleteAreLastStages() throws {
        guard case .query(let pipeline) = try parse("measurements | where year == 2023 | update actual = actual * 1.1, target = 5")[0].kind,
              case .update(let assignments) = pipeline.stages[1].kind else { Issue.record("update"); return }
        #expect(assignments.map(\.name) == ["actual", "target"])
        guard case .query(let deleting) = try parse("programmes | where code == 'X' | delete cascade")[0].kind else {
            Issue.record("delete"); return
        }
        #expect(deleting.stages[1].kind == .delete(cascade: true))
        guard case .query(let plain) = try parse("programmes | delete")[0].kind else { Issue.record("delete"); return }
        #expect(plain.stages[0].kind == .delete(cascade: false))
    }

    @Test func editErrorsSayWhereAndWhy() {
        #expect(parseError("insert")?.message == "expected a source after 'insert', found end of statement")
        #expect(parseError("insert opds")?.message
                == "expected a record {field: value, …} or a list of records after 'insert opds', found end of statement")
        #expect(parseError("insert opds {}")?.message == "a record needs at least one field")
        #expect(parseError("upsert opds []")?.message == "'upsert' needs at least one record")
        #expect(parseError("insert opds {code = 'A'}")?.hint == "a record gives fields with ':': {code: …}")
        #expect(parseError("insert opds {code: 'A' name: 'B'}")?.message == "expected ',' or '}', found 'name'")
        #expect(parseError("insert opds {code: 'A'")?.message == "'{' is never closed")
        #expect(parseError("insert opds [{code: 'A'} 1]")?.message == "expected ',' or ']', found number 1")
        #expect(parseError("insert opds {code: }")?.message == "expected an expression after 'code:', found '}'")
        #expect(parseError("programmes | update")?.message == "expected 'field = expression' after 'update', found end of statement")
        #expect(parseError("programmes | update budget == 1")?.message == "expected '=' after 'budget', found '=='")
        let notLast = parseError("programmes | delete | count")
        #expect(notLast?.message == "'delete' must be the last stage")
        #expect(notLast?.span == Span(13, 19))
        #expect(parseError("let x = programmes | update budget = 1")?.message
                == "'let' cannot update rows: a let keeps a result, it does not change the data")
        #expect(parseError("opds | extend n = count(programmes | delete)")?.message == "'delete' cannot be used inside an expression")
        #expect(parseError("programmes | updat budget = 1")?.hint == "did you mean 'update'?")
    }

    @Test func errorSpansPointAtTheProblem() {
        let error = parseError("programmes | wher x")
        #expect(error?.span == Span(13, 17))
        #expect(error?.location?.column == 14)
    }
}
