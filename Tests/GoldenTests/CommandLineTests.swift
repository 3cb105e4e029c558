import Foundation
import Testing

/// The built `pilar` binary, run as users run it: exit codes, stdin, `-c`, files, errors.
@Suite struct CommandLineTests {
    static let binary: URL? = {
        let candidates = ["debug", "release"].map {
            GoldenHarness.repositoryRoot.appendingPathComponent(".build/\($0)/pilar")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func pilar(_ arguments: [String], stdin: String? = nil) throws -> Outcome {
        let binary = try #require(Self.binary, "build pilar first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = GoldenHarness.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                       stderr: String(decoding: err, as: UTF8.self))
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

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try pilar(["--format", "xslx", "-c", "opds"]).status == 2)
        #expect(try pilar(["--no-such-option"]).status == 2)
        #expect(try pilar(["--set", "year", "-c", "opds"]).status == 2)
    }

    @Test func runFilesWithDataAndParameters() throws {
        let outcome = try pilar(["run", "Tests/GoldenTests/Cases/let_and_parameters.pilar", "--set", "year=2019",
                                 "--data", "examples/data/pekanbaru", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("Weak measurements in the chosen year\ncount\n36\n"))
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
}
