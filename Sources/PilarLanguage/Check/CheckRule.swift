import PilarCore
import PilarStore

/// One data-quality rule of the `check` statement, declared once: `.help check`, completion
/// and the tests read this declaration, and `find` is the only place its logic lives.
public struct CheckRule: Sendable {
    /// The word after `check` (`check missing_actual`).
    public let name: String
    /// What the rule finds, one line (the `.help check` listing).
    public let summaryMessage: CheckRuleMessage
    /// Exactly what counts as a problem, for `.help check` and grammar.md §6.
    public let helpMessage: CheckRuleMessage
    /// The entity whose rows the problems are located at.
    public let entity: Entity
    /// Finds every problem in the data; must not trap on any store the loader or edits allow.
    public let find: @Sendable (CheckInput) -> [CheckProblem]

    init(name: String, summary: CheckRuleMessage, help: CheckRuleMessage, entity: Entity,
         find: @escaping @Sendable (CheckInput) -> [CheckProblem]) {
        self.name = name
        self.summaryMessage = summary
        self.helpMessage = help
        self.entity = entity
        self.find = find
    }

    /// The summary in English.
    public var summary: String { summaryMessage.english }
    /// The help in English.
    public var help: String { helpMessage.english }

    public func summary(in language: Language) -> String { summaryMessage.template(in: language) }
    public func help(in language: Language) -> String { helpMessage.template(in: language) }
}

/// One problem found by a rule, at a row of `entity`.
public struct CheckProblem: Sendable, Hashable {
    public var entity: Entity
    public var row: Int
    /// Written in the session's language when the report becomes a result.
    public var message: Message

    public init(_ entity: Entity, row: Int, _ message: Message) {
        self.entity = entity
        self.row = row
        self.message = message
    }
}

/// What a rule reads: the store and the reference year that "past years" are relative to.
public struct CheckInput: Sendable {
    public let store: Store
    /// Years before it are past; nil when the data has no actual at all (nothing is past).
    public let referenceYear: Int64?

    public init(store: Store, referenceYear: Int64?) {
        self.store = store
        self.referenceYear = referenceYear
    }

    /// The latest year with any actual: the data's own "now", so a check gives the same
    /// answer on any day (today's date would make scripts and tests change with the clock).
    public static func latestYearWithActual(in store: Store) -> Int64? {
        let data = CheckData(store)
        var latest: Int64?
        for row in 0..<data.measurements.count where !data.value(.measurement, "actual", row).isNull {
            if let year = data.int(.measurement, "year", row), year > (latest ?? .min) { latest = year }
        }
        return latest
    }
}

/// Field access by name for the rules, which read a few fields of small tables.
struct CheckData {
    let store: Store

    init(_ store: Store) { self.store = store }

    var programmes: Table { store.table(.programme) }
    var indicators: Table { store.table(.indicator) }
    var measurements: Table { store.table(.measurement) }

    func value(_ entity: Entity, _ field: String, _ row: Int) -> Value {
        let table = store.table(entity)
        guard let column = table.columnIndex(of: field) else { return .null }
        return table.value(column: column, row: row)
    }

    func int(_ entity: Entity, _ field: String, _ row: Int) -> Int64? {
        if case .int(let value) = value(entity, field, row) { return value }
        return nil
    }

    func text(_ entity: Entity, _ field: String, _ row: Int) -> String? {
        if case .text(let value) = value(entity, field, row) { return value }
        return nil
    }

    func decimal(_ entity: Entity, _ field: String, _ row: Int) -> DecimalNumber? {
        value(entity, field, row).asDecimal
    }

    /// The row a reference field points at.
    func reference(_ entity: Entity, _ field: String, _ row: Int) -> Int? {
        if case .ref(_, let target) = value(entity, field, row), target >= 0 { return Int(target) }
        return nil
    }

    func code(_ entity: Entity, _ row: Int) -> String { store.code(of: entity, row: Int32(row)) }

    /// The programme of each measurement's indicator, or nil.
    func programme(ofMeasurement row: Int) -> Int? {
        reference(.measurement, "indicator", row).flatMap { reference(.indicator, "programme", $0) }
    }

    /// Per programme, the years with an actual, ascending.
    func actualYears() -> [Int: [Int64]] {
        var years: [Int: Set<Int64>] = [:]
        for row in 0..<measurements.count where !value(.measurement, "actual", row).isNull {
            guard let programme = programme(ofMeasurement: row), let year = int(.measurement, "year", row) else { continue }
            years[programme, default: []].insert(year)
        }
        return years.mapValues { $0.sorted() }
    }
}

extension CheckData {
    /// The programmes of a status that have actuals for years before their `start_year`
    /// (`before`) or after their `end_year`, with that year and those years, in row order.
    func actualsOutsideYears(status: String, before: Bool) -> [(row: Int, bound: Int64, years: [Int64])] {
        let actuals = actualYears()
        var found: [(row: Int, bound: Int64, years: [Int64])] = []
        for row in 0..<programmes.count where text(.programme, "status", row) == status {
            guard let bound = int(.programme, before ? "start_year" : "end_year", row) else { continue }
            let outside = (actuals[row] ?? []).filter { before ? $0 < bound : $0 > bound }
            if !outside.isEmpty { found.append((row, bound, outside)) }
        }
        return found
    }
}

/// "2018–2021" or "2019, 2021": how a list of years reads in a problem.
func yearList(_ years: [Int64]) -> String {
    guard let first = years.first, let last = years.last else { return "" }
    if years.count > 2 && last - first == Int64(years.count - 1) { return "\(first)–\(last)" }
    return years.map(String.init).joined(separator: ", ")
}
