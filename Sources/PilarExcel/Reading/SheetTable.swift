import PilarCore
import PilarStore

/// One sheet made into the CSV text the store's loader reads, so that a workbook is checked
/// by exactly the rules a CSV folder is: the loader's validation is not written twice.
///
/// The header row is found below any title rows; its first to last named column is the
/// table. Line 1 of the CSV is the header and every later line has the number of the sheet
/// row it came from (empty lines in between, which the loader skips as blank records), so a
/// line the loader names is the row Excel shows. `locate` turns the loader's byte spans back
/// into cells.
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
        Self.appendLine(header.cells.map { SheetCell(column: $0.column, kind: .text, text: $0.text) }, from: firstColumn,
                        width: width, to: &out) { $0.text }
        var line = 1
        for row in grid.rows[(headerIndex + 1)...] {
            // Line n of the CSV is row n of the sheet; rows above the header and empty rows
            // become empty lines, which the loader skips.
            while line < row.number - 1 {
                out.append(UInt8(ascii: "\n"))
                line += 1
            }
            let cells = row.cells.filter { $0.column >= firstColumn }
            for cell in cells where cell.kind == .error {
                let index = cell.column - firstColumn
                errorCells.append((cell, row.number, index < width ? columnNames[index] : ""))
            }
            Self.appendLine(cells, from: firstColumn, width: width, to: &out) { cell in
                let index = cell.column - firstColumn
                return CellText.of(cell, yearColumn: index < width && yearColumns[index], dates1904: dates1904)
            }
            line += 1
        }
        source = SourceFile(name: name, bytes: out)
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// One CSV record: `width` fields, and any non-empty cell beyond them (so the loader says
    /// the row is too wide). A cell holding a comma, quote or line break is quoted.
    private static func appendLine(_ cells: [SheetCell], from first: Int, width: Int, to out: inout [UInt8],
                                   text: (SheetCell) -> String) {
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
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: value.utf8)
            }
        }
        out.append(UInt8(ascii: "\n"))
    }

    // MARK: - From the loader's spans back to cells

    /// The sheet row of a CSV line: the header's for line 1, else the same number.
    func row(ofLine line: Int) -> Int { line == 1 ? headerRow : line }

    /// The 0-based field of the record at a byte offset (commas outside quotes before it).
    func field(at offset: Int) -> (line: Int, field: Int) {
        let location = source.location(of: offset)
        var lineStart = source.lineStarts[min(location.line - 1, source.lineStarts.count - 1)]
        // A quoted line break makes one record span lines: start from the record's first line.
        var line = location.line
        while line > 1, Self.insideQuotes(source.bytes, upTo: lineStart, from: source.lineStarts[line - 2]) {
            line -= 1
            lineStart = source.lineStarts[line - 1]
        }
        var field = 0
        var quoted = false
        var index = lineStart
        while index < min(offset, source.bytes.count) {
            let byte = source.bytes[index]
            if byte == UInt8(ascii: "\"") { quoted.toggle() } else if byte == UInt8(ascii: ","), !quoted { field += 1 }
            index += 1
        }
        return (line, field)
    }

    private static func insideQuotes(_ bytes: [UInt8], upTo end: Int, from start: Int) -> Bool {
        var quoted = false
        for index in start..<end where bytes[index] == UInt8(ascii: "\"") { quoted.toggle() }
        return quoted
    }

    /// The cell a CSV field came from: its name (`H7`) and its value as the sheet holds it.
    func cell(line: Int, field: Int) -> (name: String, value: String) {
        let row = row(ofLine: line)
        let column = firstColumn + field
        let value = grid.rows.first { $0.number == row }?.cells.first { $0.column == column }?.text ?? ""
        return (SheetGrid.columnName(column) + String(row), value)
    }

    /// A diagnostic of the loader about this sheet, pointed at the cell (`H7`) or range of
    /// cells (`F7:G7`) it is about, with the cell's value as the line shown under it.
    func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let source = diagnostic.source, source.name == self.source.name else { return diagnostic }
        var located = diagnostic
        let start = field(at: diagnostic.span.start)
        let endOffset = max(diagnostic.span.start, diagnostic.span.end - 1)
        let end = diagnostic.span.end > diagnostic.span.start ? field(at: endOffset) : start
        let first = cell(line: start.line, field: start.field)
        let label: String
        let shown: String
        if start == end {
            label = first.name
            shown = first.value
        } else {
            let last = cell(line: end.line, field: end.field)
            label = "\(first.name):\(last.name)"
            shown = source.text(of: diagnostic.span)
        }
        var cellSource = SourceFile(name: name, text: shown.replacingOccurrences(of: "\n", with: " "))
        cellSource.cell = label
        located.source = cellSource
        located.span = Span(0, cellSource.bytes.count)
        located.fix = nil
        return located
    }
}
