#if os(Linux)
import Foundation
import Glibc
import Testing

/// `pilar present` on a real (pseudo-)terminal: keys in raw mode, the edit line prefilled
/// with the statement, and the terminal's modes put back on quitting and on SIGTERM.
@Suite(.serialized, .enabled(if: PilarBinary.path != nil, "no pilar binary: build it or set PILAR_BINARY"))
struct PresenterTerminalTests {
    func start() throws -> (PseudoTerminal, String) {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("present-\(UUID().uuidString).pilar").path
        try "# Count them\nopds | count\n\n# The pillars\npillars | count\n".write(toFile: script, atomically: true, encoding: .utf8)
        let environment = ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(), "NO_COLOR": "1",
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let terminal = try PseudoTerminal(executable: PilarBinary.path!, arguments: ["present", script, "--speed", "1"],
                                          environment: environment)
        return (terminal, script)
    }

    @Test func keysEditAndQuitRestoreTheTerminal() throws {
        let (terminal, script) = try start()
        defer { terminal.close(); try? FileManager.default.removeItem(atPath: script) }
        try terminal.expect("pilar> opds | count")
        try terminal.waitForKeyReader()
        terminal.send("\r")
        try terminal.expect("│    21 │")
        try terminal.waitForKeyReader()
        // `e` puts the statement on an editable line: Ctrl-E, a stage more, Enter runs it.
        terminal.send("e")
        try terminal.expect("pilar> opds | count")
        terminal.send("\u{5} | extend twice = count * 2\r")
        try terminal.expect("│    21 │    42 │")
        try terminal.waitForKeyReader()
        terminal.send("\u{1B}[C")
        try terminal.expect("step 2/2")
        try terminal.waitForKeyReader()
        terminal.send("q")
        try terminal.expect("Presentation stopped at step 2/2.")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.isCanonical)
    }

    @Test func sigtermWhileWaitingForAKeyRestoresTheTerminal() throws {
        let (terminal, script) = try start()
        defer { terminal.close(); try? FileManager.default.removeItem(atPath: script) }
        try terminal.expect("pilar> opds | count")
        try terminal.waitForKeyReader()
        #expect(!terminal.isCanonical)
        kill(terminal.pid, SIGTERM)
        #expect(try terminal.waitForExit() == 128 + SIGTERM)
        #expect(terminal.isCanonical)
    }
}
#endif
