import Foundation
import Testing

/// The bad-input corpus: each folder under `BadInput/` (but `_base`) is one case that runs the
/// built `pilar` binary on hostile or broken input and must print exactly what it expects.
///
/// A case folder holds:
/// - `case.txt`: `proves: …` (what the case shows, one line), `exit: N`, then one `arg: …` line
///   per command-line argument (taken verbatim, spaces included) and optional `env: NAME=VALUE`;
/// - `stdin` (optional): bytes fed to standard input (otherwise stdin is empty);
/// - `stdout.expected` / `stderr.expected`: the exact output (a missing file means empty);
/// - any other files: laid over a copy of `_base/` (a small valid masterplan in `data/`), so a
///   case ships only the file it breaks. The process runs in that copy, so paths in messages
///   are short and the same on every machine.
///
/// Set PILAR_UPDATE_GOLDEN=1 to write the current output as the expectation.
@Suite struct BadInputCorpusTests {
    static let corpusFolder = GoldenHarness.repositoryRoot.appendingPathComponent("Tests/GoldenTests/BadInput")

    static let caseNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusFolder.path)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }()

    struct CaseSpec {
        var proves = ""
        var exit: Int32?
        var arguments: [String] = []
        var environment: [String: String] = [:]
    }

    static func spec(_ text: String) -> CaseSpec {
        var spec = CaseSpec()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon]
            var value = line[line.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
            switch key {
            case "proves": spec.proves = String(value)
            case "exit": spec.exit = Int32(value)
            case "arg": spec.arguments.append(String(value))
            case "env":
                if let equals = value.firstIndex(of: "=") {
                    spec.environment[String(value[..<equals])] = String(value[value.index(after: equals)...])
                }
            default: break
            }
        }
        return spec
    }

    @Test func theCorpusIsLargeAndEachCaseSaysWhatItProves() throws {
        #expect(Self.caseNames.count >= 80, "the corpus has shrunk below 80 cases in \(Self.corpusFolder.path)")
        for name in Self.caseNames {
            let text = try String(contentsOf: Self.corpusFolder.appendingPathComponent(name + "/case.txt"), encoding: .utf8)
            let spec = Self.spec(text)
            #expect(!spec.proves.isEmpty, "case \(name) does not say what it proves")
            #expect(spec.exit != nil, "case \(name) has no exit code")
        }
    }

    @Test(arguments: caseNames)
    func badInputCase(_ name: String) throws {
        let fileManager = FileManager.default
        let caseFolder = Self.corpusFolder.appendingPathComponent(name)
        let spec = Self.spec(try String(contentsOf: caseFolder.appendingPathComponent("case.txt"), encoding: .utf8))

        let work = fileManager.temporaryDirectory.appendingPathComponent("pilar-bad-\(name)-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: work) }
        try fileManager.copyItem(at: Self.corpusFolder.appendingPathComponent("_base"), to: work)
        try overlay(caseFolder, onto: work, skipping: ["case.txt", "stdin", "stdout.expected", "stderr.expected"])

        let stdinData = (try? Data(contentsOf: caseFolder.appendingPathComponent("stdin"))) ?? Data()
        let outcome: PilarProcess.Outcome
        do {
            outcome = try PilarProcess.run(spec.arguments, stdin: stdinData, in: work, environment: spec.environment)
        } catch is PilarProcess.Hang {
            Issue.record("case \(name) did not finish within 30 s (a hang)")
            return
        }
        let stdout = outcome.stdout
        let stderr = outcome.stderr

        let stdoutURL = caseFolder.appendingPathComponent("stdout.expected")
        let stderrURL = caseFolder.appendingPathComponent("stderr.expected")
        if ProcessInfo.processInfo.environment["PILAR_UPDATE_GOLDEN"] != nil {
            try write(stdout, to: stdoutURL)
            try write(stderr, to: stderrURL)
            return
        }
        #expect(outcome.exited, "case \(name) (\(spec.proves)) died of a signal")
        #expect(outcome.status == spec.exit, "case \(name) (\(spec.proves)): exit \(outcome.status)\nstderr:\n\(stderr)")
        let expectedOut = (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? ""
        let expectedErr = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
        if expectedOut != stdout {
            Issue.record("case \(name) (\(spec.proves)): stdout differs (- expected, + actual):\n\(GoldenHarness.diff(expected: expectedOut, actual: stdout))")
        }
        if expectedErr != stderr {
            Issue.record("case \(name) (\(spec.proves)): stderr differs (- expected, + actual):\n\(GoldenHarness.diff(expected: expectedErr, actual: stderr))")
        }
    }

    private func write(_ text: String, to url: URL) throws {
        if text.isEmpty {
            try? FileManager.default.removeItem(at: url)
        } else {
            try Data(text.utf8).write(to: url)
        }
    }

    /// Copies every file of `source` (recursively) over `destination`, replacing what is there.
    private func overlay(_ source: URL, onto destination: URL, skipping: Set<String>) throws {
        let fileManager = FileManager.default
        for name in try fileManager.contentsOfDirectory(atPath: source.path) where !skipping.contains(name) {
            let from = source.appendingPathComponent(name)
            let to = destination.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            _ = fileManager.fileExists(atPath: from.path, isDirectory: &isFolder)
            if isFolder.boolValue {
                try? fileManager.createDirectory(at: to, withIntermediateDirectories: true)
                try overlay(from, onto: to, skipping: [])
            } else {
                try? fileManager.removeItem(at: to)
                try fileManager.copyItem(at: from, to: to)
            }
        }
    }
}
