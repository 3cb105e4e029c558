import Foundation
import Testing

/// Runs the built `pilar` binary as a user would, for every suite that tests the command line.
/// Both pipes are read while it runs, so a large output cannot block it, and a run that does
/// not end in time is stopped and reported as a hang.
enum PilarProcess {
    static let binary: URL? = {
        let candidates = ["debug", "release"].map {
            GoldenHarness.repositoryRoot.appendingPathComponent(".build/\($0)/pilar")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Outcome {
        var status: Int32
        var stdout: String
        /// stdout as it came, for binary output (`--format xlsx`).
        var stdoutBytes: Data
        var stderr: String
        /// False when it was killed by a signal rather than exiting.
        var exited: Bool
    }

    struct Hang: Error, CustomStringConvertible {
        var description: String { "pilar did not finish in time (a hang)" }
    }

    /// Runs pilar with `arguments` in `directory` (the repository root by default), NO_COLOR
    /// set and no language chosen (PILAR_LANG and the locale variables unset, so a machine with
    /// an Indonesian locale still gets the English the expected files hold), plus `environment`
    /// on top.
    static func run(_ arguments: [String], stdin: Data = Data(), in directory: URL = GoldenHarness.repositoryRoot,
                    environment: [String: String] = [:], timeout: Int = 30) throws -> Outcome {
        let binary = try #require(binary, "build pilar first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        for variable in ["PILAR_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { variables.removeValue(forKey: variable) }
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isError) in [(output, false), (errors, true)] {
            group.enter()
            DispatchQueue.global().async {
                collected.set(pipe.fileHandleForReading.readDataToEndOfFile(), isError: isError)
                group.leave()
            }
        }
        input.fileHandleForWriting.write(stdin)
        try? input.fileHandleForWriting.close()
        if group.wait(timeout: .now() + .seconds(timeout)) == .timedOut {
            process.terminate()
            throw Hang()
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: collected.stdout, as: UTF8.self),
                       stdoutBytes: collected.stdout,
                       stderr: String(decoding: collected.stderr, as: UTF8.self),
                       exited: process.terminationReason == .exit)
    }
}

/// Output gathered from two pipes on other threads.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()

    func set(_ data: Data, isError: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if isError { err = data } else { out = data }
    }

    var stdout: Data { lock.lock(); defer { lock.unlock() }; return out }
    var stderr: Data { lock.lock(); defer { lock.unlock() }; return err }
}
