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

/// `--format xlsx` and `.output FILE.xlsx`: a report as a workbook, a sheet per section, read
/// back by openpyxl (skipped where it is not installed; CI installs it).
@Suite struct ReportWorkbookTests {
    /// The sheets a workbook holds and the first rows of each, as openpyxl reads them; nil
    /// when python3 or openpyxl is missing.
    static func read(_ path: String) throws -> String? {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            for ws in wb.worksheets:
                print(ws.title, [[c.value for c in r] for r in ws.iter_rows(max_row=2)])
            """, path]
        let output = Pipe(), errors = Pipe()
        python.standardOutput = output
        python.standardError = errors
        guard (try? python.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        if python.terminationStatus != 0, problem.contains("No module named 'openpyxl'") { return nil }
        #expect(python.terminationStatus == 0, "openpyxl could not read \(path): \(problem)")
        return text
    }

    static func temporaryFile(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-workbook-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    @Test func theBudgetMatrixIsASheetPerSection() throws {
        let outcome = try PilarProcess.run(["run", "examples/reports/matriks-pagu.pilar", "--format", "xlsx"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdoutBytes.starts(with: [0x50, 0x4B]), "a zip archive on stdout")
        let path = Self.temporaryFile("matriks.xlsx")
        try outcome.stdoutBytes.write(to: URL(fileURLWithPath: path))
        guard let sheets = try Self.read(path) else { return }
        #expect(sheets == """
            1. Pagu per OPD dan pilar [['opd', 'governance', 'people', 'economy', 'environment', 'living', 'mobility'], ['BAPENDA', 4300000000, None, 1650000000, None, None, None]]
            2. Porsi setiap pilar [['pilar', 'program', 'pagu', 'porsi'], ['governance', 11, 47480000000, 13]]
            2. Porsi setiap pilar (2) [['pilar', 'pagu', 'porsi'], ['governance', 47480000000, 13]]
            3. Porsi setiap OPD [['opd', 'program', 'pilar', 'pagu', 'porsi', 'nama'], ['DPUPR', 7, 4, 91300000000, 24.9, 'Dinas Pekerjaan Umum dan Penataan Ruang']]
            4. Pagu per tahun mulai [['pilar', '2018', '2019', '2020', '2021', '2022', '2024'], ['governance', 18450000000, 26630000000, 1250000000, 1150000000, None, None]]

            """)
    }

    /// `.output FILE.xlsx` gathers the results of every `-c` after it into one workbook, the
    /// file rewritten whole each time, so it is always one valid workbook.
    @Test func outputToAWorkbookGathersEveryResult() throws {
        let path = Self.temporaryFile("o.xlsx")
        let outcome = try PilarProcess.run(["-c", ".output \(path)", "-c", "print \"# Pilar\"", "-c", "pillars | take 1",
                                            "-c", "print \"## OPD\"", "-c", "opds | select code | take 1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        guard let sheets = try Self.read(path) else { return }
        #expect(sheets == """
            Pilar [['code', 'name', 'name_id'], ['governance', 'Smart Governance', 'Tata Kelola']]
            OPD [['code'], ['DISKOMINFO']]

            """)
    }

    @Test func xlsxIsNoScreenFormat() throws {
        let outcome = try PilarProcess.run(["-c", ".format xlsx"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("error: xlsx is a workbook file, not a format for the screen"))
        #expect(outcome.stderr.contains(".output FILE.xlsx writes every result after it as a sheet"))
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
