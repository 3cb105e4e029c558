/// A GitHub-flavoured pipe table, for pasting into reports and issues.
///
///     | code   | name              |        budget |
///     | ------ | ----------------- | ------------: |
///     | MOB-01 | Bus Rapid Transit | 1,500,000,000 |
///
/// It is read by people, so cells look as they do in the table format: numbers grouped
/// with the decimals their column needs and right-aligned (`---:`), null as `-`, an empty string as an
/// empty cell. Columns are padded so the raw text lines up too. `|` in a cell is written
/// `\|`, a line break `<br>` and a tab a space; other markdown syntax (`*`, `_`, backticks)
/// is left alone, so a cell may render with emphasis. No row-count footer: it is a
/// document, not a session. A result with no columns renders as the empty string.
enum MarkdownRenderer {
    static func render(_ result: ResultSet, display: DisplaySettings = DisplaySettings(),
                       poll: RowPoll = RowPoll(interrupt: nil)) -> String {
        guard !result.columns.isEmpty else { return "" }
        let grid = DisplayGrid(result, for: .markdown, display: display, poll: poll)
        // The delimiter row needs three dashes, plus the colon of a right-aligned column.
        var widths = grid.headers.indices.map { max(grid.rightAligned[$0] ? 4 : 3, grid.headers[$0].width) }
        for row in grid.rows {
            for (index, cell) in row.enumerated() where cell.width > widths[index] {
                widths[index] = cell.width
            }
        }
        var out = ""
        func line(_ cells: [String]) {
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        func padded(_ cells: [DisplayGrid.Cell]) -> [String] {
            cells.enumerated().map { index, cell in
                let (left, right) = grid.padding(cell.width, column: index, to: widths[index])
                return left + cell.text + right
            }
        }
        line(padded(grid.headers))
        line(widths.indices.map { index in
            grid.rightAligned[index]
                ? String(repeating: "-", count: widths[index] - 1) + ":"
                : String(repeating: "-", count: widths[index])
        })
        for (number, row) in grid.rows.enumerated() {
            if poll.stops(at: number) { break }
            line(padded(row))
        }
        return out
    }
}
