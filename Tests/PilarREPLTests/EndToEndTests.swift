#if os(Linux)
import Foundation
import Testing

/// The shell as a user meets it: the real `pilar` on a pseudo-terminal, with the demo data.
/// Skipped unless the binary exists (see `PilarBinary`); each test has its own history file
/// and every wait has a deadline.
@Suite(.serialized, .enabled(if: PilarBinary.path != nil, "no pilar binary: build it or set PILAR_BINARY"))
struct EndToEndTests {
    typealias Key = PseudoTerminal.Key
    static let prompt = "pilar> "
    static let continuation = "...> "

    /// A scratch folder for the history file, removed at the end of the test.
    final class Scratch {
        let folder: String
        var history: String { folder + "/history" }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-e2e-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// Starts pilar on a fresh terminal and waits for its first prompt.
    func start(_ scratch: Scratch) throws -> PseudoTerminal {
        let environment = [
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "HOME": scratch.folder,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "PILAR_HISTORY": scratch.history,
            // Paging would wait for a key press; the pager has its own tests.
            "PAGER": "",
        ]
        let terminal = try PseudoTerminal(executable: PilarBinary.path!, environment: environment)
        try awaitPrompt(Self.prompt, on: terminal)
        return terminal
    }

    /// Waits for a prompt and for the line editor behind it, and returns what came before it.
    @discardableResult
    func awaitPrompt(_ prompt: String, on terminal: PseudoTerminal) throws -> String {
        let output = try terminal.expect(prompt)
        try terminal.waitForKeyReader()
        return output
    }

    /// Types a line and returns everything shown up to the next main prompt.
    func run(_ line: String, on terminal: PseudoTerminal) throws -> String {
        terminal.send(line + Key.enter)
        return try awaitPrompt(Self.prompt, on: terminal)
    }

    /// Types a line that leaves the statement unfinished and waits for the continuation prompt.
    func continueWith(_ line: String, on terminal: PseudoTerminal) throws {
        terminal.send(line + Key.enter)
        try awaitPrompt(Self.continuation, on: terminal)
    }

    @Test func tabCompletesAFieldName() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send("programmes | where pil" + Key.tab)
        try terminal.expect("where pillar")
        let output = try run(" == \"mobility\" | count", on: terminal)
        #expect(!output.contains("error"), "\(output)")
    }

    @Test func threeLinePipeline() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        try continueWith("programmes |", on: terminal)
        try continueWith("where pillar == \"mobility\" |", on: terminal)
        let output = try run("count", on: terminal)
        #expect(!output.contains("error"), "\(output)")
    }

    @Test func ctrlCDiscardsTheStatementBeingTyped() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        try continueWith("programmes |", on: terminal)
        terminal.send("where budget >")
        try terminal.expect("where budget >")
        terminal.send(Key.ctrlC)
        try terminal.expect("^C")
        try awaitPrompt(Self.prompt, on: terminal)
        // Had any of the abandoned statement survived, this would be a syntax error.
        let output = try run("pillars | count", on: terminal)
        #expect(!output.contains("error"), "\(output)")
        #expect(output.contains("6"), "\(output)")
    }

    @Test func anErrorThenAGoodQuery() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        let failure = try run("programmes | sort budjet", on: terminal)
        #expect(failure.contains("error"), "\(failure)")
        let output = try run("pillars | count", on: terminal)
        #expect(!output.contains("error"), "\(output)")
        #expect(output.contains("6"), "\(output)")
    }

    @Test func ctrlDLeavesCleanly() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func aMultiLineStatementComesBackWholeInTheNextSession() throws {
        let scratch = try Scratch()
        do {
            let first = try start(scratch)
            defer { first.close() }
            try continueWith("programmes |", on: first)
            try continueWith("where pillar == \"mobility\" |", on: first)
            _ = try run("count", on: first)
            first.send(Key.ctrlD)
            #expect(try first.waitForExit() == 0)
        }
        let saved = try String(contentsOfFile: scratch.history, encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_"), "\(saved)")

        let second = try start(scratch)
        defer { second.close() }
        second.send(Key.up)
        try second.expect("where pillar == \"mobility\" |")
        second.send(Key.enter)
        let output = try awaitPrompt(Self.prompt, on: second)
        #expect(!output.contains("error"), "\(output)")
        let listing = try run(".history", on: second)
        #expect(listing.contains("1  programmes |\n   where pillar == \"mobility\" |\n   count"), "\(listing)")
        second.send(Key.ctrlD)
        #expect(try second.waitForExit() == 0)
    }
}
#endif
