import PilarCore

/// The display type of a result column; renderers align and format by it.
public enum ColumnKind: Sendable, Hashable {
    case int, decimal, text, bool
    /// A whole number naming a year: right-aligned like numbers, but never grouped (2019,
    /// not 2,019).
    case year
    /// Text from a fixed domain (horizon, status, band, …) or a reference shown by its code.
    case label
    /// Only nulls, or a mix the checker could not narrow.
    case unknown
    /// Text drawn by `sparkline(…)` (▁▂▃▅▇): text on screen and in data formats, a small
    /// picture where a format can draw one (html). Said by the checker, never guessed from
    /// the characters, so a text that happens to hold blocks stays text.
    case sparkline

    public var isNumeric: Bool { self == .int || self == .decimal || self == .year }
}

/// One column of a result: its name and display type.
public struct ResultColumn: Sendable, Hashable {
    public var name: String
    public var kind: ColumnKind
    /// The column holds achievement bands (Permendagri 86/2017): a colour terminal paints its
    /// cells red to green and html marks them, and no other column's "medium" is painted.
    public var isBand: Bool

    public init(_ name: String, _ kind: ColumnKind, isBand: Bool = false) {
        self.name = name
        self.kind = kind
        self.isBand = isBand
    }
}

/// The cells of one result column: values already computed, or read on demand (a stored
/// field of the result's rows, fetched from the store as the renderer reaches it).
///
/// Reading on demand is what lets a million-row result be written without first copying
/// every cell into memory: the store already holds them.
public enum ResultCells: Sendable {
    case values([Value])
    case computed(@Sendable (Int) -> Value)
}

/// The finished result of a query, ready to render, held column by column. References have
/// already been turned into the codes they show as, so cells are only null, bool, int,
/// decimal or text.
public struct ResultSet: Sendable {
    public var columns: [ResultColumn]
    public let rowCount: Int
    private var cells: [ResultCells]
    /// How `| chart …` asks people's formats to draw the rows; nil for a plain result.
    public var chart: ChartSpec?

    /// A result of `rowCount` rows whose column `i` reads its cells from `cells[i]`.
    public init(columns: [ResultColumn], rowCount: Int, cells: [ResultCells]) {
        self.columns = columns
        self.rowCount = rowCount
        self.cells = cells
    }

    /// A result from rows of cells; a short row reads as padded with nulls, so a malformed
    /// result renders instead of trapping.
    public init(columns: [ResultColumn], rows: [[Value]]) {
        self.columns = columns
        self.rowCount = rows.count
        self.cells = columns.indices.map { column in
            .values(rows.map { column < $0.count ? $0[column] : .null })
        }
    }

    /// The cell at `row` of `column`; null outside the result.
    @inline(__always)
    public func cell(_ row: Int, _ column: Int) -> Value {
        guard column < cells.count, row >= 0, row < rowCount else { return .null }
        switch cells[column] {
        case .values(let values): return row < values.count ? values[row] : .null
        case .computed(let read): return read(row)
        }
    }

    /// The cells row by row; for tests and small results (renderers read `cell` instead).
    public var rows: [[Value]] {
        (0..<rowCount).map { row in columns.indices.map { cell(row, $0) } }
    }
}

extension ResultSet: Equatable {
    public static func == (lhs: ResultSet, rhs: ResultSet) -> Bool {
        lhs.columns == rhs.columns && lhs.rows == rhs.rows
    }
}
