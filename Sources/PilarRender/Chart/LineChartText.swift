import PilarCore

/// `chart line` on screen: a plot of marks over the x values (years), one mark per series
/// (● ■ ▲ …), dots `·` between a series' points, the largest and smallest value on the y
/// axis, the x values under it, and a legend naming the series. Each series has its colour
/// when the style has colours.
///
///     87.5 ┤          ●
///          │    ●·····
///     61.2 ┤●···        ■
///          └────────────
///           2019  2020  2021
///     ● governance  ■ people
enum LineChartText {
    static let marks: [Character] = ["●", "■", "▲", "◆", "○", "□", "△", "◇"]
    static let height = 10

    /// One series: its name and its points, as (x position, value).
    struct Series {
        var name: String?
        var points: [(x: Int, value: Double)] = []
    }

    static func render(_ columns: ChartColumns, _ options: RenderOptions) -> String {
        let style = options.style
        let width = max(options.maxWidth.flatMap { $0 > 0 ? $0 : nil } ?? 80, 30)
        guard let axis = columns.xAxis(), let xColumn = columns.label else { return "" }
        let xs = axis.values, xIndex = axis.position
        var series: [Series] = []
        var seriesIndex: [String: Int] = [:]
        var extremes: (low: (Double, String), high: (Double, String))?
        for row in 0..<columns.rowCount {
            guard let number = columns.number(row), let x = xIndex[columns.grid.rows[row][xColumn].text] else { continue }
            let name = columns.seriesText(row) ?? ""
            let index = seriesIndex[name] ?? {
                seriesIndex[name] = series.count
                series.append(Series(name: columns.series == nil ? nil : name))
                return series.count - 1
            }()
            series[index].points.append((x, number))
            let text = columns.valueText(row).text
            if let current = extremes {
                extremes = (number < current.low.0 ? (number, text) : current.low,
                            number > current.high.0 ? (number, text) : current.high)
            } else {
                extremes = ((number, text), (number, text))
            }
        }
        var out = style.paint(columns.result.columns[columns.value].name, style.header) + "\n"
        guard let extremes else {
            return out + style.paint(Message(ChartMessage.noValues).text(in: options.language), style.border) + "\n"
        }
        let axisWidth = max(DisplayWidth.of(extremes.low.1), DisplayWidth.of(extremes.high.1))
        let plotWidth = max(width - axisWidth - 2, xs.count)
        let step = xs.count > 1 ? Double(plotWidth - 1) / Double(xs.count - 1) : 0
        func column(_ x: Int) -> Int { Int((Double(x) * step).rounded()) }
        let range = extremes.high.0 - extremes.low.0
        func line(_ value: Double) -> Int {
            range == 0 ? height / 2 : Int(((value - extremes.low.0) / range * Double(height - 1)).rounded())
        }
        // Each cell: the series that drew it, and whether it is a mark or a dot between marks.
        var canvas = [[(series: Int, mark: Bool)?]](repeating: [(series: Int, mark: Bool)?](repeating: nil, count: plotWidth),
                                                   count: height)
        for (index, one) in series.enumerated() {
            let points = one.points.sorted { $0.x < $1.x }
            for (from, to) in zip(points, points.dropFirst()) {
                let (start, end) = (column(from.x), column(to.x))
                guard end > start + 1 else { continue }
                for cell in (start + 1)..<end {
                    let fraction = Double(cell - start) / Double(end - start)
                    let row = line(from.value + (to.value - from.value) * fraction)
                    if canvas[row][cell] == nil { canvas[row][cell] = (index, false) }
                }
            }
            for point in points { canvas[line(point.value)][column(point.x)] = (index, true) }
        }
        func paint(_ text: String, series index: Int) -> String {
            style.series.isEmpty ? text : style.paint(text, style.series[index % style.series.count])
        }
        for row in stride(from: height - 1, through: 0, by: -1) {
            let label = row == height - 1 ? extremes.high.1 : row == 0 ? extremes.low.1 : ""
            out += DisplayWidth.spaces(axisWidth - DisplayWidth.of(label)) + label + " "
            out += style.paint(label.isEmpty ? "│" : "┤", style.border)
            var text = ""
            for cell in canvas[row] {
                guard let cell else { text += " "; continue }
                text += paint(cell.mark ? String(marks[cell.series % marks.count]) : "·", series: cell.series)
            }
            while text.hasSuffix(" ") { text.removeLast() }
            out += text + "\n"
        }
        out += DisplayWidth.spaces(axisWidth + 1) + style.paint("└" + String(repeating: "─", count: plotWidth), style.border) + "\n"
        // The x values under their columns, leaving out one that would touch the one before.
        var labels = DisplayWidth.spaces(axisWidth + 2)
        var used = 0
        for (index, x) in xs.enumerated() {
            let text = DisplayText.clean(x.text, for: .terminal)
            // The last one ends at the plot's edge rather than past it.
            let start = min(column(index), plotWidth - DisplayWidth.of(text))
            guard start >= used + (used == 0 ? 0 : 1) else { continue }
            labels += DisplayWidth.spaces(start - used) + text
            used = start + DisplayWidth.of(text)
        }
        out += labels + "\n"
        if columns.series != nil {
            let legend = series.enumerated().map { index, one in
                paint(String(marks[index % marks.count]), series: index) + " " + (one.name ?? "")
            }
            out += legend.joined(separator: "  ") + "\n"
        }
        return out
    }
}
