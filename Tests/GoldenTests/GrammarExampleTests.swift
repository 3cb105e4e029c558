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
                var next = end + 1
                while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
                if next < lines.count, lines[next] == "```text" {
                    let (output, outputEnd) = block(at: next)
                    expected = output
                    index = outputEnd
                } else {
                    index = end
                }
                examples.append(Example(line: index + 1, code: code, expectsError: fence == "```pilar-error", expected: expected))
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
}
