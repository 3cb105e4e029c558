import Foundation
import PilarCore
import PilarLanguage
import PilarRender

/// Runs scripts unattended: results to stdout, errors to stderr, an exit status back.
final class ScriptRunner {
    let session: Session
    private(set) var quitRequested = false

    init(session: Session) {
        self.session = session
    }

    /// 0 on success, 1 on any error in the script or data.
    func run(_ source: SourceFile) -> Int32 {
        let output = TerminalOutput.standard
        var document = DocumentWriter(title: DocumentWriter.title(forScript: source.name))
        let succeeded = session.run(source) { event in
            switch event {
            case .quit: quitRequested = true
            default: output.show(event, session: session, document: &document)
            }
        }
        // An html page is written whole once the script ends, even one that stopped at an error.
        document.finish { StandardStreams.writeOutput($0) }
        do {
            try session.finishOutput()
        } catch {
            output.show(.error(error), session: session, document: &document)
            return 1
        }
        return succeeded ? 0 : 1
    }

    /// A script that changed the data and ended without `.save` says so (the exit status
    /// stays what the script earned).
    func warnIfUnsaved() {
        guard session.hasUnsavedChanges else { return }
        report(Message(CLIMessage.unsavedChanges, ["changes": .text(session.unsavedChangesText)]).text(in: session.language) + "\n")
    }

    func report(_ text: String) {
        StandardStreams.writeError(text)
    }
}
