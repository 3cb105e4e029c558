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

    public var isNumeric: Bool { self == .int || self == .decimal || self == .year }
}

/// One column of a result: its name and display type.
public struct ResultColumn: Sendable, Hashable {
    public var name: String
    public var kind: ColumnKind

    public init(_ name: String, _ kind: ColumnKind) {
        self.name = name
        self.kind = kind
    }
}

/// The finished result of a query, ready to render. References have already been turned into
/// the codes they show as, so cells are only null, bool, int, decimal or text.
public struct ResultSet: Sendable, Hashable {
    public var columns: [ResultColumn]
    public var rows: [[Value]]

    public init(columns: [ResultColumn], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }
}

extension ResultSet {
    /// The cell at `column` of `row`, treating a short row as padded with nulls so a
    /// malformed result renders instead of trapping.
    func cell(_ row: [Value], _ column: Int) -> Value {
        column < row.count ? row[column] : .null
    }
}
