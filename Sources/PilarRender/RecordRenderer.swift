/// Vertical records, psql's expanded display (`\x`): one `name │ value` line per column,
/// for results too wide to read as a table.
///
///     -[ RECORD 1 ]-----------------
///     code   │ MOB-01
///     name   │ Bus Rapid Transit …
///     budget │ 1,500,000,000
///     1 row
///
/// Values are formatted as in the table. With a `maxWidth`, names are kept to a third of
/// it and values cut with `…` to the rest; each record's header line is as wide as the
/// widest line.
enum RecordRenderer {
    static func render(_ grid: DisplayGrid, maxWidth: Int?, style: RenderStyle, footer: String? = nil,
                       poll: RowPoll = RowPoll(interrupt: nil)) -> String {
        var nameWidth = grid.headers.map(\.width).max() ?? 0
        var valueLimit = Int.max
        if let maxWidth {
            nameWidth = min(nameWidth, max(TableLayout.minimumColumnWidth, maxWidth / 3))
            valueLimit = max(TableLayout.minimumColumnWidth, maxWidth - nameWidth - 3)
        }
        let names = grid.headers.map { DisplayWidth.truncate($0.text, width: $0.width, to: nameWidth) }
        var valueWidth = 0
        for row in grid.rows {
            for cell in row { valueWidth = max(valueWidth, min(cell.width, valueLimit)) }
        }
        let lineWidth = nameWidth + 3 + valueWidth
        let bar = style.paint("│", style.border)

        var out = ""
        for (number, row) in grid.rows.enumerated() {
            if poll.stops(at: number) { break }
            let label = "-[ RECORD \(number + 1) ]"
            let dashes = String(repeating: "-", count: max(1, lineWidth - label.utf8.count))
            out += style.paint(label + dashes, style.border) + "\n"
            for (index, cell) in row.enumerated() {
                let name = names[index]
                out += style.paint(name.text, style.header) + DisplayWidth.spaces(nameWidth - name.width)
                out += " " + bar
                let value = DisplayWidth.truncate(cell.text, width: cell.width, to: valueLimit).text
                // No trailing space after the bar when the value is an empty string.
                if !value.isEmpty {
                    out += " " + style.paint(value, cell.isNull ? style.null : "")
                }
                out += "\n"
            }
        }
        out += style.paint(footer ?? RowCount.footer(grid.rows.count), style.border) + "\n"
        return out
    }
}
