#if os(Linux)
import Testing

/// The harness itself, against ordinary programs, so it is known to work before `pilar` is.
@Suite struct PseudoTerminalTests {
    @Test func runsOnATerminalAndSeesTypedInput() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "test -t 0 && echo on-a-terminal; read line; echo got:$line"],
            environment: ["PATH": "/usr/bin:/bin"])
        defer { terminal.close() }
        try terminal.expect("on-a-terminal")
        terminal.send("hello\r")
        try terminal.expect("got:hello")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func ctrlCReachesOnlyTheChild() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "trap 'echo caught; exit 3' INT; echo ready; while :; do sleep 0.05; done"],
            environment: ["PATH": "/usr/bin:/bin"])
        defer { terminal.close() }
        try terminal.expect("ready")
        terminal.send(PseudoTerminal.Key.ctrlC)
        try terminal.expect("caught")
        #expect(try terminal.waitForExit() == 3)
    }

    @Test func timesOutInsteadOfHanging() throws {
        let terminal = try PseudoTerminal(executable: "/bin/sleep", arguments: ["30"], environment: [:])
        defer { terminal.close() }
        #expect(throws: PseudoTerminal.Failure.self) {
            try terminal.expect("never", within: .milliseconds(300))
        }
    }

    @Test func escapeSequencesAreRemoved() {
        let raw = Array("\u{1B}[1;32mpilar>\u{1B}[0m \u{1B}]0;title\u{7}ab\r\n\u{1B}[4Gc\u{8}".utf8)
        #expect(String(decoding: TerminalText.clean(raw), as: UTF8.self) == "pilar> ab\nc")
    }
}
#endif
