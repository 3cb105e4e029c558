import PilarCore

/// A result's chart as a standalone `<svg>` element for the html format: text labels, an axis
/// and the figures as the table writes them (the session's number locale), no scripts, no
/// external fonts or styles, so the page prints as it shows.
public enum ChartSVG {
    static let width = 640.0
    static let ink = "#333"
    static let grey = "#777"
    static let colours = ["#1f5fa8", "#d08a00", "#8e3a9d", "#178f8f", "#c0392b", "#2e8b3d"]

    /// The `<svg>` of `result`'s chart; the empty string when it has none (or its columns
    /// are not in the result).
    public static func render(_ result: ResultSet, display: DisplaySettings = DisplaySettings()) -> String {
        guard let spec = result.chart, let columns = ChartColumns(result, spec, display: display) else { return "" }
        switch spec.kind {
        case .bar: return bar(columns, title: spec.title)
        case .line: return line(columns, title: spec.title)
        }
    }

    /// A small inline line for a `sparkline(…)` cell: its levels ▁…█ as heights, a gap at a
    /// space (a null). 
    public static func sparkline(_ text: String) -> String {
        let levels = text.map { SparklineText.levels.firstIndex(of: $0) }
        let step = 6.0, height = 16.0
        var paths: [String] = []
        var current: [String] = []
        for (index, level) in levels.enumerated() {
            guard let level else {
                if !current.isEmpty { paths.append(current.joined(separator: " ")) }
                current = []
                continue
            }
            let y = height - 1 - Double(level) * (height - 2) / Double(SparklineText.levels.count - 1)
            current.append("\(number(Double(index) * step + 1)),\(number(y))")
        }
        if !current.isEmpty { paths.append(current.joined(separator: " ")) }
        let width = Double(max(levels.count - 1, 0)) * step + 2
        var out = #"<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" width="\#(number(width))" height="\#(number(height))" viewBox="0 0 \#(number(width)) \#(number(height))" role="img" aria-label="\#(escape(text))">"#
        for path in paths {
            let isDot = !path.contains(" ")
            if isDot {
                let parts = path.split(separator: ",")
                out += #"<circle cx="\#(parts[0])" cy="\#(parts[1])" r="1.5" fill="\#(colours[0])"/>"#
            } else {
                out += #"<polyline points="\#(path)" fill="none" stroke="\#(colours[0])" stroke-width="1.5"/>"#
            }
        }
        return out + "</svg>"
    }

    private static func bar(_ columns: ChartColumns, title: String?) -> String {
        let count = min(columns.rowCount, BarChartText.maximumBars)
        let rowHeight = 22.0
        let top = title == nil ? 28.0 : 48.0
        let labelWidth = min(Double((0..<count).map { DisplayWidth.of(columns.labelText($0)) }.max() ?? 0) * 7 + 12, 220)
        let valueWidth = Double((0..<count).map { columns.valueText($0).width }.max() ?? 0) * 7 + 12
        let plot = max(width - labelWidth - valueWidth, 120)
        let numbers = (0..<count).map { columns.number($0) }
        let largest = max(numbers.compactMap { $0 }.max() ?? 0, 0)
        let smallest = min(numbers.compactMap { $0 }.min() ?? 0, 0)
        let span = largest - smallest
        let zero = labelWidth + (span > 0 ? plot * -smallest / span : 0)
        let height = top + Double(count) * rowHeight + 12
        var out = svgStart(height: height, label: columns.result.columns[columns.value].name)
        if let title { out += text(title, x: 4, y: 18, extra: #" font-weight="bold" font-size="14""#) }
        out += text(columns.result.columns[columns.value].name, x: labelWidth, y: top - 10, extra: #" font-weight="bold""#)
        for row in 0..<count {
            let y = top + Double(row) * rowHeight
            out += text(columns.labelText(row), x: labelWidth - 6, y: y + 15, extra: #" text-anchor="end""#)
            let value = columns.valueText(row).text
            guard let number = numbers[row] else {
                out += text(value, x: zero + 4, y: y + 15, extra: #" fill="\#(grey)""#)
                continue
            }
            let length = span > 0 ? plot * abs(number) / span : 0
            let x = number < 0 ? zero - length : zero
            out += #"<rect x="\#(ChartSVG.number(x))" y="\#(ChartSVG.number(y + 3))" width="\#(ChartSVG.number(length))" height="\#(ChartSVG.number(rowHeight - 6))" fill="\#(colours[0])"/>"#
            out += text(value, x: (number < 0 ? zero : zero + length) + 4, y: y + 15)
        }
        out += #"<line x1="\#(number(zero))" y1="\#(number(top - 2))" x2="\#(number(zero))" y2="\#(number(top + Double(count) * rowHeight + 2))" stroke="\#(ink)"/>"#
        if columns.rowCount > count {
            out += text("… +\(columns.rowCount - count)", x: 4, y: height - 2, extra: #" fill="\#(grey)""#)
        }
        return out + "</svg>"
    }

    private static func line(_ columns: ChartColumns, title: String?) -> String {
        guard let axis = columns.xAxis(), let xColumn = columns.label else { return "" }
        let xs = axis.values, xIndex = axis.position
        var names: [String] = []
        var points: [[(x: Int, y: Double)]] = []
        var low: (Double, String)?, high: (Double, String)?
        for row in 0..<columns.rowCount {
            guard let number = columns.number(row), let x = xIndex[columns.grid.rows[row][xColumn].text] else { continue }
            let name = columns.seriesText(row) ?? ""
            if !names.contains(name) { names.append(name); points.append([]) }
            points[names.firstIndex(of: name)!].append((x, number))
            let text = columns.valueText(row).text
            if low == nil || number < low!.0 { low = (number, text) }
            if high == nil || number > high!.0 { high = (number, text) }
        }
        let top = title == nil ? 20.0 : 40.0, left = 70.0, plotHeight = 220.0, plotWidth = width - left - 20
        let legendTop = top + plotHeight + 40
        let height = legendTop + (columns.series == nil ? 0 : 20 * Double(names.count)) + 8
        var out = svgStart(height: height, label: columns.result.columns[columns.value].name)
        if let title { out += text(title, x: 4, y: 18, extra: #" font-weight="bold" font-size="14""#) }
        out += #"<polyline points="\#(number(left)),\#(number(top)) \#(number(left)),\#(number(top + plotHeight)) \#(number(left + plotWidth)),\#(number(top + plotHeight))" fill="none" stroke="\#(ink)"/>"#
        guard let low, let high else { return out + "</svg>" }
        let range = high.0 - low.0
        func px(_ x: Int) -> Double { left + 10 + (xs.count > 1 ? Double(x) * (plotWidth - 20) / Double(xs.count - 1) : (plotWidth - 20) / 2) }
        func py(_ y: Double) -> Double { top + plotHeight - (range == 0 ? plotHeight / 2 : (y - low.0) / range * plotHeight) }
        out += text(high.1, x: left - 6, y: top + 4, extra: #" text-anchor="end""#)
        out += text(low.1, x: left - 6, y: top + plotHeight, extra: #" text-anchor="end""#)
        for (index, x) in xs.enumerated() {
            out += text(x.text, x: px(index), y: top + plotHeight + 16, extra: #" text-anchor="middle""#)
        }
        for (index, series) in points.enumerated() {
            let colour = colours[index % colours.count]
            let sorted = series.sorted { $0.x < $1.x }
            let coordinates = sorted.map { "\(number(px($0.x))),\(number(py($0.y)))" }.joined(separator: " ")
            out += #"<polyline points="\#(coordinates)" fill="none" stroke="\#(colour)" stroke-width="2"/>"#
            for point in sorted {
                out += #"<circle cx="\#(number(px(point.x)))" cy="\#(number(py(point.y)))" r="3" fill="\#(colour)"/>"#
            }
            if columns.series != nil {
                let y = legendTop + 20 * Double(index)
                out += #"<rect x="\#(number(left))" y="\#(number(y - 9))" width="10" height="10" fill="\#(colour)"/>"#
                out += text(names[index], x: left + 16, y: y)
            }
        }
        return out + "</svg>"
    }

    private static func svgStart(height: Double, label: String) -> String {
        #"<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="\#(number(width))" height="\#(number(height))" viewBox="0 0 \#(number(width)) \#(number(height))" font-family="sans-serif" font-size="12" role="img" aria-label="\#(escape(label))">"#
    }

    private static func text(_ content: String, x: Double, y: Double, extra: String = "") -> String {
        #"<text x="\#(number(x))" y="\#(number(y))"\#(extra)>\#(escape(content))</text>"#
    }

    /// A coordinate with at most one decimal, never in exponent form.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Text safe in the SVG's elements and attributes: the page's own escaping, line breaks kept.
    static func escape(_ text: String) -> String { HTMLText.escape(text, breaks: false) }
}
