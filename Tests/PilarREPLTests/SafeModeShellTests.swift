import Foundation
import PilarCore
import Testing
@testable import PilarREPL

/// The shell's side of safe mode: the pager runs as secure less, history stays in memory, no
/// file names are completed, and libedit's own command line (ESC x) is out of reach.
@Suite struct SafeModeShellTests {
    @Test func securePagerIsLessWithLessSecureAndNoEscapeHatches() throws {
        let folder = try fakeLess(script: "#!/bin/sh\nexit 0\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let launch = try #require(PagerLaunch.secure(environment: [
            "PATH": "relative:\(folder)", "PAGER": "sh -c 'sh'", "LESSSECURE_ALLOW": "shell", "LESSOPEN": "|sh %s",
            "LESSCLOSE": "x", "HOME": "/home/trainer",
        ]))
        #expect(launch.executable == folder + "/less", "found on PATH, never through /bin/sh or $PAGER")
        #expect(launch.arguments == ["less", "-FRSX"])
        #expect(launch.environment?["LESSSECURE"] == "1")
        for name in PagerLaunch.unsafeVariables { #expect(launch.environment?[name] == nil) }
        #expect(launch.environment?["HOME"] == "/home/trainer")
        #expect(PagerLaunch.secure(environment: ["PATH": "/nonexistent-pilar-folder"]) == nil)
    }

    @Test func lessSecureReachesThePagersEnvironment() throws {
        let folder = try fakeLess(script: "#!/bin/sh\ncat > \"$(dirname \"$0\")/shown\"\nenv > \"$(dirname \"$0\")/env\"\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let launch = try #require(PagerLaunch.secure(environment: ["PATH": folder + ":/usr/bin:/bin", "LESSSECURE_ALLOW": "shell"]))
        #expect(Pager.show("one\ntwo\n", launch: launch))
        #expect(try String(contentsOfFile: folder + "/shown", encoding: .utf8) == "one\ntwo\n")
        let environment = try String(contentsOfFile: folder + "/env", encoding: .utf8).split(separator: "\n")
        #expect(environment.contains("LESSSECURE=1"))
        #expect(!environment.contains { $0.hasPrefix("LESSSECURE_ALLOW=") })
    }

    @Test func safeOnSwitchesTheShellForTheRestOfTheSession() {
        let engine = FakeEngine()
        let screen = RecordingScreen()
        screen.terminalSize = TerminalSize(columns: 80, rows: 2)
        let reader = ScriptedReader([.line("long one"), .line(".safe on"), .line("long two"), .line(".pager")])
        let shell = Shell(engine: engine, reader: reader, screen: screen, interrupt: InterruptFlag(),
                          style: ShellStyle(color: false), pager: "sh -c 'exec sh'")
        _ = shell.run()
        #expect(reader.safe)
        #expect(screen.pagedSecurely == [false, true, true], "paged before safe mode as configured, after it securely")
        #expect(screen.output.contains("pager is on (less -FRSX, in its secure mode)"))
    }

    @Test func aSafeEngineAtStartPutsTheReaderInSafeModeBeforeTheFirstLine() {
        let engine = FakeEngine()
        engine.isSafe = true
        let reader = ScriptedReader([])
        _ = Shell(engine: engine, reader: reader, screen: RecordingScreen(), interrupt: InterruptFlag(),
                  style: ShellStyle(color: false), pager: nil).run()
        #expect(reader.safe)
    }

    @Test func noFileNamesAreCompletedInSafeMode() {
        let router = CompletionRouter(engineCommands: FakeEngine().engineDotCommands)
        var listed = 0
        for command in [".read ", ".output ", ".once ", ".load ", ".read ../", ".load ~/", ".save ", ".save --force ../"] {
            let completion = router.complete(command, safe: true, engine: { _ in .none }) { _, _ in
                listed += 1
                return ["secret.pilar"]
            }
            #expect(completion.candidates.isEmpty, "\(command)")
        }
        #expect(listed == 0, "the folder is not even listed")
        #expect(router.complete(".sa", engine: { _ in .none }) { _, _ in [] }.candidates == [".safe", ".save"])
        #expect(router.complete(".safe ", engine: { _ in .none }) { _, _ in [] }.candidates == ["on"])
    }

    private func fakeLess(script: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-less-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try script.write(toFile: folder + "/less", atomically: true, encoding: .utf8)
        chmod(folder + "/less", 0o755)
        return folder
    }
}

#if os(Linux)
/// The real `pilar --safe` on a terminal: what a participant could type at the prompt.
@Suite(.serialized, .enabled(if: PilarBinary.path != nil, "no pilar binary: build it or set PILAR_BINARY"))
struct SafeModeTerminalTests {
    typealias Key = PseudoTerminal.Key

    func start(_ folder: String, arguments: [String] = ["--safe"], pager: String = "") throws -> PseudoTerminal {
        let environment = [
            "TERM": "xterm", "LANG": "C.UTF-8", "HOME": folder,
            // A `vi` of our own first on PATH: if libedit's vi-histedit ran, it would leave a mark.
            "PATH": folder + "/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "PILAR_HISTORY": folder + "/history", "PAGER": pager,
        ]
        let terminal = try PseudoTerminal(executable: PilarBinary.path!, arguments: arguments, environment: environment)
        try terminal.expect("pilar> ", within: .seconds(120))
        try terminal.waitForKeyReader()
        return terminal
    }

    func scratch() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-safe-tty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        try "#!/bin/sh\ntouch \"$HOME/vi-ran\"\n".write(toFile: folder + "/bin/vi", atomically: true, encoding: .utf8)
        chmod(folder + "/bin/vi", 0o755)
        return folder
    }

    func prompt(_ terminal: PseudoTerminal) throws -> String {
        let text = try terminal.expect("pilar> ", within: .seconds(60))
        try terminal.waitForKeyReader()
        return text
    }

    @Test func historyStaysInMemoryAndEditlineCommandsAreOff() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try start(folder)
        defer { terminal.close() }
        // ESC x is libedit's command line: `bind -v`, then ESC v would start vi (and :!sh).
        terminal.send("\u{1B}x")
        usleep(200_000)
        terminal.send("bind -v" + Key.enter)
        _ = try prompt(terminal)
        terminal.send("opds | count\u{1B}v")
        usleep(300_000)
        terminal.send(Key.enter)
        _ = try prompt(terminal)
        terminal.send(".history" + Key.enter)
        let history = try prompt(terminal)
        #expect(history.contains("opds | count"), "history is kept in memory: \(history)")
        terminal.send(Key.ctrlD)
        _ = try terminal.waitForExit()
        #expect(!FileManager.default.fileExists(atPath: folder + "/vi-ran"), "vi ran from the line editor")
        #expect(!FileManager.default.fileExists(atPath: folder + "/history"), "the history file was written")
    }

    @Test func thePagersShellEscapeIsRefused() throws {
        let less = ["/usr/bin/less", "/bin/less"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try #require(less != nil, "less is not installed")
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A $PAGER that is itself a shell is not run in safe mode; less is, securely.
        let terminal = try start(folder, pager: "sh -c 'touch \"$HOME/pager-shell\"; cat'")
        defer { terminal.close() }
        terminal.send("programmes" + Key.enter)
        try terminal.expect("GOV-01", within: .seconds(30))
        // Without secure mode this runs the command; with it, `!` is refused and the other
        // keys are less commands (help screens and all), so leave with q until the prompt.
        terminal.send("!touch \"$HOME/escaped\"" + Key.enter)
        usleep(500_000)
        var back = false
        for _ in 0..<8 where !back {
            terminal.send("q")
            back = (try? terminal.expect("pilar> ", within: .seconds(5))) != nil
        }
        #expect(back, "the pager did not return to the prompt")
        usleep(200_000)
        terminal.send(Key.ctrlC)
        _ = try prompt(terminal)
        terminal.send(Key.ctrlD)
        _ = try terminal.waitForExit()
        #expect(!FileManager.default.fileExists(atPath: folder + "/escaped"), "less ran a shell command")
        #expect(!FileManager.default.fileExists(atPath: folder + "/pager-shell"), "$PAGER ran in safe mode")
    }

    @Test func safeOnAtThePromptStopsSavingHistory() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try start(folder, arguments: [])
        defer { terminal.close() }
        terminal.send("pillars | count" + Key.enter)
        _ = try prompt(terminal)
        terminal.send(".safe on" + Key.enter)
        _ = try prompt(terminal)
        terminal.send("opds | count" + Key.enter)
        _ = try prompt(terminal)
        terminal.send(".safe off" + Key.enter)
        let refused = try prompt(terminal)
        #expect(refused.contains("safe mode cannot be turned off"))
        terminal.send(Key.ctrlD)
        _ = try terminal.waitForExit()
        let saved = (try? String(contentsOfFile: folder + "/history", encoding: .utf8)) ?? ""
        #expect(saved.contains("pillars"), "saved before safe mode: \(saved)")
        #expect(!saved.contains("opds"), "saved after safe mode: \(saved)")
    }
}
#endif
