import PilarCore
import Testing
@testable import PilarRender

/// `Renderer.write` streams what `Renderer.render` returns whole: same bytes, in chunks, and
/// a large result really arrives in several pieces (so it is never held whole).
@Suite struct StreamingTests {
    @Test(arguments: [OutputFormat.csv, .tsv, .json, .jsonl, .markdown, .table])
    func streamedOutputIsTheRenderedText(_ format: OutputFormat) {
        let result = LargeResultTests.large
        let options = RenderOptions(format: format)
        var streamed: [UInt8] = []
        var chunks = 0
        Renderer.write(result, options) { chunk in
            streamed.append(contentsOf: chunk)
            chunks += 1
        }
        #expect(String(decoding: streamed, as: UTF8.self) == Renderer.render(result, options))
        if format != .table, format != .markdown {
            #expect(chunks > 10, "a 100,000-row \(format) should arrive in many chunks, not \(chunks)")
        }
    }

    @Test func emptyResultsStreamAsTheyRender() {
        let empty = ResultSet(columns: [ResultColumn("code", .label)], rows: [])
        let none = ResultSet(columns: [], rows: [])
        for result in [empty, none] {
            for format in [OutputFormat.csv, .tsv, .json, .jsonl] {
                var streamed: [UInt8] = []
                Renderer.write(result, RenderOptions(format: format)) { streamed.append(contentsOf: $0) }
                #expect(String(decoding: streamed, as: UTF8.self) == Renderer.render(result, RenderOptions(format: format)))
            }
        }
    }

    @Test func cellsReadOnDemandRenderLikeStoredOnes() {
        let computed = ResultSet(columns: [ResultColumn("n", .int), ResultColumn("code", .text)], rowCount: 3,
                                 cells: [.computed { .int(Int64($0) * 10) }, .values([.text("a"), .null, .text("c")])])
        let stored = ResultSet(columns: computed.columns, rows: [[.int(0), .text("a")], [.int(10), .null], [.int(20), .text("c")]])
        #expect(computed == stored)
        #expect(Renderer.render(computed, RenderOptions(format: .csv)) == "n,code\n0,a\n10,\n20,c\n")
        #expect(computed.cell(3, 0) == .null && computed.cell(0, 5) == .null)
    }
}

/// Decimals written in place read exactly as `NumberText.decimal` writes them.
@Suite struct DecimalBytesTests {
    @Test(arguments: ["0", "0.75", "-1.5", "57", "57.000", "-0.001", "123456789.123456789", "0.000000000000000001",
                      "-9223372036854775807", "922337203.6854775807", "100", "-0.10"])
    func appendDecimalWritesTheShortestExactText(_ text: String) throws {
        let number = try DecimalNumber.parse(Array(text.utf8)).get()
        var out = ByteBuffer(reserving: 32)
        out.appendDecimal(number)
        #expect(out.string == NumberText.decimal(number))
    }
}
