import PilarCore
import PilarStore

/// One sheet made into the CSV text the store's loader reads, so that a workbook is checked
/// by exactly the rules a CSV folder is: the loader's validation is not written twice.
///
/// The header row is found below any title rows; its first to last named column is the
/// table. Each record remembers the sheet row it came from, because a cell holding a line
/// break makes its record span two lines of the CSV: counting lines would name the wrong row
/// for every later error. Empty lines pad the CSV so that a record usually starts on the line
/// numbered like its row (then the loader's line numbers need no translation). `locate` turns
/// the loader's byte spans back into cells, `row(ofLine:)` its line numbers into rows.
struct SheetTable {
    let workbook: String
    let sheet: String
    let grid: SheetGrid
    /// The CSV the loader reads.
    private(set) var source: SourceFile
    /// The sheet row of the header and its first column.
    private(set) var headerRow = 1
    private(set) var firstColumn = 0
    /// Cells the CSV rules cannot take (`#N/A`), reported apart.
    private(set) var errorCells: [(cell: SheetCell, row: Int, column: String)] = []
    /// Where each CSV record starts, in order, and the index in `grid.rows` of its row.
    private var recordStarts: [Int] = []
    private var recordRows: [Int] = []
    /// Whether every data record starts on the CSV line numbered like its sheet row, so that
    /// the loader's line numbers are already row numbers.
    private(set) var linesAreRows = true

    /// The name diagnostics give the sheet: `masterplan.xlsx[programmes]`.
    var name: String { "\(workbook)[\(sheet)]" }

    init(workbook: String, sheet: String, grid: SheetGrid, declaration: EntityDeclaration, dates1904: Bool) {
        self.workbook = workbook
        self.sheet = sheet
        self.grid = grid
        self.source = SourceFile(name: "\(workbook)[\(sheet)]", bytes: [])
        let names = Set(declaration.fields.map(\.name))
        let required = declaration.fields.filter(\.requiredInHeader).count
        // The header: the first row (of the first 30) naming at least two columns, or all the
        // required ones when fewer; else the first row, so the loader reports what it lacks.
        let candidates = grid.rows.prefix(30)
        let headerIndex = candidates.firstIndex { row in
            row.cells.filter { names.contains(Self.trimmed($0.text)) }.count >= min(2, required)
        } ?? grid.rows.startIndex
        guard headerIndex < grid.rows.endIndex else { return }
        let header = grid.rows[headerIndex]
        headerRow = header.number
        firstColumn = header.cells.first?.column ?? 0
        let lastColumn = header.cells.last?.column ?? 0
        let width = lastColumn - firstColumn + 1
        var columnNames = Array(repeating: "", count: width)
        for cell in header.cells where cell.column >= firstColumn { columnNames[cell.column - firstColumn] = Self.trimmed(cell.text) }
        let yearColumns = columnNames.map { name in declaration.field(named: name)?.rule == .year }

        var out: [UInt8] = []
        out.reserveCapacity(grid.rows.count * width * 8)
        recordStarts.append(0)
        recordRows.append(headerIndex)
        // The 1-based line the next record starts on.
        var line = 1 + Self.appendLine(header.cells.map { SheetCell(column: $0.column, kind: .text, text: $0.text) },
                                       from: firstColumn, width: width, to: &out) { $0.text }
        for index in (headerIndex + 1)..<grid.rows.endIndex {
            let row = grid.rows[index]
            // Rows above the header and empty rows become empty lines, which the loader skips;
            // never beyond Excel's last row, whatever number a broken part gives a row.
            while line < row.number, row.number <= 1_048_576 {
                out.append(UInt8(ascii: "\n"))
                line += 1
            }
            if line != row.number { linesAreRows = false }
            recordStarts.append(out.count)
            recordRows.append(index)
            let cells = row.cells.filter { $0.column >= firstColumn }
            for cell in cells where cell.kind == .error {
                let index = cell.column - firstColumn
                errorCells.append((cell, row.number, index < width ? columnNames[index] : ""))
            }
            line += Self.appendLine(cells, from: firstColumn, width: width, to: &out) { cell in
                let index = cell.column - firstColumn
                return CellText.of(cell, yearColumn: index < width && yearColumns[index], dates1904: dates1904)
            }
        }
        source = SourceFile(name: name, bytes: out)
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// One CSV record: `width` fields, and any non-empty cell beyond them (so the loader says
    /// the row is too wide). A cell holding a comma, quote or line break is quoted. Returns
    /// the lines the record takes: one, and one more for each line break in a cell.
    private static func appendLine(_ cells: [SheetCell], from first: Int, width: Int, to out: inout [UInt8],
                                   text: (SheetCell) -> String) -> Int {
        var lines = 1
        let end = max(width, (cells.last.map { $0.column - first + 1 }) ?? 0)
        var next = cells.startIndex
        for index in 0..<end {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            guard next < cells.endIndex, cells[next].column - first == index else { continue }
            let value = text(cells[next])
            next += 1
            let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            if needsQuotes {
                out.append(UInt8(ascii: "\""))
                for byte in value.utf8 {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    if byte == 10 { lines += 1 }
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: value.utf8)
            }
        }
        out.append(UInt8(ascii: "\n"))
        return lines
    }

    // MARK: - From the loader's spans back to cells

    /// The record a byte offset of the CSV lies in: the last one starting at or before it.
    private func record(at offset: Int) -> Int {
        var low = 0
        var high = recordStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if recordStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The sheet row of the record starting on a line of the CSV (the loader's line numbers).
    func row(ofLine line: Int) -> Int {
        guard !recordStarts.isEmpty, line >= 1, line <= source.lineStarts.count else { return line }
        return grid.rows[recordRows[record(at: source.lineStarts[line - 1])]].number
    }

    /// The record at a byte offset and the 0-based field in it (commas outside quotes before it).
    func field(at offset: Int) -> (record: Int, field: Int) {
        let record = record(at: offset)
        var field = 0
        var quoted = false
        var index = recordStarts.isEmpty ? 0 : recordStarts[record]
        while index < min(offset, source.bytes.count) {
            let byte = source.bytes[index]
            if byte == UInt8(ascii: "\"") { quoted.toggle() } else if byte == UInt8(ascii: ","), !quoted { field += 1 }
            index += 1
        }
        return (record, field)
    }

    /// The cell a CSV field came from: its name (`H7`) and its value as the sheet holds it.
    func cell(record: Int, field: Int) -> (name: String, value: String) {
        guard record < recordRows.count else { return ("A1", "") }
        let row = grid.rows[recordRows[record]]
        let column = firstColumn + field
        let value = row.cells.first { $0.column == column }?.text ?? ""
        return (SheetGrid.columnName(column) + String(row.number), value)
    }

    /// A diagnostic of the loader about this sheet, pointed at the cell (`H7`) or range of
    /// cells (`F7:G7`) it is about, with the cell's value as the line shown under it.
    func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let source = diagnostic.source, source.name == self.source.name else { return diagnostic }
        var located = diagnostic
        let start = field(at: diagnostic.span.start)
        let endOffset = max(diagnostic.span.start, diagnostic.span.end - 1)
        let end = diagnostic.span.end > diagnostic.span.start ? field(at: endOffset) : start
        let first = cell(record: start.record, field: start.field)
        let label: String
        let shown: String
        if start == end {
            label = first.name
            shown = first.value
        } else {
            let last = cell(record: end.record, field: end.field)
            label = "\(first.name):\(last.name)"
            shown = source.text(of: diagnostic.span)
        }
        var cellSource = SourceFile(name: name, text: shown.replacingOccurrences(of: "\n", with: " "))
        cellSource.cell = label
        located.source = cellSource
        located.span = Span(0, cellSource.bytes.count)
        located.fix = nil
        located.text = rowNumbers(in: diagnostic.text)
        return located
    }

    /// The loader's "first defined on line 12" as the sheet row that line holds.
    private func rowNumbers(in message: Message) -> Message {
        guard case .text(let text)? = message.arguments["line"], let line = Int(text) else { return message }
        var arguments = message.arguments
        arguments["line"] = .text(String(row(ofLine: line)))
        for key in [LoaderMessage.duplicateCode, .duplicateYearKey, .duplicateKey] where message.is(key) {
            return Message(key, arguments)
        }
        return message
    }

    /// The sheet rows of a table the loader read from this sheet, in place of its CSV lines.
    func rowNumbers(of table: Table) -> Table {
        guard !linesAreRows else { return table }
        var table = table
        table.sourceLines = table.sourceLines.map { $0 > 0 ? Int32(row(ofLine: Int($0))) : $0 }
        return table
    }
}
