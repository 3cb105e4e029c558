import PilarCore

/// `pivot AGG, … [by KEY, …] across KEY [in [V, …]]`: one row per by-key combination, one
/// column per value of the across key (per aggregate when there are several).
public struct PivotSpec: Sendable, Hashable {
    public var aggregates: [NamedExpression]
    public var keys: [NamedExpression]
    public var across: Expression
    /// The values written after `in`: the columns, fixed by the writer (no pre-query).
    public var values: [Expression]?

    public init(aggregates: [NamedExpression], keys: [NamedExpression], across: Expression, values: [Expression]?) {
        self.aggregates = aggregates
        self.keys = keys
        self.across = across
        self.values = values
    }
}

/// `unpivot COLUMN, … into NAMECOL, VALUECOL`: each input row becomes one row per listed column.
public struct UnpivotSpec: Sendable, Hashable {
    /// A column name as written, with where it was written.
    public struct Name: Sendable, Hashable {
        public var name: String
        public var span: Span

        public init(_ name: String, _ span: Span) {
            self.name = name
            self.span = span
        }
    }

    public var columns: [Name]
    public var nameColumn: Name
    public var valueColumn: Name

    public init(columns: [Name], nameColumn: Name, valueColumn: Name) {
        self.columns = columns
        self.nameColumn = nameColumn
        self.valueColumn = valueColumn
    }
}
