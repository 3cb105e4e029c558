import PilarCore
import PilarStore
import PilarRender

/// Runs rules and turns their problems into a result table (rule, entity, code, where,
/// problem): a table, not diagnostics, so that `--format csv` gives batch scripts a list to
/// filter, and the problems are data about the data, not errors in the script.
public struct CheckReport: Sendable {
    public let problems: [(rule: CheckRule, problem: CheckProblem)]
    public let referenceYear: Int64?

    /// Runs `rules` (all when empty) on `store`; `referenceYear` overrides the data's latest
    /// year with an actual.
    public init(store: Store, rules: [CheckRule], referenceYear: Int64? = nil) {
        let year = referenceYear ?? CheckInput.latestYearWithActual(in: store)
        let input = CheckInput(store: store, referenceYear: year)
        var found: [(rule: CheckRule, problem: CheckProblem)] = []
        for rule in rules.isEmpty ? CheckRule.all : rules {
            // Rows in file order, so the list reads like the files.
            let sorted = rule.find(input).sorted { ($0.entity.id, $0.row) < ($1.entity.id, $1.row) }
            found += sorted.map { (rule, $0) }
        }
        self.problems = found
        self.referenceYear = year
    }

    public static let columns = [
        ResultColumn("rule", .label), ResultColumn("entity", .label), ResultColumn("code", .text),
        ResultColumn("where", .text), ResultColumn("problem", .text),
    ]

    /// The problems as a result set, one row each, their texts in `language` (the session's:
    /// a report is data, so it is written when it becomes a result, not when it is found).
    public func resultSet(_ store: Store, in language: Language = .english) -> ResultSet {
        let rows: [[Value]] = problems.map { rule, problem in
            [.text(rule.name), .text(store.declaration(problem.entity).singular),
             .text(Self.code(of: problem, in: store)), .text(Self.location(of: problem, in: store)),
             .text(problem.message.text(in: language))]
        }
        return ResultSet(columns: Self.columns, rows: rows)
    }

    /// How a row is named: the store's name of it (its code, or its key for measurements).
    static func code(of problem: CheckProblem, in store: Store) -> String {
        store.code(of: problem.entity, row: Int32(problem.row))
    }

    /// `demo/programmes.csv:12`; `demo/programmes.csv (inserted)` for a row added since the
    /// load; `(no file)` for rows that never came from one (the default pillars).
    static func location(of problem: CheckProblem, in store: Store) -> String {
        let table = store.table(problem.entity)
        guard let name = table.sourceName else { return "(no file)" }
        guard let line = table.sourceLine(of: problem.row) else { return "\(name) (inserted)" }
        return "\(name):\(line)"
    }
}
