import Foundation
import PilarCore
import Testing
@testable import PilarStore

/// Reads a CSV text and returns each record as (line, cell texts).
private func read(_ text: String) -> (records: [(line: Int, cells: [String])], problems: [String]) {
    read(bytes: Array(text.utf8))
}

private func read(bytes: [UInt8]) -> (records: [(line: Int, cells: [String])], problems: [String]) {
    let source = SourceFile(name: "f.csv", bytes: bytes)
    let (records, diagnostics) = CSVReader.readAll(source)
    return (records.map { ($0.line, $0.fields.map { $0.text(in: bytes) }) }, diagnostics.map(\.summary))
}

@Suite struct CSVReaderTests {
    @Test func plainRecordsWithLineNumbers() {
        let (records, problems) = read("code,name\nA,Alpha\nB,Beta\n")
        #expect(problems.isEmpty)
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records.map(\.cells) == [["code", "name"], ["A", "Alpha"], ["B", "Beta"]])
    }

    @Test func quotedFieldsWithCommasEscapesAndNewlines() {
        let text = "code,name\nX,\"a, \"\"b\"\"\nc\"\nY,\"\"\nZ,\"plain\"\n"
        let (records, problems) = read(text)
        #expect(problems.isEmpty)
        #expect(records.map(\.cells) == [["code", "name"], ["X", "a, \"b\"\nc"], ["Y", ""], ["Z", "plain"]])
        // The embedded line break moves the following records down a line.
        #expect(records.map(\.line) == [1, 2, 4, 5])
    }

    @Test func crlfLineEndsAreNotPartOfCells() {
        let (records, problems) = read("a,b\r\n1,\"two\"\r\n3,\r\n\"x\r\ny\",4\r\n")
        #expect(problems.isEmpty)
        #expect(records.map(\.cells) == [["a", "b"], ["1", "two"], ["3", ""], ["x\r\ny", "4"]])
        #expect(records.map(\.line) == [1, 2, 3, 4])
    }

    @Test func byteOrderMarkIsSkipped() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("code,name\nA,B".utf8)
        let (records, problems) = read(bytes: bytes)
        #expect(problems.isEmpty)
        #expect(records.map(\.cells) == [["code", "name"], ["A", "B"]])
        let fields = CSVReader.readAll(SourceFile(name: "f.csv", bytes: bytes)).records[0].fields
        #expect(fields[0] == CSVField(start: 3, end: 7))
    }

    @Test func blankLinesAndMissingFinalNewline() {
        let (records, problems) = read("a\n\n\r\nb\n\n\nc")
        #expect(problems.isEmpty)
        #expect(records.map(\.cells) == [["a"], ["b"], ["c"]])
        #expect(records.map(\.line) == [1, 4, 7])
    }

    @Test func emptyCells() {
        let (records, _) = read("a,,\n,\n\"\",x\n")
        #expect(records.map(\.cells) == [["a", "", ""], ["", ""], ["", "x"]])
    }

    @Test func aCommaAtTheVeryEndLeavesAnEmptyField() {
        #expect(read("a,b,").records.map(\.cells) == [["a", "b", ""]])
        #expect(read(",").records.map(\.cells) == [["", ""]])
        #expect(read("\"x\",").records.map(\.cells) == [["x", ""]])
    }

    @Test func emptyAndBlankFilesHaveNoRecords() {
        #expect(read("").records.isEmpty)
        #expect(read("\n\r\n\n").records.isEmpty)
        #expect(read(bytes: [0xEF, 0xBB, 0xBF]).records.isEmpty)
    }

    @Test func fieldOffsetsPointIntoTheFile() {
        let bytes = Array("id,name\n7,\"Bus \"\"TMP\"\"\",x\n".utf8)
        let record = CSVReader.readAll(SourceFile(name: "f.csv", bytes: bytes)).records[1]
        #expect(record.line == 2)
        #expect(record.fields == [
            CSVField(start: 8, end: 9),
            CSVField(start: 10, end: 23, isQuoted: true, hasEscapedQuotes: true),
            CSVField(start: 24, end: 25),
        ])
        #expect(record.fields[1].contentRange == 11..<22)
        #expect(record.fields[1].text(in: bytes) == "Bus \"TMP\"")
    }

    @Test func loneCarriageReturnInsideACellIsData() {
        #expect(read("a\rb,c\n").records.map(\.cells) == [["a\rb", "c"]])
    }

    @Test func unterminatedQuoteStopsReading() {
        let source = SourceFile(name: "f.csv", text: "a,b\n1,\"oops\n2,3\n")
        var reader = CSVReader(source: source)
        var lines: [Int] = []
        while reader.nextRecord() { lines.append(reader.line) }
        #expect(lines == [1])
        #expect(reader.stoppedEarly)
        #expect(reader.diagnostics.map(\.summary) == [
            "f.csv:2:3: unterminated quoted field [\"] (help: the quote opened here is never closed; inside quotes write a quote twice: \"\")",
        ])
        #expect(reader.diagnostics.first?.stage == .loader)
    }

    @Test func strayQuoteSkipsOnlyItsRecord() {
        let (records, problems) = read("a,b\n1,x\"y\n2,3\n")
        #expect(records.map(\.cells) == [["a", "b"], ["2", "3"]])
        #expect(records.map(\.line) == [1, 3])
        #expect(problems == [
            "f.csv:2:4: stray quote in an unquoted field [\"] (help: put the whole field in quotes and write the quote twice, e.g. \"5\"\" screen\")",
        ])
    }

    @Test func textAfterClosingQuote() {
        let (records, problems) = read("a\n\"x\"y\nz\n")
        #expect(records.map(\.cells) == [["a"], ["z"]])
        #expect(records.map(\.line) == [1, 3])
        #expect(problems == [
            "f.csv:2:4: unexpected text after a closing quote [y] (help: a quoted field ends at its closing quote; put the whole field in quotes)",
        ])
    }

    @Test func diagnosticsBeyondTheLimitAreCounted() {
        var reader = CSVReader(source: SourceFile(name: "f.csv", text: String(repeating: "x\"\n", count: 10)))
        reader.diagnosticLimit = 3
        while reader.nextRecord() {}
        let taken = reader.takeDiagnostics()
        #expect(taken.diagnostics.count == 3)
        #expect(taken.omitted == 7)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func theFieldBufferIsReusedAcrossRecords() {
        var reader = CSVReader(source: SourceFile(name: "f.csv", text: "a,b,c\n1,2\n"))
        let first = reader.nextRecord()
        #expect(first && reader.fields.count == 3)
        let second = reader.nextRecord()
        #expect(second && reader.fields.count == 2)
        #expect(reader.recordStart == 6)
        #expect(reader.recordEnd == 9)
        let third = reader.nextRecord()
        #expect(!third)
    }
}
