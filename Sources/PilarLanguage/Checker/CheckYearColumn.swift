import PilarCore

extension Checker {
    /// Whether a column computed by `expression` shows as a year under any name: a path whose
    /// last name is a year's (`p = previous.year`, `y = indicator.programme.start_year`).
    /// A whole number computed from a year (`year + 1`) is a number like any other.
    func readsYear(_ expression: Expression) -> Bool {
        guard let last = Checker.path(of: expression)?.last else { return false }
        return ColumnInfo.isYearName(last)
    }
}
