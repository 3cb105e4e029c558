import Foundation
import PilarLanguage

/// Starts the interactive shell on a terminal.
enum InteractiveShell {
    static func run(session: Session) -> Int32 {
        FileHandle.standardError.write(Data("""
            pilar: the interactive shell is not available yet.
            Run a query with  pilar -c 'programmes | count'  or a script with  pilar run FILE,
            or pipe a script in:  pilar < script.pilar

            """.utf8))
        return 2
    }
}
