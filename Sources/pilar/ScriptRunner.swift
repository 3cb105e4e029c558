import Foundation
import PilarCore
import PilarLanguage
import PilarRender

/// Runs scripts unattended: results to stdout, errors to stderr, an exit status back.
final class ScriptRunner {
    let session: Session
    private(set) var quitRequested = false
    /// The document on stdout: one for the whole run, all scripts and `-c` texts together (an
    /// html page, a workbook), written by `finishDocument`.
    private var document: DocumentWriter?
    private let workbook: Bool

    /// `workbook`: `--format xlsx`, every result a sheet of one workbook on stdout.
    init(session: Session, workbook: Bool = false) {
        self.session = session
        self.workbook = workbook
    }

    /// 0 on success, 1 on any error in the script or data.
    func run(_ source: SourceFile) -> Int32 {
        let output = TerminalOutput.standard
        var document = self.document ?? DocumentWriter(title: DocumentWriter.title(forScript: source.name), workbook: workbook)
        defer { self.document = document }
        let succeeded = session.run(source) { event in
            switch event {
            case .quit: quitRequested = true
            default: output.show(event, session: session, document: &document)
            }
        }
        do {
            try session.finishOutput()
        } catch {
            output.show(.error(error), session: session, document: &document)
            return 1
        }
        return succeeded ? 0 : 1
    }

    /// Ends the document on stdout once everything ran: an html page is written whole (even
    /// when a script stopped at an error), a workbook with every result so far.
    func finishDocument() {
        guard var document else { return }
        document.finish { StandardStreams.writeOutput($0) }
        self.document = nil
        if document.workbookFailed {
            report(Message(CoreMessage.errorLabel).text(in: session.language) + " "
                   + Message(CLIMessage.workbookNotWritten).text(in: session.language) + "\n")
        }
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
