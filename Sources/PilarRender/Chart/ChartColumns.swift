import PilarCore

/// A chart's columns found in its result, with the cells already written as the table
/// writes them (number locale, decimals, null text), so a chart's figures read like the
/// table's.
struct ChartColumns {
    let result: ResultSet
    let grid: DisplayGrid
    let value: Int
    /// nil: bars are labelled by row number.
    let label: Int?
    let series: Int?

    /// nil when the value column is not in the result (a spec made for another result).
    init?(_ result: ResultSet, _ spec: ChartSpec, display: DisplaySettings, target: DisplayText.Target = .terminal) {
        func index(_ name: String?) -> Int? { name.flatMap { name in result.columns.firstIndex { $0.name == name } } }
        guard let value = index(spec.value) else { return nil }
        self.result = result
        self.grid = DisplayGrid(result, for: target, display: display)
        self.value = value
        // A bar chart without `by` is labelled by the first text column, as people name rows.
        self.label = spec.label == nil && spec.kind == .bar
            ? result.columns.firstIndex { $0.kind == .text || $0.kind == .label }
            : index(spec.label)
        self.series = index(spec.series)
    }

    var rowCount: Int { grid.rows.count }

    func number(_ row: Int) -> Double? { ChartNumber.double(result.cell(row, value)) }
    func valueText(_ row: Int) -> DisplayGrid.Cell { grid.rows[row][value] }
    func labelText(_ row: Int) -> String {
        guard let label else { return String(row + 1) }
        return grid.rows[row][label].text
    }
    func seriesText(_ row: Int) -> String? { series.map { grid.rows[row][$0].text } }

    /// A line chart's x values in the order they are drawn: by value when every one is a
    /// number (years), else as they first come; and where each x text stands in that order.
    /// Nil without an x column.
    func xAxis() -> (values: [(text: String, key: Double?)], position: [String: Int])? {
        guard let xColumn = label else { return nil }
        var xs: [(text: String, key: Double?)] = []
        var position: [String: Int] = [:]
        for row in 0..<rowCount where position[grid.rows[row][xColumn].text] == nil {
            let text = grid.rows[row][xColumn].text
            position[text] = xs.count
            xs.append((text, ChartNumber.double(result.cell(row, xColumn))))
        }
        if xs.allSatisfy({ $0.key != nil }) {
            xs.sort { $0.key! < $1.key! }
            for (index, x) in xs.enumerated() { position[x.text] = index }
        }
        return (xs, position)
    }
}
