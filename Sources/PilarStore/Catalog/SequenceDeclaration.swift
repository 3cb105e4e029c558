import PilarCore

/// Rows of an entity that form series in time: the rows with the same `series` value, one per
/// whole-number `step` (a measurement per indicator and year). Declaring it gives every row the
/// navigation names `previous` and `next`: the row of the same series one step before or after.
///
/// A gap is not skipped: `previous` of 2021 is the 2020 row or nothing, never 2019, so a
/// "year-on-year" change is always over one year.
public struct SequenceDeclaration: Sendable, Hashable {
    /// The field that names the series (`indicator`).
    public let series: String
    /// The int field that orders it (`year`).
    public let step: String
    /// The navigation names, as the checker and completion offer them.
    public static let previousName = "previous"
    public static let nextName = "next"

    public init(series: String, step: String) {
        self.series = series
        self.step = step
    }

    /// `previous` and `next`, with the step offset each goes to.
    public static let navigations: [(name: String, offset: Int64)] = [(previousName, -1), (nextName, 1)]

    /// The step offset a navigation name goes to, or nil when it is not one.
    public static func offset(of name: String) -> Int64? {
        navigations.first { $0.name == name }?.offset
    }
}
