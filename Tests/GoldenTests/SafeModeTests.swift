import Foundation
import Testing

/// `pilar --safe` and `.safe on`, tried like an attacker would: every way in to a file write,
/// a file read or other data, through -c, a script file and stdin. Each refusal must leave the
/// session going (a later statement still runs, when the refusal is not the script's end) and
/// nothing on disk. Runs the built binary in a scratch folder holding a secret script, a second
/// masterplan and a symlink to each.
@Suite struct SafeModeTests {
    final class Scratch {
        let folder: URL
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-safe-\(UUID().uuidString)")
            let fm = FileManager.default
            try fm.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try fm.copyItem(at: GoldenHarness.repositoryRoot.appendingPathComponent("Tests/GoldenTests/BadInput/_base/data"),
                            to: folder.appendingPathComponent("other"))
            try "print \"SECRET\"\n".write(to: folder.appendingPathComponent("secret.pilar"), atomically: true, encoding: .utf8)
            try fm.createSymbolicLink(atPath: folder.appendingPathComponent("link.pilar").path, withDestinationPath: "secret.pilar")
            try fm.createSymbolicLink(atPath: folder.appendingPathComponent("out-link").path, withDestinationPath: "written.txt")
        }
        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Every entry in the folder, to compare before and after.
        func listing() -> [String] {
            (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        }
    }

    typealias Outcome = PilarProcess.Outcome

    func pilar(_ arguments: [String], in scratch: Scratch, stdin: String = "", home: String? = nil) throws -> Outcome {
        try PilarProcess.run(arguments, stdin: Data(stdin.utf8), in: scratch.folder.appendingPathComponent("sub"),
                             environment: ["HOME": home ?? scratch.folder.path])
    }

    /// Statements that must each be refused in safe mode, with the word of the refusal.
    static let attempts: [(statement: String, refusal: String)] = [
        (".output ../written.txt", "safe mode: .output cannot write files"),
        (".output ../out-link", "safe mode: .output cannot write files"),
        (".output \"../with space.txt\"", "safe mode: .output cannot write files"),
        (".output ~/written.txt", "safe mode: .output cannot write files"),
        (".output /dev/stdout", "safe mode: .output cannot write files"),
        (".once ../written.txt", "safe mode: .once cannot write files"),
        (".once '../quoted.txt'", "safe mode: .once cannot write files"),
        (".read ../secret.pilar", "safe mode: .read cannot read files"),
        (".read ../link.pilar", "safe mode: .read cannot read files"),
        (".read ~/secret.pilar", "safe mode: .read cannot read files"),
        (".read ./../sub/../secret.pilar", "safe mode: .read cannot read files"),
        (".read /dev/stdin", "safe mode: .read cannot read files"),
        (".read no-such-file.pilar", "safe mode: .read cannot read files"),
        (".load ../other", "safe mode: .load cannot load other data"),
        (".load ~/other", "safe mode: .load cannot load other data"),
        (".save", "safe mode: .save cannot write files"),
        (".dump ../dumped.pilar", "safe mode: .dump cannot write files"),
        (".save ../saved", "safe mode: .save cannot write files"),
        (".save --force .", "safe mode: .save cannot write files"),
        (".safe off", "safe mode cannot be turned off"),
    ]

    @Test(arguments: 0..<attempts.count)
    func eachWayInIsRefusedAndTheSessionGoesOn(_ index: Int) throws {
        let (statement, refusal) = Self.attempts[index]
        for route in ["-c", "stdin", "file", "safe-on"] {
            let scratch = try Scratch()
            let before = scratch.listing()
            let outcome: Outcome
            switch route {
            case "-c":
                outcome = try pilar(["--safe", "--format", "csv", "-c", "opds | count", "-c", statement, "-c", "pillars | count"], in: scratch)
            case "stdin":
                outcome = try pilar(["--safe", "--format", "csv"], in: scratch, stdin: "opds | count\n\(statement)\npillars | count\n")
            case "file":
                try "opds | count\n\(statement)\n".write(to: scratch.folder.appendingPathComponent("sub/attack.pilar"), atomically: true, encoding: .utf8)
                outcome = try pilar(["--safe", "--format", "csv", "attack.pilar"], in: scratch)
            default:
                outcome = try pilar(["--format", "csv", "-c", ".safe on", "-c", "opds | count", "-c", statement], in: scratch)
            }
            let context = "\(statement) via \(route): \(outcome.stderr)"
            #expect(outcome.status == 1, "\(context)")
            #expect(outcome.stderr.contains(refusal), "\(context)")
            #expect(outcome.stderr.contains(":1:1: error:") || outcome.stderr.contains(":2:1: error:"), "a location: \(context)")
            #expect(outcome.stdout.hasPrefix("count\n21\n"), "earlier statements ran: \(context)")
            #expect(!outcome.stdout.contains("SECRET"), "\(context)")
            #expect(!outcome.stderr.contains("loaded"), "\(context)")
            var after = scratch.listing()
            after.removeAll { $0 == "sub/attack.pilar" }
            #expect(after == before, "nothing written: \(context)")
        }
    }

    @Test func aRefusalAtThePromptLeavesTheSessionGoing() throws {
        // Stdin is not a terminal here, so it is one script; the shell's own test drives the
        // prompt. A `let` made before a refusal is still there after it in the next -c.
        let scratch = try Scratch()
        let outcome = try pilar(["--safe", "--format", "csv", "-c", "let n = opds | count", "-c", "n"], in: scratch)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "count\n21\n")
    }

    @Test func aReadHiddenInATrustedScriptIsRefused() throws {
        let scratch = try Scratch()
        // The script named on the command line is the trainer's and runs; what it reads is not.
        try "print \"trusted\"\n.read ../secret.pilar\n".write(to: scratch.folder.appendingPathComponent("sub/lesson.pilar"), atomically: true, encoding: .utf8)
        let outcome = try pilar(["--safe", "lesson.pilar"], in: scratch)
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "trusted\n")
        #expect(outcome.stderr.hasPrefix("lesson.pilar:2:1: error: safe mode: .read cannot read files\n"))
    }

    @Test func dataGivenWithSafeIsLoaded() throws {
        let scratch = try Scratch()
        let outcome = try pilar(["--safe", "--data", "../other", "--format", "csv", "-c", "opds | count", "-c", ".about"], in: scratch)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("count\n"))
        #expect(outcome.stdout.contains("Safe mode is on"))
    }

    @Test func safeOnClosesAnEarlierRedirection() throws {
        let scratch = try Scratch()
        let outcome = try pilar(["--format", "csv", "-c", ".output ../before.txt", "-c", ".safe on", "-c", "opds | count"], in: scratch)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "count\n21\n", "results return to the screen")
        #expect(outcome.stderr.contains("safe mode is on"))
        let written = try String(contentsOf: scratch.folder.appendingPathComponent("before.txt"), encoding: .utf8)
        #expect(written.isEmpty)
    }

    @Test func outputAloneAndEditsInMemoryStayAllowed() throws {
        let scratch = try Scratch()
        let outcome = try pilar(["--safe", "--format", "csv", "-c", ".output", "-c", "let x = pillars | count", "-c", "x"], in: scratch)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "count\n6\n")
    }

    @Test func theRefusalNamesWhyAndThatItLasts() throws {
        let scratch = try Scratch()
        let outcome = try pilar(["--safe", "-c", ".once report.csv"], in: scratch)
        #expect(outcome.stderr == """
            <command>:1:1: error: safe mode: .once cannot write files
             1 | .once report.csv
               | ^~~~~~~~~~~~~~~~
               = help: safe mode is on for this session (pilar --safe or .safe on) and cannot be turned off

            """)
    }

    @Test func helpMentionsSafeModeAndTheHistory() throws {
        let scratch = try Scratch()
        let outcome = try pilar(["--help"], in: scratch)
        #expect(outcome.stdout.contains("--safe"))
        #expect(outcome.stdout.contains("history in memory"))
    }
}
