import Foundation
import Testing

/// The report scripts in examples/reports/ run as a report writer runs them,
/// `pilar run examples/reports/NAME.pilar --format FORMAT`, and each format must print exactly
/// `examples/reports/expected/NAME.EXT`, so the samples beside the scripts are what pilar
/// writes today. Set PILAR_UPDATE_GOLDEN=1 to write the current output instead.
@Suite struct ReportTests {
    static let folder = GoldenHarness.repositoryRoot.appendingPathComponent("examples/reports")
    static let formats: [(name: String, fileExtension: String)] = [("table", "txt"), ("markdown", "md"), ("html", "html")]

    static let reports: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".pilar") }.map { String($0.dropLast(6)) }.sorted()
    }()

    static let runs: [String] = reports.flatMap { report in formats.map { "\(report).\($0.fileExtension)" } }

    @Test func theThreeReportsAreThere() {
        #expect(Self.reports == ["kesenjangan", "kinerja-opd", "matriks-pagu"])
    }

    @Test(arguments: runs)
    func report(_ run: String) throws {
        let report = String(run[..<run.lastIndex(of: ".")!])
        let fileExtension = String(run[run.index(after: run.lastIndex(of: ".")!)...])
        let format = try #require(Self.formats.first { $0.fileExtension == fileExtension }).name
        let outcome = try PilarProcess.run(["run", "examples/reports/\(report).pilar", "--format", format])
        #expect(outcome.status == 0, "\(run): \(outcome.stderr)")
        #expect(outcome.stderr.isEmpty, "\(run) wrote to stderr: \(outcome.stderr)")
        try GoldenFile.compare(outcome.stdout, with: Self.folder.appendingPathComponent("expected/\(run)"))
    }

    /// Parameters change the report: another OPD and year, given as the README shows.
    @Test func theOPDReportTakesItsParameters() throws {
        let outcome = try PilarProcess.run(["run", "examples/reports/kinerja-opd.pilar", "--set", "opd=DISHUB",
                                            "--set", "year=2020", "--format", "markdown"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("# Laporan Kinerja Dinas Perhubungan Tahun 2020\n"))
        #expect(outcome.stdout.contains("### MOB-01 "))
        #expect(!outcome.stdout.contains("DISKOMINFO"))
    }

    /// An OPD that is not in the masterplan gets a page that says so, not an empty one.
    @Test func anUnknownOPDIsSaid() throws {
        let outcome = try PilarProcess.run(["run", "examples/reports/kinerja-opd.pilar", "--set", "opd=DISHUBB", "--format", "markdown"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("# OPD DISHUBB tidak ada dalam masterplan\n"))
    }
}

/// Compares output with an expected file, or writes it when PILAR_UPDATE_GOLDEN is set.
enum GoldenFile {
    static func compare(_ actual: String, with url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["PILAR_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("\(url.lastPathComponent) is missing; run with PILAR_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(url.lastPathComponent) differs (- expected, + actual):\n\(GoldenHarness.diff(expected: expected, actual: actual))",
                         sourceLocation: sourceLocation)
        }
    }
}
