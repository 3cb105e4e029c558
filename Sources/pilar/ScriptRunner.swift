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
        let succeeded = session.run(source) { event in
            switch event {
            case .quit: quitRequested = true
            default: output.show(event, session: session)
            }
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
