import Foundation
import PilarCore
import PilarLanguage

/// Presenter mode: steps through a script one statement at a time, as a trainer shows it on
/// a projector. Each step shows its header (`step 3/12`), its comment slide and the statement
/// as if typed, then waits for a key: run it, go on, go back, edit it first, or quit. An
/// error in a statement is shown and the presentation goes on.
///
/// The keys, the screen and the pause between typed characters are passed in, so tests run a
/// whole presentation from a string of keys and read what it wrote.
final class Presenter {
    private let session: Session
    private let script: PresentationScript
    private let input: any PresenterInput
    private let screen: any Screen
    private let style: ShellStyle
    private let interrupt: InterruptFlag
    /// Milliseconds between two typed characters; 0 writes a statement at once.
    private let typingDelay: Int

    /// The step on screen and whether its statement ran.
    private(set) var index = 0
    private(set) var ran = false
    /// Statements as they were run, edited ones as edited (for tests).
    private(set) var executed: [String] = []

    init(session: Session, script: PresentationScript, input: any PresenterInput, screen: any Screen,
         style: ShellStyle, interrupt: InterruptFlag = InterruptFlag(), typingDelay: Int = 0) {
        self.session = session
        self.script = script
        self.input = input
        self.screen = screen
        self.style = style
        self.interrupt = interrupt
        self.typingDelay = typingDelay
    }

    private var language: Language { session.language }
    private var steps: [PresentationStep] { script.steps }

    /// Runs the presentation to its end or until `q`; 0, or 1 when the script has nothing to show.
    func run() -> Int32 {
        guard !steps.isEmpty else {
            screen.writeError(Message(PresenterMessage.noSteps, ["file": .text(script.source.name)]).text(in: language) + "\n")
            return 1
        }
        show(0)
        while true {
            switch input.nextKey() {
            case .next:
                if let statement = steps[index].statement, !ran {
                    if !execute(statement, source: script.runnableSource(for: steps[index])) { return finish(quit: false) }
                    ran = true
                    showKeys()
                } else if index + 1 < steps.count {
                    show(index + 1)
                } else {
                    return finish(quit: false)
                }
            case .back:
                show(max(index - 1, 0))
            case .edit:
                guard let statement = steps[index].statement else { continue }
                guard let edited = input.edit(Self.oneLine(statement)),
                      !edited.allSatisfy(\.isWhitespace) else {
                    screen.writeError(style.notice(PresenterMessage.editCancelled.template(in: language)) + "\n")
                    continue
                }
                if !execute(edited, source: SourceFile(name: "<edit>", text: edited)) { return finish(quit: false) }
                ran = true
                showKeys()
            case .quit:
                return finish(quit: true)
            }
        }
    }

    /// A multi-line statement on one line, for the line editor.
    static func oneLine(_ statement: String) -> String {
        statement.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    private func finish(quit: Bool) -> Int32 {
        let message = quit ? Message(PresenterMessage.quit, ["step": .number(index + 1), "total": .number(steps.count)])
            : Message(PresenterMessage.finished)
        screen.write(style.notice(message.text(in: language)) + "\n")
        return 0
    }

    /// Clears the screen (on a terminal) and shows step `number`: header, slide, statement.
    private func show(_ number: Int) {
        index = number
        ran = false
        let step = steps[number]
        screen.clear()
        let header = Message(PresenterMessage.stepHeader, ["step": .number(number + 1), "total": .number(steps.count)])
        screen.write(style.notice("── \(header.text(in: language)) · \(script.source.name) ──") + "\n")
        if !step.slide.isEmpty {
            screen.write("\n" + step.slide.map { style.slide($0) + "\n" }.joined() + "\n")
        }
        if let statement = step.statement {
            type(statement)
        }
        showKeys()
    }

    /// Writes the statement after a prompt, a character at a time when there is a delay.
    private func type(_ statement: String) {
        let lines = statement.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            screen.write(style.promptText(number == 0 ? Shell.mainPrompt : Shell.continuationPrompt))
            if typingDelay > 0 {
                for character in line {
                    screen.write(String(character))
                    usleep(useconds_t(typingDelay * 1000))
                }
            } else {
                screen.write(String(line))
            }
            screen.write("\n")
        }
    }

    private func showKeys() {
        let key: PresenterMessage = steps[index].statement == nil ? .keysTextSlide : ran ? .keysAfterRun : .keysBeforeRun
        screen.write(style.notice(key.template(in: language)) + "\n")
    }

    /// Runs one statement and shows what it printed; false when it asked to end (`.quit`).
    private func execute(_ statement: String, source: SourceFile?) -> Bool {
        guard let source else { return true }
        executed.append(statement)
        interrupt.clear()
        var goOn = true
        session.run(source, interrupt: interrupt) { event in
            let diagnostics = style.diagnostics(in: language)
            switch event {
            case .result(let result, let format):
                screen.write(ScreenText.render(result, format: format, width: screen.size()?.columns, style: style,
                                               interrupt: interrupt, display: session.display, language: language))
            case .text(let text):
                screen.write(ScreenText.line(text))
            case .note(let text):
                screen.writeError(ScreenText.line(text))
            case .warning(let diagnostic), .error(let diagnostic):
                screen.writeError(diagnostics.format(diagnostic))
            case .errors(let list):
                screen.writeError(diagnostics.format(list))
            case .quit:
                goOn = false
            }
        }
        if interrupt.isRaised {
            interrupt.clear()
            screen.writeError(style.notice(Message(CoreMessage.interrupted).text(in: language)) + "\n")
        }
        return goOn
    }
}
