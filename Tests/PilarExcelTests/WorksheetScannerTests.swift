import Foundation
import PilarCore
import PilarStore
import Testing
@testable import PilarExcel

/// The byte scanner reads worksheets exactly as Foundation's XMLParser-based reader does, and
/// refuses what XMLParser would refuse, with a located reason.
@Suite struct WorksheetScannerTests {
    /// Every worksheet of the fixtures (made by openpyxl), read both ways.
    @Test(arguments: ["messy.xlsx", "line-break.xlsx", "sheet-hints.xlsx", "bad-cell.xlsx"])
    func readsFixturesAsXMLParserDoes(_ fixture: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: ExcelSupport.fixture(fixture)))
        let archive = try WorkbookArchive(bytes: [UInt8](bytes), path: fixture)
        let strings = SharedStringsParser()
        if let part = try archive.part("xl/sharedStrings.xml") {
            try XMLPart.parse(part, part: "xl/sharedStrings.xml", workbook: fixture, with: strings)
        }
        var sheets = 0
        for index in 1...8 {
            guard let part = try archive.part("xl/worksheets/sheet\(index).xml") else { continue }
            sheets += 1
            #expect(render(try scanned(part, strings.strings)) == render(try parsed(part, strings.strings)))
        }
        #expect(sheets >= 4)
    }

    @Test func readsWhatProducersWrite() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- a comment --><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <x:sheetData><x:row r="3" spans="1:3"><x:c r="A3" t="inlineStr"><x:is><x:t xml:space="preserve">A &amp; B &lt;1&gt; &#233;&#x20AC;</x:t></x:is></x:c>
            <x:c r="C3" t='s'><x:v>0</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v><![CDATA[x<y]]></x:v></x:c></x:row>
            <x:row r="4"/><x:row><x:c><x:v>1.5</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c/></x:row></x:sheetData></x:worksheet>
            """
        let grid = try scanned(Array(xml.utf8), ["shared"])
        let viaXMLParser = try render(parsed(Array(xml.utf8), ["shared"]))
        #expect(render(grid) == viaXMLParser, "\(viaXMLParser)")
        #expect(render(grid) == ["3 A text A & B <1> é€", "3 C text shared", "3 D text x<y", "5 A number 1.5", "5 B bool TRUE"])
    }

    @Test(arguments: [
        ("<worksheet><row></worksheet>", "a closing tag that does not match"),
        ("<worksheet><row>", "the part ends before its elements are closed"),
        ("<worksheet><c r=\"A1></c></worksheet>", "malformed markup"),
        ("<worksheet><v>&nbsp;</v></worksheet>", "unknown or malformed entity"),
        ("<worksheet/><second/>", "a second element after the root"),
        ("<!DOCTYPE x [<!ENTITY a \"b\">]><worksheet/>", "malformed markup"),
        ("", "the part ends before"),
    ])
    func refusesBrokenXML(_ xml: String, _ reason: String) {
        do {
            _ = try XMLPart.worksheet(Array(xml.utf8), part: "xl/worksheets/sheet1.xml", workbook: "b.xlsx", sharedStrings: [], dateStyles: [])
            Issue.record("accepted \(xml)")
        } catch {
            #expect(error.text.english.contains("b.xlsx xl/worksheets/sheet1.xml is not well-formed XML: line 1, column"))
            #expect(error.text.english.contains(reason), "\(error.text.english)")
        }
    }

    /// A broken part may number a row 2 000 000 000: the CSV is not padded out to it.
    @Test func aHugeRowNumberIsNotPaddedTo() throws {
        let xml = #"<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>code</t></is></c><c t="inlineStr"><is><t>name</t></is></c></row>"#
            + #"<row r="2000000000"><c t="inlineStr"><is><t>DISHUB</t></is></c><c t="inlineStr"><is><t>Dinas</t></is></c></row></sheetData></worksheet>"#
        let grid = try scanned(Array(xml.utf8), [])
        let table = SheetTable(workbook: "b.xlsx", sheet: "opds", grid: grid, declaration: Catalog.masterplan[.opd], dates1904: false)
        #expect(table.source.bytes.count < 100)
        #expect(table.row(ofLine: 2) == 2_000_000_000)
    }

    private func scanned(_ bytes: [UInt8], _ strings: [String]) throws -> SheetGrid {
        var scanner = WorksheetScanner(bytes: bytes, sharedStrings: strings, dateStyles: [])
        try scanner.scan()
        return scanner.grid
    }

    private func parsed(_ bytes: [UInt8], _ strings: [String]) throws -> SheetGrid {
        let parser = WorksheetParser(sharedStrings: strings, dateStyles: [])
        try XMLPart.parse(bytes, part: "sheet", workbook: "book", with: parser)
        return parser.grid
    }

    private func render(_ grid: SheetGrid) -> [String] {
        grid.rows.flatMap { row in row.cells.map { "\(row.number) \(SheetGrid.columnName($0.column)) \($0.kind) \($0.text)" } }
    }
}
