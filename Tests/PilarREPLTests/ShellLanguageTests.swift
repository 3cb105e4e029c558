import PilarCore
import PilarLanguage
import PilarRender
import PilarStore
import Testing
@testable import PilarREPL

/// A real language session behind the shell, so `.lang id` typed at the prompt changes
/// what the shell writes next.
final class SessionEngine: REPLEngine {
    let session = Session(store: DemoMasterplan.load())
    let bannerLines: [String] = []
    var engineDotCommands: [CommandSpec] { Session.commands.map(\.spec) }
    var language: Language { session.language }

    func needsContinuation(_ pending: String) -> Bool { Lexer.needsContinuation(pending) }
    func completions(before text: String) -> REPLCompletion { .none }

    func execute(_ statement: String, interrupt: InterruptFlag, emit: (REPLOutput) -> Void) {
        session.run(SourceFile(name: "<repl>", text: statement), interrupt: interrupt) { event in
            switch event {
            case .result(let result, let format): emit(.result(result, format))
            case .text(let text), .note(let text): emit(.text(text))
            case .error(let diagnostic), .warning(let diagnostic): emit(.error(diagnostic))
            case .errors(let list): for diagnostic in list.diagnostics { emit(.error(diagnostic)) }
            case .quit: emit(.quit)
            }
        }
    }
}

@Suite struct ShellLanguageTests {
    func run(_ lines: [String]) -> RecordingScreen {
        let screen = RecordingScreen()
        let shell = Shell(engine: SessionEngine(), reader: ScriptedReader(lines.map { .line($0) }), screen: screen,
                          interrupt: InterruptFlag(), style: ShellStyle(color: false), pager: nil)
        _ = shell.run(showBanner: false)
        return screen
    }

    @Test func catalogueIsComplete() {
        #expect(CatalogueAudit.problems(in: ShellMessage.self) == [])
    }

    @Test func helpIndexIsInIndonesianAfterLangId() {
        let screen = run([".lang id", ".help"])
        #expect(screen.output.contains("pilar menjawab pertanyaan tentang masterplan"))
        #expect(screen.output.contains("Topik — ketik .help TOPIK:"))
        #expect(screen.output.contains("tombol penyuntingan pada prompt"))
        #expect(!screen.output.contains("Topics — type .help TOPIC:"))
    }

    @Test func helpTopicIsInIndonesianAfterLangId() {
        let english = run([".help where"]).output
        let indonesian = run([".lang id", ".help where"]).output
        #expect(english.contains("Examples:"))
        #expect(indonesian.hasPrefix("where — "))
        #expect(indonesian.contains("Contoh:"))
        #expect(!indonesian.contains("Examples:"))
        // The examples are code, the same in both languages.
        for example in StageDeclaration.all.first(where: { $0.name == "where" })?.examples ?? [] {
            #expect(indonesian.contains(example.components(separatedBy: "\n")[0]))
        }
        let keys = run([".lang id", ".help keys"]).output
        #expect(keys.contains("keys — tombol penyuntingan pada prompt"))
        #expect(keys.contains("Riwayat disimpan di"))
    }

    @Test func shellErrorsAndNoticesFollowTheLanguage() {
        let screen = run([".lang id", ".help nowhere", ".fromat csv", "| count"])
        #expect(screen.errors.contains("kesalahan: tidak ada bantuan tentang 'nowhere'"))
        #expect(screen.errors.contains("kesalahan: perintah '.fromat' tidak dikenal"))
        #expect(screen.errors.contains("saran: maksud Anda '.format'?"))
        #expect(screen.errors.contains("baris yang diawali '|' melanjutkan kueri terakhir"))
    }

    @Test func everyTopicAndIndexLineHasItsIndonesian() {
        let stageNames = Set(HelpTopics.stages.map(\.name))
        for topic in HelpTopics.all where !stageNames.contains(topic.name) {
            let translation = HelpTopics.indonesianTopics[topic.name]
            #expect(translation != nil, "the help topic '\(topic.name)' has no Indonesian text")
            guard let translation else { continue }
            #expect(translation.body != topic.body)
            if let syntax = translation.syntax { #expect(syntax.count == topic.syntax.count, "\(topic.name)") }
            let page = HelpTopics.localized(topic, in: .indonesian)
            // A summary may stay the same only when it is a list of names (functions, formats).
            if page.summary == topic.summary {
                #expect(!page.summary.contains(" ") || page.summary.contains(", "), "the index line of '\(topic.name)' is English: \(page.summary)")
            }
        }
        #expect(Set(HelpTopics.indonesianTopics.keys).isSubset(of: Set(HelpTopics.all.map(\.name))))
        #expect(HelpTopics.introduction(in: .indonesian) != HelpTopics.introduction)
    }

    @Test func englishHelpIsUnchanged() {
        for topic in HelpTopics.all {
            #expect(topic.text(in: .english) == topic.text)
            #expect(HelpTopics.localized(topic, in: .english) == topic)
        }
        #expect(HelpCatalog.index().hasPrefix(HelpTopics.introduction + "\n\nTopics — type .help TOPIC:\n"))
    }
}
