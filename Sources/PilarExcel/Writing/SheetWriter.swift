import PilarCore
import PilarRender

/// One result set as a worksheet part: the header row in bold and frozen, column widths from
/// the longest content, numbers as numbers in their column's style, text as inline strings.
enum SheetWriter {
    /// Widths are counted in characters, as Excel's are; a runaway cell does not make a
    /// column wider than this.
    static let maximumWidth = 60

    static func xml(_ sheet: XLSXWriter.Sheet) -> String {
        let result = sheet.result
        let columns = result.columns
        let letters = columns.indices.map { SheetGrid.columnName($0) }
        let styles = columns.map { column -> WorkbookParts.Style in
            let style = sheet.styles[column.name] ?? XLSXWriter.style(of: column)
            switch style {
            case .year: return .year
            case .rupiah: return .rupiah
            case .twoDecimals: return .twoDecimals
            case .plain: return column.kind == .decimal ? .decimal : .whole
            }
        }
        var widths = columns.map { $0.name.count + 2 }
        var rows = ""
        rows.reserveCapacity(result.rowCount * columns.count * 24)
        rows += #"<row r="1">"#
        for (index, column) in columns.enumerated() {
            rows += #"<c r="\#(letters[index])1" s="\#(WorkbookParts.Style.header.rawValue)" t="inlineStr"><is><t"#
            rows += textBody(column.name)
        }
        rows += "</row>"
        for row in 0..<result.rowCount {
            let number = row + 2
            rows += #"<row r="\#(number)">"#
            for index in columns.indices {
                let reference = letters[index] + String(number)
                switch result.cell(row, index) {
                case .null, .ref:
                    continue
                case .bool(let flag):
                    rows += #"<c r="\#(reference)" t="b"><v>\#(flag ? 1 : 0)</v></c>"#
                    widths[index] = max(widths[index], 6)
                case .int(let value):
                    rows += #"<c r="\#(reference)" s="\#(intStyle(styles[index]).rawValue)"><v>\#(value)</v></c>"#
                    widths[index] = max(widths[index], shownWidth(String(value), styles[index]))
                case .decimal(let value):
                    let text = value.description
                    rows += #"<c r="\#(reference)" s="\#(styles[index].rawValue)"><v>\#(text)</v></c>"#
                    widths[index] = max(widths[index], shownWidth(text, styles[index]))
                case .text(let text):
                    rows += #"<c r="\#(reference)" t="inlineStr"><is><t"#
                    rows += textBody(text)
                    widths[index] = max(widths[index], min(maximumWidth, text.count + 2))
                }
            }
            rows += "</row>"
        }
        var cols = ""
        for (index, width) in widths.enumerated() {
            cols += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(min(width, maximumWidth))" customWidth="1"/>"#
        }
        let pane = #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        return WorkbookParts.header + #"<worksheet xmlns="\#(WorkbookParts.main)">"#
            + pane + #"<sheetFormatPr defaultRowHeight="15"/>"# + (cols.isEmpty ? "" : "<cols>\(cols)</cols>")
            + "<sheetData>" + rows + "</sheetData></worksheet>"
    }

    /// A whole number in a decimal column still gets the column's style; in a plain one, the
    /// thousands format.
    private static func intStyle(_ style: WorkbookParts.Style) -> WorkbookParts.Style {
        style == .decimal ? .whole : style
    }

    /// `>text</t></is></c>`, keeping blanks at the ends (Excel trims them otherwise).
    private static func textBody(_ text: String) -> String {
        let keepsBlanks = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return (keepsBlanks ? #" xml:space="preserve">"# : ">") + WorkbookParts.escaped(text) + "</t></is></c>"
    }

    /// Characters a number takes on screen in its format: separators and `Rp ` included.
    private static func shownWidth(_ digits: String, _ style: WorkbookParts.Style) -> Int {
        let whole = digits.split(separator: ".").first.map { $0.filter(\.isNumber).count } ?? digits.count
        let groups = style == .year ? 0 : max(0, (whole - 1) / 3)
        let prefix = style == .rupiah ? 3 : 0
        let fraction = style == .twoDecimals ? 3 : (digits.split(separator: ".").dropFirst().first.map { $0.count + 1 } ?? 0)
        return whole + groups + prefix + fraction + (digits.hasPrefix("-") ? 1 : 0) + 2
    }
}
