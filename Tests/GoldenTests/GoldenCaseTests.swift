import Foundation
import PilarCore
import Testing

/// Each `Cases/NAME.pilar` runs and must print exactly `Cases/NAME.out` (errors included).
/// Set PILAR_UPDATE_GOLDEN=1 to write the current output as the expectation instead.
@Suite struct GoldenCaseTests {
    static let caseNames: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: GoldenHarness.casesFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".pilar") }.map { String($0.dropLast(6)) }.sorted()
    }()

    @Test func thereAreCases() {
        #expect(Self.caseNames.count >= 10, "golden cases are missing from \(GoldenHarness.casesFolder.path)")
    }

    @Test(arguments: caseNames)
    func goldenCase(_ name: String) throws {
        let scriptURL = GoldenHarness.casesFolder.appendingPathComponent(name + ".pilar")
        let expectedURL = GoldenHarness.casesFolder.appendingPathComponent(name + ".out")
        let text = try String(contentsOf: scriptURL, encoding: .utf8)
        let parameters = GoldenHarness.parameters(of: text)
        // Cases name themselves by their path from the repository root (where `swift test`
        // runs), so `.load data/…` and `.read …` resolve next to the case and messages are
        // the same on every machine.
        let source = SourceFile(name: "Tests/GoldenTests/Cases/\(name).pilar", text: text)
        let actual = GoldenHarness.run(source, parameters: parameters, settings: GoldenHarness.settings(of: text)).output
        if ProcessInfo.processInfo.environment["PILAR_UPDATE_GOLDEN"] != nil {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
            Issue.record("case \(name) has no \(name).out; run with PILAR_UPDATE_GOLDEN=1 to create it.\nOutput was:\n\(actual)")
            return
        }
        if expected != actual {
            Issue.record("case \(name) differs (- expected, + actual):\n\(GoldenHarness.diff(expected: expected, actual: actual))")
        }
    }
}
