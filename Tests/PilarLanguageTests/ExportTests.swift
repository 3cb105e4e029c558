import Foundation
import PilarCore
import PilarStore
import PilarRender
import Testing
@testable import PilarLanguage

/// `| export "FILE"`: each extension's format, the session's display settings, bad names,
/// safe mode, failed writes that leave nothing, and one file per row of a `for each`.
@Suite struct ExportTests {
    /// A fresh empty folder for one test.
    final class Folder {
        let path: String
        init() throws {
            path = NSTemporaryDirectory() + "pilar-export-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func file(_ name: String) -> String { path + "/" + name }
        func text(_ name: String) -> String? { try? String(contentsOfFile: file(name), encoding: .utf8) }
        var listing: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
    }

    /// Runs `text` in `session`: notes and errors as lines, results as csv.
    private func run(_ text: String, in session: Session = Session(store: Tiny.store)) -> String {
        var output = ""
        session.run(SourceFile(name: "t", text: text)) { event in
            switch event {
            case .result(let result, let format): output += Renderer.render(result, RenderOptions(format: format))
            case .text(let text), .note(let text): output += text
            case .error(let diagnostic): output += "error: " + diagnostic.message + (diagnostic.hint.map { " | " + $0 } ?? "") + "\n"
            default: break
            }
        }
        return output
    }

    @Test func cataloguesAreComplete() {
        #expect(CatalogueAudit.problems(in: ExportMessage.self) == [])
    }

    @Test func eachExtensionWritesItsFormat() throws {
        let folder = try Folder()
        let query = #"programmes | where opd == "DISHUB" | select code, budget"#
        for name in ["r.csv", "r.tsv", "r.json", "r.jsonl", "r.md", "r.html", "r.htm", "r.txt", "R.CSV"] {
            let output = run("\(query) | export \"\(folder.file(name))\"")
            #expect(output == "exported 2 rows to \(folder.file(name))\n", "\(name)")
        }
        #expect(folder.text("r.csv") == "code,budget\nMOB-01,1000\nMOB-02,200\n")
        #expect(folder.text("R.CSV") == folder.text("r.csv"))
        #expect(folder.text("r.tsv") == "code\tbudget\nMOB-01\t1000\nMOB-02\t200\n")
        #expect(folder.text("r.json")?.contains(#"{"code":"MOB-01","budget":1000}"#) == true)
        #expect(folder.text("r.jsonl") == "{\"code\":\"MOB-01\",\"budget\":1000}\n{\"code\":\"MOB-02\",\"budget\":200}\n")
        #expect(folder.text("r.md")?.hasPrefix("| code   | budget |\n") == true)
        let txt = try #require(folder.text("r.txt"))
        #expect(txt.hasPrefix("┌") && txt.hasSuffix("2 rows\n") && !txt.contains("\u{1B}["), "a table without colour")
        let page = try #require(folder.text("r.html"))
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<title>r</title>") && page.contains("<td>MOB-01</td>"))
        #expect(page.hasSuffix("</html>\n") || page.hasSuffix("</html>"), "a whole page")
        #expect(folder.text("r.htm") == page)
    }

    @Test func theSessionsLocaleNullTextAndDecimalsApplyToDocuments() throws {
        let folder = try Folder()
        let session = Session(store: Tiny.store)
        let script = """
            .locale id
            .nullvalue n/a
            programmes | select code, budget, share = budget / 3 | take 3 | export "\(folder.file("r.md"))"
            programmes | select code, budget | take 3 | export "\(folder.file("r.csv"))"
            """
        _ = run(script, in: session)
        let markdown = try #require(folder.text("r.md"))
        #expect(markdown.contains("1.000") && markdown.contains("333,33") && markdown.contains("n/a"), "\(markdown)")
        #expect(folder.text("r.csv") == "code,budget\nMOB-01,1000\nMOB-02,200\nPPL-01,\n", "csv stays as programs read it")
    }

    @Test func csvHonoursCsvExcelOnlyWhenTheSessionWritesIt() throws {
        let folder = try Folder()
        _ = run(".format csv-excel\nopds | select code | take 1 | export \"\(folder.file("e.csv"))\"\n.format table\nopds | select code | take 1 | export \"\(folder.file("p.csv"))\"")
        let excel = FileManager.default.contents(atPath: folder.file("e.csv")).map { Array($0) }
        #expect(excel == [0xEF, 0xBB, 0xBF] + Array("code\r\nDISHUB\r\n".utf8), "a BOM and CRLF")
        #expect(folder.text("p.csv") == "code\nDISHUB\n")
    }

    @Test func aWorkbookHasOneSheetNamedAfterTheSource() throws {
        let folder = try Folder()
        #expect(run(#"programmes | select code, budget | export "\#(folder.file("w.xlsx"))""#) == "exported 4 rows to \(folder.file("w.xlsx"))\n")
        let bytes = try #require(FileManager.default.contents(atPath: folder.file("w.xlsx")))
        #expect(bytes.starts(with: [0x50, 0x4B]), "a zip archive")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb.sheetnames, [[c.value for c in r] for r in wb.active.iter_rows()])
            """, folder.file("w.xlsx")]
        let pipe = Pipe()
        python.standardOutput = pipe
        python.standardError = Pipe()
        guard (try? python.run()) != nil else { return }
        python.waitUntilExit()
        guard python.terminationStatus == 0 else { return } // openpyxl is not installed here
        let read = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(read == "['programmes'] [['code', 'budget'], ['MOB-01', 1000], ['MOB-02', 200], ['PPL-01', None], ['GOV-01', 300]]\n")
    }

    @Test func aNameWithoutAKnownExtensionIsALocatedError() throws {
        let folder = try Folder()
        let session = Session(store: Tiny.store)
        var diagnostic: Diagnostic?
        session.run(SourceFile(name: "t", text: "opds | export \"\(folder.file("r.cvs"))\"")) { event in
            if case .error(let error) = event { diagnostic = error }
        }
        let error = try #require(diagnostic)
        #expect(error.message == "no format is written to files ending in '.cvs'")
        #expect(error.hint == "did you mean '.csv'?")
        #expect(error.span.start == 14, "at the string")
        #expect(run("opds | export \"\(folder.file("r"))\"").hasPrefix("error: '\(folder.file("r"))' has no extension to tell its format by | the extensions are .txt .csv"))
        #expect(run("opds | export \"\"") == "error: the file name is empty\n")
        #expect(run("opds | export r.csv").hasPrefix("error: expected a file name in quotes after 'export'"))
        #expect(folder.listing.isEmpty)
    }

    @Test func exportEndsATopLevelQueryOnly() {
        #expect(run(#"opds | export "x.csv" | count"#).hasPrefix("error: 'export' must be the last stage | export writes"))
        #expect(run(#"let x = opds | export "x.csv""#).hasPrefix("error: 'export' can only end a query statement"))
        #expect(run(#"print count(opds | export "x.csv")"#).hasPrefix("error: 'export' can only end a query statement"))
        #expect(run(#"for each $o in opds | export "x.csv" { print 1 }"#).hasPrefix("error: 'export' can only end a query statement"))
    }

    @Test func safeModeRefusesAndWritesNothing() throws {
        let folder = try Folder()
        let output = run("opds | count\nopds | export \"\(folder.file("s.csv"))\"", in: Session(store: Tiny.store, format: .csv, safe: true))
        #expect(output == "count\n3\nerror: safe mode: export cannot write files | safe mode is on for this session (pilar --safe or .safe on) and cannot be turned off\n")
        #expect(folder.listing.isEmpty)
    }

    @Test func anUnwritablePathIsALocatedErrorAndLeavesNothing() throws {
        let folder = try Folder()
        let missing = folder.file("no/such/r.csv")
        #expect(run("opds | export \"\(missing)\"").hasPrefix("error: cannot export to \(missing): "))
        try FileManager.default.createDirectory(atPath: folder.file("locked"), withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.file("locked"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.file("locked")) }
        let locked = run("opds | export \"\(folder.file("locked/r.csv"))\"")
        // Root may write anywhere; anyone else gets the error.
        if getuid() != 0 { #expect(locked.hasPrefix("error: cannot export to ")) }
        #expect(run("opds | export \"\(folder.path)\"").hasPrefix("error: "), "a folder has no extension")
        try FileManager.default.createDirectory(atPath: folder.file("taken.csv"), withIntermediateDirectories: false)
        #expect(run("opds | export \"\(folder.file("taken.csv"))\"").hasPrefix("error: cannot export to "))
        #expect(folder.listing == ["locked", "taken.csv"], "no temporary file left behind")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder.file("taken.csv"))) ?? []).isEmpty)
    }

    @Test func aLoopWritesOneFilePerRowWithAnInterpolatedName() throws {
        let folder = try Folder()
        let output = run("""
            for each $o in opds | where count(programmes) > 0 {
              programmes | where opd == $o.code | select code | export "\(folder.path)/laporan-{lower($o.code)}-{count($o.programmes)}.csv"
            }
            """)
        #expect(output == """
            exported 2 rows to \(folder.path)/laporan-dishub-2.csv
            exported 1 row to \(folder.path)/laporan-dinkes-1.csv
            exported 1 row to \(folder.path)/laporan-bappeda-1.csv

            """, "\(output)")
        #expect(folder.listing == ["laporan-bappeda-1.csv", "laporan-dinkes-1.csv", "laporan-dishub-2.csv"])
        #expect(folder.text("laporan-dishub-2.csv") == "code\nMOB-01\nMOB-02\n")
    }

    @Test func aNameMadeWhenItRunsIsCheckedThen() throws {
        let folder = try Folder()
        let output = run("param ext = \"cvs\"\nopds | export \"\(folder.path)/r.{$ext}\"")
        #expect(output == "error: no format is written to files ending in '.cvs' | did you mean '.csv'?\n")
        #expect(run("param ext = \"json\"\nopds | take 1 | select code | export \"\(folder.path)/r.{$ext}\"") == "exported 1 row to \(folder.path)/r.json\n")
        #expect(folder.listing == ["r.json"])
    }
}
