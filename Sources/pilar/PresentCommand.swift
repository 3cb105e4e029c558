import ArgumentParser
import Foundation
import PilarCore
import PilarLanguage
import PilarREPL

/// `pilar present FILE`: presenter mode for bimtek (the logic is `Presentation` in PilarREPL).
extension Pilar {
    var isPresent: Bool { files.first == "present" }

    func validatePresent() throws {
        if isPresent, files.count != 2 || !commands.isEmpty {
            throw ValidationError(Message(PresentCLIMessage.presentNeedsOneFile).text(in: options.language))
        }
        if let speed, speed < 0 || speed > 1000 {
            throw ValidationError(Message(PresentCLIMessage.badSpeed, ["speed": .number(speed)]).text(in: options.language))
        }
    }

    func present(session: Session) -> Int32 {
        let path = files[1]
        switch ScriptFile.read(path) {
        case .success(let bytes):
            return Presentation.run(SourceFile(name: path, bytes: bytes), session: session, typingDelay: speed ?? 25)
        case .failure(let failure):
            let message = Message(CLIMessage.cannotReadScript, ["path": .text(path), "reason": .message(failure.text)])
            StandardStreams.writeError(Message(CoreMessage.errorLabel).text(in: session.language) + " "
                                       + message.text(in: session.language) + "\n")
            return 1
        }
    }
}
