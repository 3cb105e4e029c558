#if os(Linux)
import Foundation
import Testing

/// The interactive shell under bad input and impatient keys, on a real pseudo-terminal: each
/// test makes a `let` first and checks it still answers afterwards, so "survives" means the
/// session, not only the process. Bounds are generous ("well under the seconds the work
/// would take"), never tight timings.
@Suite(.serialized, .enabled(if: PilarBinary.path != nil, "no pilar binary: build it or set PILAR_BINARY"))
struct ShellHardeningTests {
    typealias Key = PseudoTerminal.Key
    static let prompt = "pilar> "
    static let continuation = "...> "

    /// A scratch folder (history file, generated data), removed at the end of the test.
    final class Scratch {
        let folder: String
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-hard-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// A masterplan of 200,000 measurements (1,000 indicators over 200 years): printing it
        /// takes many seconds, sorting it a few.
        func bigData() throws -> String {
            let data = folder + "/big"
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
            let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("examples/data/pekanbaru")
            for name in ["opds.csv", "pillars.csv", "programmes.csv"] {
                try FileManager.default.copyItem(atPath: examples.appendingPathComponent(name).path, toPath: data + "/" + name)
            }
            var indicators = "code,programme,name,unit,polarity,baseline\n"
            var measurements = "indicator,year,target,actual\n"
            for indicator in 0..<1000 {
                indicators += "BIG-\(indicator),GOV-01,Indicator \(indicator),unit,positive,1\n"
                for year in 1901...2100 {
                    measurements += "BIG-\(indicator),\(year),\((indicator * 7 + year) % 100 + 1),\((indicator * 13 + year) % 97 + 1)\n"
                }
            }
            try indicators.write(toFile: data + "/indicators.csv", atomically: true, encoding: .utf8)
            try measurements.write(toFile: data + "/measurements.csv", atomically: true, encoding: .utf8)
            return data
        }
    }

    /// Starts pilar (with `arguments`) on a fresh terminal, waits for the prompt and binds
    /// `kept` to a known answer (6 pillars).
    func start(_ scratch: Scratch, arguments: [String] = [], pager: String = "") throws -> PseudoTerminal {
        let environment = [
            "TERM": "xterm", "LANG": "C.UTF-8", "HOME": scratch.folder,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "PILAR_HISTORY": scratch.folder + "/history", "PAGER": pager,
        ]
        let terminal = try PseudoTerminal(executable: PilarBinary.path!, arguments: arguments, environment: environment)
        try terminal.expect(Self.prompt, within: .seconds(120))
        try terminal.waitForKeyReader()
        _ = try run("let kept = pillars | count", on: terminal)
        return terminal
    }

    @discardableResult
    func awaitPrompt(_ prompt: String = Self.prompt, on terminal: PseudoTerminal,
                     within timeout: Duration = .seconds(30)) throws -> String {
        let output = try terminal.expect(prompt, within: timeout)
        try terminal.waitForKeyReader()
        return output
    }

    func run(_ line: String, on terminal: PseudoTerminal) throws -> String {
        terminal.send(line + Key.enter)
        return try awaitPrompt(on: terminal)
    }

    /// The session is intact: the `let` made at the start still answers, and a new query runs.
    func expectSessionIntact(_ terminal: PseudoTerminal) throws {
        let output = try run("kept", on: terminal)
        #expect(output.contains("│     6 │"), "\(output)")
        #expect(!output.contains("error"), "\(output)")
    }

    // MARK: - Ctrl-C stops work

    @Test func ctrlCStopsALongResultWhileItPrints() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch, arguments: ["--data", try scratch.bigData()])
        defer { terminal.close() }
        terminal.send("measurements" + Key.enter)
        try terminal.expect("BIG-", within: .seconds(120))
        terminal.send(Key.ctrlC)
        // Printing all 200,000 rows takes many seconds; the prompt comes back long before.
        let rest = try awaitPrompt(on: terminal, within: .seconds(10))
        #expect(rest.contains("interrupted"), "\(rest)")
        #expect(!rest.contains("200,000 rows"), "the whole result was printed")
        try expectSessionIntact(terminal)
    }

    @Test func ctrlCStopsASortBeforeItFinishes() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch, arguments: ["--data", try scratch.bigData()])
        defer { terminal.close() }
        terminal.send("measurements | sort actual, target desc | distinct actual, target | count" + Key.enter)
        usleep(400_000)
        terminal.send(Key.ctrlC)
        let rest = try awaitPrompt(on: terminal, within: .seconds(10))
        #expect(rest.contains("interrupted"), "\(rest)")
        #expect(!rest.contains("error: interrupted"), "the interruption is said once, as a notice: \(rest)")
        #expect(!rest.contains("9,700"), "the query ran to the end")
        try expectSessionIntact(terminal)
    }

    @Test func ctrlCInThePagerReturnsToThePrompt() throws {
        let less = ["/usr/bin/less", "/bin/less"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try #require(less != nil, "less is not installed")
        let scratch = try Scratch()
        let terminal = try start(scratch, pager: "less")
        defer { terminal.close() }
        terminal.send("programmes" + Key.enter)
        try terminal.expect("GOV-01")
        terminal.send(Key.ctrlC)
        usleep(200_000)
        terminal.send("q")
        try awaitPrompt(on: terminal, within: .seconds(60))
        // Whether the pager or the prompt read the 'q' depends on timing under load; a
        // Ctrl-C at the prompt discards a stray one before the session is checked.
        usleep(200_000)
        terminal.send(Key.ctrlC)
        try awaitPrompt(on: terminal, within: .seconds(60))
        try expectSessionIntact(terminal)
    }

    // MARK: - Ctrl-C, Ctrl-D, Ctrl-Z at each state

    @Test func ctrlCAtAnEmptyPromptKeepsTheSession() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send(Key.ctrlC)
        try terminal.expect("^C")
        try awaitPrompt(on: terminal)
        try expectSessionIntact(terminal)
    }

    @Test func ctrlCMidLineDiscardsOnlyThatLine() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send("programmes | where budg")
        try terminal.expect("where budg")
        terminal.send(Key.ctrlC)
        try awaitPrompt(on: terminal)
        try expectSessionIntact(terminal)
    }

    @Test func ctrlDMidLineDoesNotEndTheSession() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send("xkept")
        try terminal.expect("xkept")
        // With text on the line Ctrl-D deletes the character under the cursor (here the x at
        // the start); it never means end of input.
        terminal.send(String(repeating: "\u{1B}[D", count: 5))
        terminal.send(Key.ctrlD)
        let output = try run("", on: terminal)
        #expect(output.contains("│     6 │"), "\(output)")
        try expectSessionIntact(terminal)
    }

    @Test func ctrlDInAMultiLineStatementAbandonsOnlyTheStatement() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send("programmes |" + Key.enter)
        try awaitPrompt(Self.continuation, on: terminal)
        terminal.send(Key.ctrlD)
        try awaitPrompt(on: terminal)
        try expectSessionIntact(terminal)
    }

    @Test func ctrlDAtAnEmptyPromptLeavesWithStatusZero() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func ctrlZAtAnEmptyPromptIsIgnored() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send(Key.ctrlZ)
        try expectSessionIntact(terminal)
    }

    @Test func ctrlZMidLineKeepsTheTypedText() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send("ke")
        try terminal.expect("ke")
        terminal.send(Key.ctrlZ)
        let output = try run("pt", on: terminal)
        #expect(output.contains("│     6 │"), "\(output)")
        try expectSessionIntact(terminal)
    }

    @Test func ctrlZInAMultiLineStatementKeepsTheStatement() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        terminal.send("pillars |" + Key.enter)
        try awaitPrompt(Self.continuation, on: terminal)
        terminal.send(Key.ctrlZ)
        let output = try run("count", on: terminal)
        #expect(output.contains("│     6 │"), "\(output)")
        try expectSessionIntact(terminal)
    }

    @Test func ctrlZDuringAQueryDoesNotSuspendIt() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch, arguments: ["--data", try scratch.bigData()])
        defer { terminal.close() }
        terminal.send("measurements | sort actual | count" + Key.enter)
        usleep(300_000)
        terminal.send(Key.ctrlZ)
        let output = try awaitPrompt(on: terminal, within: .seconds(120))
        #expect(output.contains("200,000"), "\(output)")
        try expectSessionIntact(terminal)
    }

    @Test func ctrlDTypedDuringAQueryDoesNotEndTheSession() throws {
        // The terminal is in line mode while a query runs; an end-of-file typed then is not
        // carried over to the next prompt, so the query finishes and the session stays.
        let scratch = try Scratch()
        let terminal = try start(scratch, arguments: ["--data", try scratch.bigData()])
        defer { terminal.close() }
        terminal.send("measurements | sort actual | count" + Key.enter)
        usleep(300_000)
        terminal.send(Key.ctrlD)
        let output = try awaitPrompt(on: terminal, within: .seconds(120))
        #expect(output.contains("200,000"), "\(output)")
        try expectSessionIntact(terminal)
    }

    @Test func ctrlCWhileOutputWaitsForAFIFOReaderReturnsToThePrompt() throws {
        let scratch = try Scratch()
        let fifo = scratch.folder + "/out.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let terminal = try start(scratch)
        defer { terminal.close() }
        // Opening a FIFO waits for a reader, as `> fifo` does in a shell; nobody comes.
        terminal.send(".output \(fifo)" + Key.enter)
        usleep(300_000)
        terminal.send(Key.ctrlC)
        let output = try awaitPrompt(on: terminal, within: .seconds(10))
        #expect(output.contains("cannot write to '\(fifo)': interrupted while waiting for a reader"), "\(output)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
        try expectSessionIntact(terminal)
    }

    // MARK: - Bad input

    @Test func aPastedHugeLineIsSurvived() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        // 256 KB: libedit's time grows faster than the line (a 1 MB paste takes ~30 s there),
        // and the suite also runs under AddressSanitizer.
        let huge = "print \"" + String(repeating: "x", count: 1 << 18) + "\"" + Key.enter
        terminal.send(bytes: Array(huge.utf8))
        try awaitPrompt(on: terminal, within: .seconds(120))
        try expectSessionIntact(terminal)
    }

    @Test func invalidUTF8TypedAtThePromptIsSurvived() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        // The line editor drops bytes that are not UTF-8; what is left ("A") is an ordinary
        // unknown name.
        terminal.send(bytes: [0xFF, 0xFE, 0xC3, 0x41, 0x80] + Array("\r".utf8))
        let unknown = try awaitPrompt(on: terminal)
        #expect(unknown.contains("unknown source 'A'"), "\(unknown)")
        // A surrogate and an overlong lead byte inside a string literal.
        terminal.send(bytes: Array("print \"a".utf8) + [0xED, 0xA0, 0x80, 0xC0] + Array("b\"\r".utf8))
        let printed = try awaitPrompt(on: terminal)
        #expect(printed.contains("ab\n"), "\(printed)")
        try expectSessionIntact(terminal)
    }

    @Test func aNULInATextValueDoesNotCutTheOutputOff() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        let printed = try run("print \"before\\0after\"", on: terminal)
        #expect(printed.contains("before␀after"), "\(printed)")
        _ = try run(".format csv", on: terminal)
        let csv = try run("pillars | top 1 by code | select x = \"one\\0two\", code", on: terminal)
        #expect(csv.contains("one␀two,"), "\(csv)")
        _ = try run(".format table", on: terminal)
        try expectSessionIntact(terminal)
    }
}
#endif
