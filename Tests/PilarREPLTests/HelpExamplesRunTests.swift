import PilarCore
import PilarLanguage
import PilarREPL
import PilarStore
import Testing

/// Every example `.help` shows runs on the demo data, so the help cannot drift from the
/// language. They run in order in one session, as a trainer would type them.
@Suite struct HelpExamplesRunTests {
    /// Dot-commands the shell itself handles; the language session never sees them.
    static let shellCommands = ["help", "history", "clear", "pager", "quit", "exit"]

    @Test(arguments: Language.allCases)
    func everyHelpExampleRunsWithoutError(in language: Language) {
        let examples = REPL.helpExamples
        #expect(examples.count >= 20)
        let session = Session(store: DemoMasterplan.load())
        session.language = language
        for example in examples {
            if example.hasPrefix("."), let name = example.dropFirst().split(separator: " ").first,
               Self.shellCommands.contains(String(name)) {
                continue
            }
            var failure: String?
            session.run(SourceFile(name: "help", text: example)) { event in
                switch event {
                case .error(let diagnostic): failure = DiagnosticFormatter().format(diagnostic)
                case .errors(let list): failure = DiagnosticFormatter().format(list)
                default: break
                }
            }
            #expect(failure == nil, "the .help example \(example.debugDescription) fails in \(language.name):\n\(failure ?? "")")
            // `.lang` examples change the language; each example runs in the one under test.
            session.language = language
        }
    }
}
