import PilarCore

/// `chart bar` on screen: one line per row, the label left-aligned, a bar of Unicode blocks
/// scaled so the longest fits the width, then the figure as the table writes it.
///
///     mobility     ████████████████████████▌ 12,500,000,000
///     governance   ██████████▏ 5,100,000,000
///
/// Positive bars grow right in eighths of a cell (▏▎▍▌▋▊▉█). With negative values the space
/// is split at a zero axis `│` in proportion to the most negative and the most positive value;
/// negative bars grow left from it in whole cells (Unicode has no left-growing eighths). A null
/// shows the null text and no bar.
enum BarChartText {
    /// More bars than this do not help anyone read a terminal; the rest is named in a note.
    static let maximumBars = 60
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    static func render(_ columns: ChartColumns, _ options: RenderOptions) -> String {
        let style = options.style
        let width = max(options.maxWidth.flatMap { $0 > 0 ? $0 : nil } ?? 80, 20)
        let shown = min(columns.rowCount, maximumBars)
        let rows = 0..<shown
        let labels = rows.map { columns.labelText($0) }
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, width / 3)
        let valueWidth = rows.map { columns.valueText($0).width }.max() ?? 0
        // label, space, bars, space, value.
        let barWidth = max(width - labelWidth - valueWidth - 2, 8)
        let numbers = rows.map { columns.number($0) }
        let largest = max(numbers.compactMap { $0 }.max() ?? 0, 0)
        let smallest = min(numbers.compactMap { $0 }.min() ?? 0, 0)
        let span = largest - smallest
        // Cells left of the zero axis (only when something is negative; the axis takes one).
        let negativeCells = smallest < 0 && span > 0 ? Int((Double(barWidth - 1) * -smallest / span).rounded()) : 0
        let positiveCells = smallest < 0 ? barWidth - 1 - negativeCells : barWidth

        var out = style.paint(columns.result.columns[columns.value].name, style.header) + "\n"
        for row in rows {
            let (label, used) = DisplayWidth.truncate(labels[row], width: DisplayWidth.of(labels[row]), to: labelWidth)
            out += label + DisplayWidth.spaces(labelWidth - used) + " "
            let value = columns.valueText(row)
            guard let number = numbers[row] else {
                out += style.paint(value.text, style.null) + "\n"
                continue
            }
            var line = ""
            if smallest < 0 {
                let cells = number < 0 ? Int((Double(negativeCells) * number / smallest).rounded()) : 0
                line += DisplayWidth.spaces(negativeCells - cells) + style.paint(String(repeating: "█", count: cells), style.bar)
                line += style.paint("│", style.border)
            }
            if number > 0, largest > 0 {
                line += style.paint(bar(eighths: Int((Double(positiveCells * 8) * number / largest).rounded())), style.bar)
            }
            out += line + " " + value.text + "\n"
        }
        if columns.rowCount > shown {
            let note = Message(ChartMessage.moreBars, [
                "count": .text(DisplayNumber.grouped(Int64(columns.rowCount - shown), locale: options.display.locale)),
                "shown": .text(DisplayNumber.grouped(Int64(shown), locale: options.display.locale)),
            ])
            out += style.paint(note.text(in: options.language), style.border) + "\n"
        }
        return out
    }

    /// A bar `eighths` eighths of a cell long; a positive value too small to show gets the
    /// thinnest mark, so it does not read as zero.
    static func bar(eighths count: Int) -> String {
        let count = max(count, 1)
        return String(repeating: "█", count: count / 8) + eighths[count % 8]
    }
}
