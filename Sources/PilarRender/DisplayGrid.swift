import PilarCore

/// A result turned into the text people see, measured, shared by the table, the vertical
/// records and markdown.
struct DisplayGrid {
    /// One cell's text and its width in terminal columns.
    struct Cell {
        var text: String
        var width: Int
        var isNull: Bool

        init(_ text: String, isNull: Bool = false) {
            self.text = text
            self.width = DisplayWidth.of(text)
            self.isNull = isNull
        }
    }

    var headers: [Cell]
    var rows: [[Cell]]
    /// Numbers are right-aligned so their digits line up.
    var rightAligned: [Bool]

    /// Stops measuring (leaving `rows` short) once `poll` says so.
    init(_ result: ResultSet, for target: DisplayText.Target, poll: RowPoll = RowPoll(interrupt: nil)) {
        let columns = result.columns
        headers = columns.map { Cell(DisplayText.clean($0.name, for: target)) }
        // A column the checker could not type still aligns as numbers if it only holds
        // numbers, and shows all of them with two decimals if any of them is a decimal.
        var allNumeric = [Bool](repeating: true, count: columns.count)
        var anyNumeric = [Bool](repeating: false, count: columns.count)
        var anyDecimal = [Bool](repeating: false, count: columns.count)
        for row in 0..<result.rowCount {
            if poll.stops(at: row) { break }
            for index in columns.indices {
                switch result.cell(row, index) {
                case .null: break
                case .int: anyNumeric[index] = true
                case .decimal: anyNumeric[index] = true; anyDecimal[index] = true
                default: allNumeric[index] = false
                }
            }
        }
        rightAligned = columns.indices.map { index in
            columns[index].kind.isNumeric
                || (columns[index].kind == .unknown && allNumeric[index] && anyNumeric[index])
        }
        let fixedPoint = columns.indices.map { index in
            columns[index].kind == .decimal || (columns[index].kind != .int && anyDecimal[index])
        }
        rows = []
        rows.reserveCapacity(result.rowCount)
        for row in 0..<result.rowCount {
            if poll.stops(at: row) { break }
            rows.append(columns.indices.map { index in
                Self.cell(result.cell(row, index), fixedPoint: fixedPoint[index],
                          grouped: columns[index].kind != .year, for: target)
            })
        }
    }

    static func cell(_ value: Value, fixedPoint: Bool, grouped: Bool = true, for target: DisplayText.Target) -> Cell {
        switch value {
        case .null: Cell("null", isNull: true)
        case .bool(let flag): Cell(flag ? "true" : "false")
        case .int(let number) where !grouped:
            Cell(String(number))
        case .int(let number):
            Cell(fixedPoint ? DisplayNumber.groupedFixed(number) : DisplayNumber.grouped(number))
        case .decimal(let number): Cell(DisplayNumber.fixed(number))
        case .text(let text): Cell(DisplayText.clean(text, for: target))
        case .ref(_, let row): Cell("#\(row)")
        }
    }

    /// The spaces that pad text `textWidth` wide to `width`, on the side `column` aligns to.
    func padding(_ textWidth: Int, column: Int, to width: Int) -> (left: String, right: String) {
        let gap = DisplayWidth.spaces(width - textWidth)
        return rightAligned[column] ? (gap, "") : ("", gap)
    }
}

/// The `N rows` footer, grouped like the numbers above it.
enum RowCount {
    static func footer(_ count: Int) -> String {
        count == 1 ? "1 row" : DisplayNumber.grouped(Int64(count)) + " rows"
    }
}
