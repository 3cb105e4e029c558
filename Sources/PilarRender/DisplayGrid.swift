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

    /// Stops measuring (leaving `rows` short) once `poll` says so. `display` gives the number
    /// locale, the text of a null and the most decimals a column shows.
    init(_ result: ResultSet, for target: DisplayText.Target, display: DisplaySettings = DisplaySettings(),
         poll: RowPoll = RowPoll(interrupt: nil)) {
        let columns = result.columns
        headers = columns.map { Cell(DisplayText.clean($0.name, for: target)) }
        // A column the checker could not type still aligns as numbers if it only holds
        // numbers, and shows all of them with decimals if any of them is a decimal.
        var allNumeric = [Bool](repeating: true, count: columns.count)
        var anyNumeric = [Bool](repeating: false, count: columns.count)
        var anyDecimal = [Bool](repeating: false, count: columns.count)
        // Per column, the decimals its values need (up to the setting): ints never show
        // `.00`, and 87.5 next to 12.25 shows as 87.50 so the points line up.
        var decimals = [Int](repeating: 0, count: columns.count)
        for row in 0..<result.rowCount {
            if poll.stops(at: row) { break }
            for index in columns.indices {
                switch result.cell(row, index) {
                case .null: break
                case .int: anyNumeric[index] = true
                case .decimal(let number):
                    anyNumeric[index] = true
                    anyDecimal[index] = true
                    let needed = DisplayNumber.neededDecimals(number, limit: display.decimals)
                    if needed > decimals[index] { decimals[index] = needed }
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
                Self.cell(result.cell(row, index), decimals: decimals[index], fixedPoint: fixedPoint[index],
                          grouped: columns[index].kind != .year, display: display, for: target)
            })
        }
    }

    static func cell(_ value: Value, decimals: Int, fixedPoint: Bool, grouped: Bool = true, display: DisplaySettings,
                     for target: DisplayText.Target) -> Cell {
        let locale = display.locale
        switch value {
        case .null: return Cell(DisplayText.clean(display.nullText, for: target), isNull: true)
        case .bool(let flag): return Cell(flag ? "true" : "false")
        case .int(let number) where !grouped:
            return Cell(String(number))
        case .int(let number):
            return Cell(DisplayNumber.groupedFixed(number, fractionDigits: fixedPoint ? decimals : 0, locale: locale))
        case .decimal(let number):
            // The column's decimals, which already cover a round(x, n) value's n.
            return Cell(DisplayNumber.fixed(number, fractionDigits: decimals, locale: locale))
        case .text(let text): return Cell(DisplayText.clean(text, for: target))
        case .ref(_, let row): return Cell("#\(row)")
        }
    }

    /// The spaces that pad text `textWidth` wide to `width`, on the side `column` aligns to.
    func padding(_ textWidth: Int, column: Int, to width: Int) -> (left: String, right: String) {
        let gap = DisplayWidth.spaces(width - textWidth)
        return rightAligned[column] ? (gap, "") : ("", gap)
    }
}

/// The `N rows` footer, grouped like the numbers above it, in the session's language.
enum RowCount {
    static func footer(_ count: Int, _ options: RenderOptions = RenderOptions()) -> String {
        let message = count == 1
            ? Message(RenderMessage.oneRow)
            : Message(RenderMessage.rows, ["count": .text(DisplayNumber.grouped(Int64(count), locale: options.display.locale))])
        return message.text(in: options.language)
    }
}
