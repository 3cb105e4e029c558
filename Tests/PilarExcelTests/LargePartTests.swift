import Testing
@testable import PilarExcel

/// A sheet part over 10 MB (100 000 measurements make 18 MB) is read: given a part whole,
/// libxml2 refuses it as a "huge input lookup".
@Suite struct LargePartTests {
    @Test func aSheetPartOverTenMegabytesIsRead() throws {
        let text = String(repeating: "x", count: 1000)
        var xml = Array(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#.utf8)
        let rows = 11_000
        for row in 1...rows {
            xml += Array(#"<row r="\#(row)"><c r="A\#(row)" t="inlineStr"><is><t>\#(text)</t></is></c></row>"#.utf8)
        }
        xml += Array("</sheetData></worksheet>".utf8)
        #expect(xml.count > 10_500_000)
        let parser = WorksheetParser(sharedStrings: [], dateStyles: [])
        try XMLPart.parse(xml, part: "xl/worksheets/sheet1.xml", workbook: "big.xlsx", with: parser)
        #expect(parser.grid.rows.count == rows)
        #expect(parser.grid.rows.last?.cells.first?.text == text)
    }
}
