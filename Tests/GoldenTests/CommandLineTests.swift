import Foundation
import Testing

/// The built `pilar` binary, run as users run it: exit codes, stdin, `-c`, files, errors.
@Suite struct CommandLineTests {
    typealias Outcome = PilarProcess.Outcome

    func pilar(_ arguments: [String], stdin: String? = nil) throws -> Outcome {
        try PilarProcess.run(arguments, stdin: Data((stdin ?? "").utf8))
    }

    @Test func commandRunsAQuery() throws {
        let outcome = try pilar(["-c", "opds | count", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "count\n21\n")
    }

    @Test func stdinIsAScriptWhenNotATerminal() throws {
        let outcome = try pilar(["--format", "csv"], stdin: "print 'heading'\npillars | count\n")
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "heading\ncount\n6\n")
    }

    @Test func scriptErrorsExitWithOneAndPointAtTheSource() throws {
        let outcome = try pilar(["-c", "programmes | sort budjet"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("<command>:1:19: error: unknown field 'budjet' of programme\n"))
        #expect(outcome.stderr.contains("did you mean 'budget'?"))
    }

    /// Several -c run in order (the last one used to win silently); the first error stops them.
    @Test func repeatedCommandsRunInOrder() throws {
        let outcome = try pilar(["-c", "print 1", "-c", "print 2", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "1\n2\n")
        let failing = try pilar(["-c", "print 1", "-c", "print nope", "-c", "print 3"])
        #expect(failing.status == 1)
        #expect(failing.stdout == "1\n")
        #expect(failing.stderr.hasPrefix("<command>:1:7: error: "))
        let quitting = try pilar(["-c", "print 1", "-c", ".quit", "-c", "print 3"])
        #expect(quitting.status == 0)
        #expect(quitting.stdout == "1\n")
    }

    /// Runs pilar with standard output going to `handle`, for outputs a pipe to this test
    /// cannot stand for (a full disk, a reader that went away).
    func pilar(_ arguments: [String], stdout handle: FileHandle) throws -> (status: Int32, stderr: String, exited: Bool) {
        let process = Process()
        process.executableURL = try #require(PilarProcess.binary, "build pilar first (swift build)")
        process.arguments = arguments
        process.standardOutput = handle
        process.standardInput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self), process.terminationReason == .exit)
    }

    /// Review #13: a full disk trapped inside FileHandle.write; now one message and exit 1.
    @Test func aFullDiskIsReportedOnceNotACrash() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        for arguments in [["-c", "opds | count"], ["-c", "opds | count", "--format", "csv"], ["-c", "print 1"]] {
            let outcome = try pilar(arguments, stdout: full)
            #expect(outcome.exited, "\(arguments): killed by a signal")
            #expect(outcome.status == 1, "\(arguments)")
            #expect(outcome.stderr == "pilar: cannot write to standard output: No space left on device\n", "\(arguments)")
        }
    }

    /// A reader that went away (`pilar … | head`) ends pilar quietly with success, as sqlite3.
    @Test func aClosedPipeEndsQuietly() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let outcome = try pilar(["-c", "measurements", "--format", "csv"], stdout: pipe.fileHandleForWriting)
        #expect(outcome.exited)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try pilar(["--format", "xslx", "-c", "opds"]).status == 2)
        #expect(try pilar(["--no-such-option"]).status == 2)
        #expect(try pilar(["--set", "year", "-c", "opds"]).status == 2)
    }

    @Test func runFilesWithDataAndParameters() throws {
        let outcome = try pilar(["run", "Tests/GoldenTests/Cases/let_and_parameters.pilar", "--set", "year=2019",
                                 "--data", "examples/data/pekanbaru", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("Weak measurements in the chosen year\ncount\n34\n"))
    }

    @Test func badDataExitsWithOneAndReportsEveryProblem() throws {
        let outcome = try pilar(["--data", "Tests/GoldenTests/Cases/data/broken", "-c", "opds | count"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.components(separatedBy: ": error: ").count - 1 == 8)
    }

    @Test func missingScriptFileExitsWithOne() throws {
        let outcome = try pilar(["run", "no/such/script.pilar"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "error: cannot read 'no/such/script.pilar': no such file\n")
    }

    // MARK: - Hardening

    /// A fresh folder under the temporary directory, for files the test makes.
    func scratchFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `text` into the FIFO at `path` from another thread (opening a FIFO waits for
    /// the other end).
    func feedFIFO(_ path: String, _ text: String) -> Thread {
        let thread = Thread {
            if let handle = FileHandle(forWritingAtPath: path) {
                handle.write(Data(text.utf8))
                try? handle.close()
            }
        }
        thread.start()
        return thread
    }

    @Test func twentyThousandSetOptionsFinish() throws {
        var arguments = ["-c", "print $p19999 + $p1", "--format", "csv"]
        for index in 0..<20_000 { arguments += ["--set", "p\(index)=\(index)"] }
        let started = ContinuousClock.now
        let outcome = try pilar(arguments)
        // Quadratic handling took minutes; linear takes well under a second. The bound is
        // generous so the test cannot be flaky.
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "20000\n")
    }

    @Test func setForcesTextAndParamsReadByType() throws {
        let forced = try pilar(["-c", "print $code", "--set", "code:text=007"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout == "007\n")
        #expect(try pilar(["-c", "print $code", "--set", "code=007"]).stdout == "7\n")
        let typed = try pilar(["-c", "param year = 2023", "-c", "print \"tahun {$year}\"", "--set", "year=2019"])
        #expect(typed.stdout == "tahun 2019\n", "\(typed.stderr)")
        let bad = try pilar(["-c", "param year = 2023", "--set", "year=abc"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--set year=abc: parameter 'year' is int, and 'abc' is not"))
        #expect(try pilar(["-c", "print 1", "--set", "code:txt=007"]).status == 2)
    }

    @Test func setOptionsInEveryForm() throws {
        let outcome = try pilar(["--set=a=1", "-c", "print $a + $b", "--set", "b=2"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "3\n")
        // After `--` a word spelt like --set is a file name.
        let asFile = try pilar(["--", "--set=x"])
        #expect(asFile.status == 1)
        #expect(asFile.stderr == "error: cannot read '--set=x': no such file\n")
        #expect(try pilar(["-c", "print 1", "--set"]).status == 2)
        #expect(try pilar(["-c", "print 1", "--set", "=3"]).status == 2)
    }

    @Test func scriptsFromAFIFOAndDevNullAreRead() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/script.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = feedFIFO(fifo, "print \"from a fifo\"\n")
        let outcome = try pilar([fifo])
        _ = writer
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "from a fifo\n")
        let empty = try pilar(["/dev/null"])
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stdout.isEmpty && empty.stderr.isEmpty)
        let stdinScript = try pilar(["/dev/stdin"], stdin: "print 41 + 1\n")
        #expect(stdinScript.stdout == "42\n", "\(stdinScript.stderr)")
        let folderScript = try pilar([folder])
        #expect(folderScript.status == 1)
        #expect(folderScript.stderr == "error: cannot read '\(folder)': it is a folder\n")
    }

    @Test func outputThroughASymlinkWritesItsTargetAndKeepsTheLink() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "old\n".write(toFile: folder + "/target.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: "target.csv")
        let outcome = try pilar(["--format", "csv", "-c", ".output \(folder)/link.csv\npillars | count\n.once \(folder)/link.csv\nprint 1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.csv")
        #expect(link == "target.csv")
        #expect(try String(contentsOfFile: folder + "/target.csv", encoding: .utf8) == "1\n")
    }

    @Test func outputIntoAFIFOReachesItsReader() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/out.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        final class Received: @unchecked Sendable { var data = Data() }
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) {
                received.data = handle.readDataToEndOfFile()
            }
            done.signal()
        }
        reader.start()
        let outcome = try pilar(["--format", "csv", "-c", ".output \(fifo)\npillars | count\nprint \"second\"\n.output"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(String(decoding: received.data, as: UTF8.self) == "count\n6\nsecond\n")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
    }

    @Test func outputToDevNullLeavesTheDeviceAlone() throws {
        let outcome = try pilar(["-c", ".output /dev/null\npillars | count\n.once /dev/null\nprint 1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aScriptThatReadsItselfGivesOneError() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ".read a.pilar\n".write(toFile: folder + "/a.pilar", atomically: true, encoding: .utf8)
        let outcome = try pilar([folder + "/a.pilar"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.components(separatedBy: "error:").count - 1 == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("error: script reads itself: a.pilar → a.pilar"), "\(outcome.stderr)")
        // A chain through another script names each step once.
        try ".read b.pilar\n".write(toFile: folder + "/a.pilar", atomically: true, encoding: .utf8)
        try "print 1\n.read a.pilar\n".write(toFile: folder + "/b.pilar", atomically: true, encoding: .utf8)
        let chain = try pilar([folder + "/a.pilar"])
        #expect(chain.status == 1)
        #expect(chain.stderr.components(separatedBy: "error:").count - 1 == 1, "\(chain.stderr)")
        // The outermost script is on the chain: b.pilar does not run a.pilar a second time.
        #expect(chain.stderr.contains("error: script reads itself: a.pilar → b.pilar → a.pilar"), "\(chain.stderr)")
        #expect(chain.stdout == "1\n", "\(chain.stdout)")
    }
}
