import Foundation
import PilarCore
import Testing
@testable import PilarStore

/// Properties of the CSV reader over many generated inputs.
@Suite struct CSVPropertyTests {
    /// Every byte string up to length 6 over the bytes that matter never traps, and every field
    /// it yields lies inside the file.
    @Test func exhaustiveShortInputs() {
        let alphabet: [UInt8] = Array("a,\"\n\r".utf8)
        var inputs: [[UInt8]] = [[]]
        var frontier: [[UInt8]] = [[]]
        for _ in 1...6 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + [$0] } }
            inputs += frontier
        }
        for bytes in inputs {
            var reader = CSVReader(source: SourceFile(name: "f.csv", bytes: bytes))
            var lastLine = 0
            while reader.nextRecord() {
                #expect(reader.line > lastLine)
                lastLine = reader.line
                #expect(!reader.fields.isEmpty)
                for field in reader.fields {
                    #expect(0 <= field.start && field.start <= field.end && field.end <= bytes.count)
                    #expect(field.contentRange.lowerBound <= field.contentRange.upperBound)
                }
            }
        }
    }

    /// Records written with RFC 4180 quoting read back as the same cells, with LF or CRLF.
    @Test func writtenRecordsReadBack() {
        var state: UInt64 = 4180
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["a", "Dinas", " ", ",", "\"", "\n", "\r", "\r\n", "é", "😀", "12.5", ""]
        for round in 0..<300 {
            var records: [[String]] = []
            for _ in 0..<(1 + next(5)) {
                records.append((0..<(1 + next(4))).map { _ in (0..<next(4)).map { _ in pieces[next(pieces.count)] }.joined() })
            }
            let lineEnd = round % 2 == 0 ? "\n" : "\r\n"
            let text = records.map { $0.map(Self.quoted).joined(separator: ",") }.joined(separator: lineEnd)
                + (round % 3 == 0 ? "" : lineEnd)
            let bytes = Array(text.utf8)
            let read = CSVReader.readAll(SourceFile(name: "f.csv", bytes: bytes))
            #expect(read.diagnostics.isEmpty)
            #expect(read.records.map { $0.fields.map { $0.text(in: bytes) } } == records, "\(text.debugDescription)")
        }
    }

    /// Quotes every cell that needs it, and empty cells too so no record looks blank.
    private static func quoted(_ cell: String) -> String {
        let needs = cell.isEmpty || cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return needs ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }
}
