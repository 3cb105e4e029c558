import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet part (`xl/worksheets/sheet1.xml`) into a `SheetGrid`: the cached value of
/// each cell (`<v>`, also for formulas), or its inline string (`<is><t>`). Empty cells — a
/// merged title's covered cells, styled blanks — are left out.
final class WorksheetParser: NSObject, XMLParserDelegate {
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private(set) var grid = SheetGrid()

    private var row = SheetGrid.Row(number: 0, cells: [])
    private var nextColumn = 0
    private var cellColumn = 0
    private var cellType = "n"
    private var cellStyle = 0
    private var value = ""
    private var capturing = false
    private var inInline = false
    private var phonetic = 0

    init(sharedStrings: [String], dateStyles: [Bool]) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch XMLName.local(name) {
        case "c":
            if let reference = attributes["r"], let (column, _) = SheetGrid.reference(reference) {
                cellColumn = column
            } else {
                cellColumn = nextColumn
            }
            nextColumn = cellColumn + 1
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
        case "v":
            value = ""
            capturing = true
        case "is":
            inInline = true
            value = ""
        case "t" where inInline:
            capturing = phonetic == 0
        case "rPh":
            phonetic += 1
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? (row.number + 1)
            row = SheetGrid.Row(number: number, cells: [])
            nextColumn = 0
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLName.local(name) {
        case "v", "t": capturing = false
        case "is": inInline = false
        case "rPh": phonetic -= 1
        case "c": finishCell()
        case "row": if !row.cells.isEmpty { grid.rows.append(row) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { value += string }
    }

    /// `<v><![CDATA[x<y]]></v>`: text too, which XMLParser hands over apart.
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if capturing { value += String(decoding: block, as: UTF8.self) }
    }

    private func finishCell() {
        let cell: SheetCell
        switch cellType {
        case "s":
            guard let index = Int(value), index >= 0, index < sharedStrings.count else { return }
            cell = SheetCell(column: cellColumn, kind: .text, text: sharedStrings[index])
        case "inlineStr", "str":
            cell = SheetCell(column: cellColumn, kind: .text, text: value)
        case "b":
            cell = SheetCell(column: cellColumn, kind: .bool, text: value == "1" ? "TRUE" : "FALSE")
        case "e":
            cell = SheetCell(column: cellColumn, kind: .error, text: value)
        case "d":
            cell = SheetCell(column: cellColumn, kind: .date, text: value)
        default:
            let isDate = cellStyle < dateStyles.count && dateStyles[cellStyle]
            cell = SheetCell(column: cellColumn, kind: isDate ? .date : .number, text: value)
        }
        if cell.text.isEmpty { return }
        row.cells.append(cell)
    }
}
