import PilarCore
@testable import PilarLanguage
import PilarStore
import Testing

/// The function registry is the one truth about functions: its examples run, and the
/// checker, completion and error hints know every function it declares.
@Suite struct FunctionRegistryTests {
    static let scalarNames = ScalarFunction.all.map(\.name)
    static let aggregateNames = AggregateFunction.all.map(\.name)
    static let examples = ScalarFunction.all.flatMap(\.examples) + AggregateFunction.all.flatMap(\.examples)
        + WindowFunction.all.flatMap(\.examples)

    /// Runs one statement on the demo; the formatted error, or nil.
    static func failure(of text: String) -> String? {
        let session = Session(store: DemoMasterplan.load())
        var failure: String?
        session.run(SourceFile(name: "registry", text: text)) { event in
            switch event {
            case .error(let diagnostic): failure = DiagnosticFormatter().format(diagnostic)
            case .errors(let list): failure = DiagnosticFormatter().format(list)
            default: break
            }
        }
        return failure
    }

    @Test(arguments: examples)
    func everyExampleRunsOnTheDemo(example: String) {
        let failure = Self.failure(of: example)
        #expect(failure == nil, "the registry example \(example.debugDescription) fails:\n\(failure ?? "")")
    }

    @Test func everyFunctionHasHelpAndAnExampleThatCallsIt() {
        for function in ScalarFunction.all {
            #expect(!function.help.isEmpty)
            #expect(function.signature.hasPrefix(function.name + "("))
            #expect(function.examples.contains { $0.contains(function.name + "(") }, "no example calls \(function.name)")
        }
        for function in AggregateFunction.all {
            #expect(!function.help.isEmpty)
            #expect(function.signature.hasPrefix(function.name + "("))
            #expect(function.examples.contains { $0.contains(function.name + "(") }, "no example calls \(function.name)")
        }
        for function in WindowFunction.all {
            #expect(!function.help.isEmpty)
            #expect(function.signature.hasPrefix(function.name + "("))
            #expect(function.examples.contains { $0.contains(function.name + "(") }, "no example calls \(function.name)")
        }
    }

    @Test func namesAreUnique() {
        let names = Self.scalarNames + Self.aggregateNames + WindowFunction.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(FunctionRegistry.names == names)
    }

    /// Every declared name reaches its declaration: a call with the wrong number of arguments
    /// is an arity error, never "unknown function".
    @Test(arguments: scalarNames)
    func everyScalarNameChecks(name: String) throws {
        let function = try #require(ScalarFunction.named(name))
        let count = function.arity.upperBound + 1
        let call = "print \(name)(\(Array(repeating: "1", count: count).joined(separator: ", ")))"
        let diagnostic = try #require(Tiny.diagnostic(call))
        #expect(diagnostic.message.hasPrefix("\(name)() takes"), "\(call): \(diagnostic.message)")
        #expect(diagnostic.hint == "usage: \(function.signature)")
    }

    @Test(arguments: aggregateNames)
    func everyAggregateNameChecks(name: String) throws {
        let function = try #require(AggregateFunction.named(name))
        // Those with a second argument are called in their examples (everyExampleRunsOnTheDemo).
        if function.second.isNone, name != "count_if" {
            #expect(Tiny.diagnostic("programmes | summarize x = \(name)(budget)") == nil)
        }
        let arguments = function.second.isNone ? "1, 2" : "1, 2, 3"
        let diagnostic = try #require(Tiny.diagnostic("print \(name)(\(arguments))"))
        #expect(diagnostic.message.hasPrefix("\(name)() takes \(function.second.isNone ? "one argument" : "")"))
        #expect(diagnostic.hint == "usage: \(function.signature)")
    }

    @Test func typeProblemsPointAtTheArgumentWithTheUsage() throws {
        let text = "programmes | select round(name, 1)"
        let diagnostic = try #require(Tiny.diagnostic(text))
        #expect(diagnostic.message == "round() needs a number, not text")
        #expect(diagnostic.hint == "usage: round(number[, digits])")
        #expect(diagnostic.span.start == text.utf8.count - "name, 1)".utf8.count)
        let mixed = try #require(Tiny.diagnostic(#"print coalesce(1, "a")"#))
        #expect(mixed.message == "coalesce() arguments mix int and text")
        #expect(mixed.hint == nil)
    }

    @Test func completionOffersEveryFunction() {
        let session = Session(store: Tiny.store)
        let candidates = Completer(session: session).complete("programmes | where ").candidates
        // Window functions are offered only in a window stage, where they are not errors.
        for name in FunctionRegistry.names where WindowFunction.named(name) == nil {
            #expect(candidates.contains(name), "completion misses \(name)")
        }
        let inWindow = Completer(session: session).complete("programmes | window x = ").candidates
        for name in FunctionRegistry.names {
            #expect(inWindow.contains(name), "completion in a window misses \(name)")
        }
    }
}
