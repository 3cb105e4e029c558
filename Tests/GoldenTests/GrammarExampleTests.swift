import Foundation
import PilarCore
import Testing

/// Every ```pilar block in grammar.md runs on the demo data without error, and every
/// ```pilar-error block fails. When a ```text block follows right after, the output must match it.
@Suite struct GrammarExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let line: Int
        let code: String
        let expectsError: Bool
        let expected: String?
        /// The line range (0-based, excluding fences) of the expected ```text block, if any.
        let expectedLines: Range<Int>?
        var testDescription: String { "grammar.md:\(line)" }
    }

    static let examples: [Example] = {
        let url = GoldenHarness.repositoryRoot.appendingPathComponent("grammar.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let lines = text.components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        func block(at start: Int) -> (body: String, end: Int) {
            var body: [String] = []
            var cursor = start + 1
            while cursor < lines.count, lines[cursor] != "```" {
                body.append(lines[cursor])
                cursor += 1
            }
            return (body.joined(separator: "\n") + "\n", cursor)
        }
        while index < lines.count {
            let fence = lines[index]
            if fence == "```pilar" || fence == "```pilar-error" {
                let (code, end) = block(at: index)
                var expected: String?
                var expectedLines: Range<Int>?
                var next = end + 1
                while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
                if next < lines.count, lines[next] == "```text" {
                    let (output, outputEnd) = block(at: next)
                    expected = output
                    expectedLines = (next + 1)..<outputEnd
                    index = outputEnd
                } else {
                    index = end
                }
                examples.append(Example(line: index + 1, code: code, expectsError: fence == "```pilar-error", expected: expected,
                                    expectedLines: expectedLines))
            }
            index += 1
        }
        return examples
    }()

    @Test func grammarHasExamples() {
        #expect(Self.examples.count >= 20, "grammar.md should carry runnable examples")
    }

    @Test(arguments: examples)
    func example(_ example: Example) {
        let source = SourceFile(name: "grammar.md", text: example.code)
        let (output, succeeded) = GoldenHarness.run(source)
        if example.expectsError {
            #expect(!succeeded, "grammar.md:\(example.line) should fail but printed:\n\(output)")
        } else {
            #expect(succeeded, "grammar.md:\(example.line) failed:\n\(output)")
        }
        if let expected = example.expected, expected != output {
            Issue.record("grammar.md:\(example.line) output differs (- expected, + actual):\n\(GoldenHarness.diff(expected: expected, actual: output))")
        }
    }

    /// With PILAR_UPDATE_GOLDEN=1, rewrites each ```text block of grammar.md with what its example
    /// prints now (read the diff before committing it); otherwise does nothing.
    @Test func updateExpectedOutputWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["PILAR_UPDATE_GOLDEN"] == "1" else { return }
        let url = GoldenHarness.repositoryRoot.appendingPathComponent("grammar.md")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        // From the last block up, so earlier line numbers stay valid.
        for example in Self.examples.reversed() {
            guard let range = example.expectedLines else { continue }
            let (output, _) = GoldenHarness.run(SourceFile(name: "grammar.md", text: example.code))
            var body = output.components(separatedBy: "\n")
            if body.last == "" { body.removeLast() }
            lines.replaceSubrange(range, with: body)
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
