import Foundation
import PilarCore
@testable import PilarLanguage
import PilarStore
import Testing

/// The stage registry and the hand-written parser agree: every declared name and alias
/// parses as that stage, every example runs on the demo, and the edits must end a statement.
@Suite struct StageRegistryTests {
    static let names = StageDeclaration.all.flatMap(\.names)
    static let examples = StageDeclaration.all.flatMap(\.examples)

    func stages(_ text: String) throws -> [Stage] {
        let statements = try Parser.parse(SourceFile(name: "t", text: text)).statements
        guard case .query(let pipeline) = statements.last?.kind else { return [] }
        return pipeline.stages
    }

    @Test(arguments: examples)
    func everyExampleRunsOnTheDemo(example: String) {
        let failure = FunctionRegistryTests.failure(of: example)
        #expect(failure == nil, "the stage example \(example.debugDescription) fails:\n\(failure ?? "")")
    }

    /// Each declaration's examples use it, so each name (and alias) parses into that stage.
    @Test func everyDeclarationHasExamplesOfItself() throws {
        for stage in StageDeclaration.all {
            #expect(!stage.summary.isEmpty)
            #expect(stage.syntax.allSatisfy { $0.hasPrefix(stage.name) }, "syntax of \(stage.name)")
            let parsed = try stage.examples.flatMap { try stages($0) }
            #expect(parsed.contains { $0.kind.name == stage.name }, "no example of \(stage.name) parses as it")
            for alias in stage.aliases {
                for example in stage.examples where example.contains("| \(stage.name)") {
                    let written = example.replacingOccurrences(of: "| \(stage.name)", with: "| \(alias)")
                    #expect(try stages(written).contains { $0.kind.name == stage.name }, "\(alias) does not parse as \(stage.name)")
                }
            }
        }
    }

    @Test(arguments: names)
    func everyNameIsAStageOfTheParser(name: String) throws {
        // Followed by a stage word, every stage's own syntax fails (if at all) after the
        // name, never at it as an unknown stage.
        if let error = parseError("programmes | \(name) code") {
            #expect(!error.message.hasPrefix("unknown stage"), "\(name): \(error.message)")
        }
    }

    @Test func unknownStagesAreHintedFromTheRegistry() throws {
        let error = try #require(parseError("programmes | xyzzy"))
        #expect(error.hint == "stages are \(StageDeclaration.names.joined(separator: ", "))")
    }

    @Test func onlyTheEditsMustBeLastAndTheParserSaysSo() throws {
        for stage in StageDeclaration.all where stage.mustBeLast {
            let text = "measurements | \(stage.examples[0].split(separator: "|").last!.trimmingCharacters(in: .whitespaces)) | count"
            let error = try #require(parseError(text), "\(text) parsed")
            #expect(error.message == "'\(stage.name)' must be the last stage")
        }
        let last = StageDeclaration.all.filter(\.mustBeLast).map(\.name)
        #expect(last == ["chart", "update", "delete", "export"])
    }

    @Test func completionAfterAPipeOffersTheRegisteredStages() {
        let candidates = Completer(session: Session(store: Tiny.store)).complete("programmes | ").candidates
        #expect(candidates == StageDeclaration.names)
    }
}
