import Foundation
import PilarCore
import PilarExcel
import PilarRender
import PilarStore
import Testing

@Suite struct WorkbookWritingTests {
    /// The demo written as a workbook and read back is the same store, cell for cell.
    @Test func theDemoRoundTrips() throws {
        let demo = DemoMasterplan.load()
        let bytes = try XLSXWriter.workbook(WorkbookSaver.sheets(of: demo))
        let back = try WorkbookLoader.load(bytes: bytes, name: "demo.xlsx", title: "demo")
        #expect(ExcelSupport.csv(back) == ExcelSupport.csv(demo))
    }

    @Test func saveIsAllOrNothingAndWillNotOverwriteAStranger() throws {
        let folder = ExcelSupport.temporaryFolder()
        let path = folder + "/plan.xlsx"
        let demo = DemoMasterplan.load()
        #expect(try WorkbookSaver.save(demo, to: path, force: false) == 5)
        #expect(throws: MasterplanSaver.Problem.self) { try WorkbookSaver.save(demo, to: path, force: false) }
        let loaded = try WorkbookLoader.load(path: path)
        #expect(try WorkbookSaver.save(loaded, to: path, force: false) == 5)  // its own file
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(leftovers == ["plan.xlsx"])
    }

    @Test func sheetNamesFollowExcelsRules() {
        let empty = ResultSet(columns: [ResultColumn("a", .int)], rows: [[.int(1)]])
        let names = ["a/b", "A/B", String(repeating: "x", count: 40)].map { XLSXWriter.Sheet(name: $0, result: empty) }
        let bytes = try? XLSXWriter.workbook(names)
        #expect(bytes != nil)
    }

    /// openpyxl opens what pilar writes and finds the same cells, numbers as numbers and the
    /// formats asked for (CI installs python3-openpyxl).
    @Test(.enabled(if: ExcelSupport.hasOpenpyxl)) func openpyxlReadsWhatPilarWrites() throws {
        let folder = ExcelSupport.temporaryFolder()
        let path = folder + "/demo.xlsx"
        _ = try WorkbookSaver.save(DemoMasterplan.load(), to: path, force: false)
        let script = """
        import openpyxl, sys
        book = openpyxl.load_workbook(sys.argv[1])
        p = book["programmes"]
        head = [c.value for c in p[1]]
        row = [c for c in p[2]]
        budget = row[head.index("budget")]
        m = book["measurements"]
        mh = [c.value for c in m[1]]
        target = m.cell(row=2, column=mh.index("target") + 1)
        print(book.sheetnames, p.freeze_panes, p["A1"].font.b, type(budget.value).__name__, budget.number_format,
              type(target.value).__name__, m.max_row - 1)
        """
        let result = try #require(ExcelSupport.run(["python3", "-c", script, path]))
        #expect(result.status == 0)
        #expect(result.output.contains("['pillars', 'opds', 'programmes', 'indicators', 'measurements'] A2 True int \"Rp \"#,##0"))
        #expect(result.output.contains(" \(DemoMasterplan.load().table(.measurement).count)\n"))
    }

    /// A workbook written by LibreOffice (from openpyxl's copy of the demo's CSV folder) loads
    /// as the same store as the folder; skipped where LibreOffice is not installed.
    @Test(.enabled(if: ExcelSupport.hasLibreOffice && ExcelSupport.hasOpenpyxl)) func libreOfficeWorkbooksLoad() throws {
        let folder = ExcelSupport.temporaryFolder()
        let data = ExcelSupport.repository.appendingPathComponent("examples/data/pekanbaru").path
        let tool = ExcelSupport.repository.appendingPathComponent("Tests/Tools/csv-to-xlsx.py").path
        #expect(ExcelSupport.run(["python3", tool, data, folder + "/openpyxl.xlsx"])?.status == 0)
        let fromOpenpyxl = try WorkbookLoader.load(path: folder + "/openpyxl.xlsx")
        let csvStore = try MasterplanLoader.load(folder: data)
        #expect(ExcelSupport.csv(fromOpenpyxl) == ExcelSupport.csv(csvStore))
        try FileManager.default.createDirectory(atPath: folder + "/lo", withIntermediateDirectories: true)
        let converted = ExcelSupport.run(["soffice", "--headless", "-env:UserInstallation=file://\(folder)/profile",
                                          "--convert-to", "xlsx", "--outdir", folder + "/lo", folder + "/openpyxl.xlsx"])
        #expect(converted?.status == 0)
        let fromLibreOffice = try WorkbookLoader.load(path: folder + "/lo/openpyxl.xlsx")
        #expect(ExcelSupport.csv(fromLibreOffice) == ExcelSupport.csv(csvStore))
    }
}
