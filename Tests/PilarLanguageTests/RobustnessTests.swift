import PilarCore
@testable import PilarLanguage
import Testing

/// Bad input never crashes: thousands of generated scripts, from plausible token soup to
/// random bytes, each either runs or fails with a diagnostic whose span lies in the source.
@Suite struct LanguageRobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let vocabulary = [
        "programmes", "opds", "pillars", "indicators", "measurements", "|", "where", "select", "extend",
        "sort", "take", "top", "by", "summarize", "count", "distinct", "budget", "pillar", "opd", ".", "name",
        "code", "programmes", "indicators", "measurements", "achievement", "band", "year", "==", "!=", "<", ">=",
        "+", "-", "*", "/", "%", "and", "or", "not", "in", "is", "null", "(", ")", "[", "]", ",", "=", "as",
        "asc", "desc", "\"mobility\"", "'quick-win'", "1", "0", "2019", "1_000", "9223372036854775807", "2.5",
        "sum(", "count(", "avg(", "min(", "max(", "round(", "if(", "coalesce(", "lower(", "len(", "let", "x",
        "print", "$year", "\n", ";", "contains", "starts_with", "#", "`", "\"", ".format", ".schema", "true",
    ]

    @Test func tokenSoupNeverCrashes() {
        var generator = Generator(state: 2019)
        for _ in 0..<3000 {
            var parts: [String] = []
            for _ in 0..<(1 + generator.below(14)) {
                parts.append(Self.vocabulary[generator.below(Self.vocabulary.count)])
            }
            check(parts.joined(separator: generator.below(4) == 0 ? "" : " "), generator: &generator)
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = Generator(state: 86)
        for _ in 0..<1000 {
            let bytes = (0..<generator.below(40)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let source = SourceFile(name: "random", bytes: bytes)
            runAndCheck(source)
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        for text in [String(repeating: "(", count: 100_000) + "1", "print " + String(repeating: "not ", count: 50_000) + "true",
                     "print " + String(repeating: "-", count: 50_000) + "1", "print " + String(repeating: "[", count: 50_000),
                     "print 1" + String(repeating: " + 1", count: 100_000), "print true" + String(repeating: " and true", count: 100_000),
                     "programmes" + String(repeating: " | where true", count: 100_000),
                     "programmes | where opd" + String(repeating: ".opd", count: 100_000) + " == 'x'"] {
            let diagnostic = Tiny.diagnostic(text)
            #expect(diagnostic != nil)
        }
        #expect(Tiny.run("print " + String(repeating: "(", count: 90) + "1" + String(repeating: ")", count: 90)) == "1\n")
        #expect(Tiny.run("print 1" + String(repeating: " + 1", count: 90)) == "91\n")
    }

    private func check(_ text: String, generator: inout Generator) {
        runAndCheck(SourceFile(name: "soup", text: text))
        // Completion sees the same text, cut anywhere.
        let bytes = Array(text.utf8)
        let cut = bytes.isEmpty ? 0 : generator.below(bytes.count + 1)
        let prefix = String(decoding: bytes[..<cut], as: UTF8.self)
        let completion = Completer(session: Session(store: Tiny.store)).complete(prefix)
        #expect(completion.start >= 0 && completion.start <= prefix.utf8.count, "completion of \(prefix.debugDescription)")
        _ = Lexer.needsContinuation(prefix)
    }

    private func runAndCheck(_ source: SourceFile) {
        let session = Session(store: Tiny.store, parameters: ["year": .int(2019)])
        session.run(source) { event in
            if case .error(let diagnostic) = event, let span = Optional(diagnostic.span), diagnostic.source != nil {
                #expect(span.start >= 0 && span.end <= source.bytes.count,
                        "span \(span) outside \(source.text.debugDescription)")
            }
        }
    }
}
