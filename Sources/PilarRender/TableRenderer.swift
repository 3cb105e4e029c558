/// The `table` format: box-drawn borders, a header, and an `N rows` footer.
///
///     ┌────────┬───────────────────┬───────────────┐
///     │ code   │ name              │        budget │
///     ├────────┼───────────────────┼───────────────┤
///     │ MOB-01 │ Bus Rapid Transit │ 1,500,000,000 │
///     └────────┴───────────────────┴───────────────┘
///     1 row
///
/// Numbers are right-aligned and grouped, decimals shown to the places their column needs
/// (`DisplayNumber`, `DisplayGrid`),
/// null as `-` (the session's `.nullvalue`) and an empty string as nothing. An empty result still shows its header
/// (without the separator line under it). With a `maxWidth` the widest text columns are
/// cut with `…` (`TableLayout`); if even that cannot fit and expanded is `.auto`, the rows
/// are shown as vertical records instead (`RecordRenderer`), which `.on` always does. The
/// session's theme chooses the colours and the space either side of a cell (`Theme`).
enum TableRenderer {
    static func render(_ result: ResultSet, _ options: RenderOptions) -> String {
        let poll = RowPoll(interrupt: options.interrupt)
        let grid = DisplayGrid(result, for: .terminal, display: options.display, poll: poll)
        let style = options.themedStyle
        let padding = options.display.theme.cellPadding
        // A terminal whose size could not be read reports 0; cutting everything to nothing
        // would help nobody.
        let maxWidth = options.maxWidth.flatMap { $0 > 0 ? $0 : nil }
        if options.expanded == .on {
            return RecordRenderer.render(grid, maxWidth: maxWidth, style: style, footer: RowCount.footer(grid.rows.count, options), poll: poll)
        }
        if grid.headers.isEmpty {
            return style.paint(RowCount.footer(grid.rows.count, options), style.border) + "\n"
        }
        var valueWidths = [Int](repeating: 0, count: grid.headers.count)
        for row in grid.rows {
            for (index, cell) in row.enumerated() where cell.width > valueWidths[index] {
                valueWidths[index] = cell.width
            }
        }
        let natural = grid.headers.indices.map { max(grid.headers[$0].width, valueWidths[$0]) }
        let minimum = grid.headers.indices.map {
            TableLayout.minimum(
                header: grid.headers[$0].width, values: valueWidths[$0], rightAligned: grid.rightAligned[$0])
        }
        let widths: [Int]
        switch TableLayout.fit(natural: natural, minimum: minimum, maxWidth: maxWidth, padding: padding) {
        case .fits(let fitted):
            widths = fitted
        case .tooWide(let narrowest):
            // With no rows there is nothing to show vertically; a header that overflows is
            // still more useful than a bare `0 rows`.
            if options.expanded == .auto, !grid.rows.isEmpty {
                return RecordRenderer.render(grid, maxWidth: maxWidth, style: style, footer: RowCount.footer(grid.rows.count, options), poll: poll)
            }
            widths = narrowest
        }
        return draw(grid, widths: widths, bands: result.columns.map(\.isBand), style: style, padding: padding,
                    footer: RowCount.footer(grid.rows.count, options), poll: poll)
    }

    /// `bands`: which columns hold achievement bands, painted red to green.
    private static func draw(_ grid: DisplayGrid, widths: [Int], bands: [Bool], style: RenderStyle, padding: Int, footer: String,
                             poll: RowPoll) -> String {
        var out = ""
        out.reserveCapacity((widths.reduce(0, +) + (2 * padding + 1) * widths.count + 2) * (grid.rows.count + 5))
        let gap = DisplayWidth.spaces(padding)
        func rule(_ left: String, _ middle: String, _ right: String) {
            let line = left + widths.map { String(repeating: "─", count: $0 + 2 * padding) }.joined(separator: middle) + right
            out += style.paint(line, style.border)
            out += "\n"
        }
        let bar = style.paint("│", style.border)
        func line(_ cells: [DisplayGrid.Cell], isHeader: Bool) {
            out += bar
            for (index, cell) in cells.enumerated() {
                let (text, width) = DisplayWidth.truncate(cell.text, width: cell.width, to: widths[index])
                let (left, right) = grid.padding(width, column: index, to: widths[index])
                let code = isHeader ? style.header
                    : cell.isNull ? style.null
                    : bands[index] ? BandColour.code(cell.text, style: style) : ""
                out += gap + left + style.paint(text, code) + right + gap + bar
            }
            out += "\n"
        }

        rule("┌", "┬", "┐")
        line(grid.headers, isHeader: true)
        if !grid.rows.isEmpty {
            rule("├", "┼", "┤")
            for (number, row) in grid.rows.enumerated() {
                if poll.stops(at: number) { break }
                line(row, isHeader: false)
            }
        }
        rule("└", "┴", "┘")
        out += style.paint(footer, style.border)
        out += "\n"
        return out
    }
}
