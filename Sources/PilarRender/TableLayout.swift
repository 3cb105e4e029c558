/// Chooses column widths so a table fits a terminal.
///
/// When the table is too wide, the widest columns are narrowed first, all to a common cap
/// (like water finding its level), so short columns keep their full text. Columns never go
/// below their minimum: a few characters for text, and for numbers the full width of their
/// values, since a cut number would mislead (only a long numeric header can be cut).
enum TableLayout {
    /// The narrowest a text column may be cut to: four characters and `…`.
    static let minimumColumnWidth = 5

    enum Fit: Equatable {
        /// Widths whose table is no wider than asked.
        case fits([Int])
        /// Even the narrowest table is too wide; these are its (minimum) widths.
        case tooWide([Int])
    }

    /// The width a column may shrink to, given its header's and its widest value's widths.
    static func minimum(header: Int, values: Int, rightAligned: Bool) -> Int {
        let natural = max(header, values)
        return rightAligned
            ? max(values, min(header, minimumColumnWidth))
            : min(natural, minimumColumnWidth)
    }

    /// Widths of cells; the frame (`│ ` … ` │ ` … ` │`) adds 3 per column plus 1, or with
    /// `padding` spaces either side of a cell, `2 × padding + 1` per column plus 1.
    static func fit(natural: [Int], minimum: [Int], maxWidth: Int?, padding: Int = 1) -> Fit {
        guard let maxWidth, !natural.isEmpty else { return .fits(natural) }
        let frame = (2 * padding + 1) * natural.count + 1
        func widths(cap: Int) -> [Int] {
            zip(natural, minimum).map { natural, minimum in max(minimum, min(natural, cap)) }
        }
        func total(_ widths: [Int]) -> Int { widths.reduce(frame, +) }

        if total(natural) <= maxWidth { return .fits(natural) }
        let narrowest = widths(cap: 0)
        if total(narrowest) > maxWidth { return .tooWide(narrowest) }
        // Invariant: the cap `low` fits and `high` does not.
        var low = 0
        var high = natural.max()!
        while high - low > 1 {
            let middle = (low + high) / 2
            if total(widths(cap: middle)) <= maxWidth { low = middle } else { high = middle }
        }
        var result = widths(cap: low)
        // Hand the columns left over below the next cap to the capped columns, leftmost first.
        var spare = maxWidth - total(result)
        for index in result.indices where spare > 0 && result[index] == low && natural[index] > low {
            result[index] += 1
            spare -= 1
        }
        return .fits(result)
    }
}
