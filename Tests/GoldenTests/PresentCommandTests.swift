import Foundation
import Testing

/// `pilar present FILE` driven through a pipe: keys are read as bytes from standard input.
@Suite struct PresentCommandTests {
    static let script = "# Count them\nopds | count\n\n# The pillars\npillars | count\n"

    func withScript<T>(_ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("present-\(UUID().uuidString).pilar").path
        try Self.script.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    @Test func keysFromAPipe() throws {
        try withScript { path in
            // Enter runs step 1, Enter goes on, ← back to step 1, Enter runs it again, q.
            let outcome = try PilarProcess.run(["present", path], stdin: Data("\n\n\u{1B}[D\nq".utf8))
            #expect(outcome.status == 0)
            #expect(outcome.stderr == "")
            #expect(outcome.stdout.components(separatedBy: "── step 1/2").count == 3)
            #expect(outcome.stdout.contains("── step 2/2"))
            #expect(outcome.stdout.contains("Count them\n\npilar> opds | count\n"))
            #expect(outcome.stdout.components(separatedBy: "│    21 │").count == 3)
            #expect(outcome.stdout.hasSuffix("Presentation stopped at step 1/2.\n"))
        }
    }

    @Test func editThroughThePipeInIndonesian() throws {
        try withScript { path in
            let outcome = try PilarProcess.run(["present", path, "--lang", "id", "--speed", "0"],
                                               stdin: Data("epillars | count\n\n\n\n".utf8))
            #expect(outcome.status == 0)
            #expect(outcome.stdout.contains("── langkah 1/2"))
            #expect(outcome.stdout.components(separatedBy: "│     6 │").count == 3)
            #expect(outcome.stdout.hasSuffix("Presentasi selesai.\n"))
        }
    }

    @Test func safeModeRefusesFilesAndGoesOn() throws {
        let refused = try withScript { _ in
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("present-safe-\(UUID().uuidString).pilar").path
            try ".output out.txt\nopds | count\n".write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            return try PilarProcess.run(["present", path, "--safe"], stdin: Data("\n\n\n\n".utf8))
        }
        #expect(refused.stderr.contains("safe mode"))
        #expect(refused.stdout.contains("│    21 │"))
    }

    @Test func usageErrors() throws {
        let none = try PilarProcess.run(["present"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("'present' needs exactly one script file"))
        let speed = try PilarProcess.run(["present", "x.pilar", "--speed", "-5"])
        #expect(speed.status == 2)
        let missing = try PilarProcess.run(["present", "no-such-file.pilar"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-file.pilar"))
    }
}
