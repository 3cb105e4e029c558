import Foundation
import PilarCore
import PilarStore

extension CheckRule {
    /// Every rule, in the order `check` reports them.
    public static let all: [CheckRule] = [
        missingActual, missingTarget, fallingTarget, noIndicator, pastEndNotDone,
        actualsBeforeStart, doneStillReporting, absorptionOver100, duplicateName,
    ]

    /// The rule called `name`, if any.
    public static func named(_ name: String) -> CheckRule? { all.first { $0.name == name } }

    public static var names: [String] { all.map(\.name) }

    /// Statuses under which a programme is expected to report its actuals.
    static let reportingStatuses: Set<String> = ["ongoing", "done", "stalled"]

    static let missingActual = CheckRule(
        name: "missing_actual",
        summary: "a past year of a running programme without an actual",
        help: "a measurement of a year before the reference year, within its programme's start_year..end_year, "
            + "whose programme is ongoing, done or stalled, with no actual",
        entity: .measurement
    ) { input in
        guard let now = input.referenceYear else { return [] }
        let data = CheckData(input.store)
        var problems: [CheckProblem] = []
        for row in 0..<data.measurements.count where data.value(.measurement, "actual", row).isNull {
            guard let year = data.int(.measurement, "year", row), year < now,
                  let programme = data.programme(ofMeasurement: row),
                  let status = data.text(.programme, "status", programme), reportingStatuses.contains(status),
                  let start = data.int(.programme, "start_year", programme), let end = data.int(.programme, "end_year", programme),
                  start <= year, year <= end else { continue }
            problems.append(CheckProblem(.measurement, row: row,
                "no actual for \(year), a past year (programme \(data.code(.programme, programme)) is \(status), \(start)–\(end))"))
        }
        return problems
    }

    static let missingTarget = CheckRule(
        name: "missing_target",
        summary: "an indicator without a target for a year its programme runs",
        help: "an indicator with no measurement holding a target for a year from its programme's start_year "
            + "to its end_year or the reference year, whichever is earlier (targets beyond the data's years are not required)",
        entity: .indicator
    ) { input in
        let data = CheckData(input.store)
        var targets: [Int: Set<Int64>] = [:]
        for row in 0..<data.measurements.count where !data.value(.measurement, "target", row).isNull {
            guard let indicator = data.reference(.measurement, "indicator", row),
                  let year = data.int(.measurement, "year", row) else { continue }
            targets[indicator, default: []].insert(year)
        }
        var problems: [CheckProblem] = []
        for row in 0..<data.indicators.count {
            guard let programme = data.reference(.indicator, "programme", row),
                  data.text(.programme, "status", programme) != "cancelled",
                  let start = data.int(.programme, "start_year", programme),
                  var end = data.int(.programme, "end_year", programme) else { continue }
            if let now = input.referenceYear { end = min(end, now) }
            guard start <= end, end - start < 200 else { continue }
            let missing = (start...end).filter { !(targets[row]?.contains($0) ?? false) }
            if !missing.isEmpty {
                problems.append(CheckProblem(.indicator, row: row,
                    "no target for \(yearList(missing)) (programme \(data.code(.programme, programme)) runs from \(start))"))
            }
        }
        return problems
    }

    static let fallingTarget = CheckRule(
        name: "falling_target",
        summary: "a positive indicator whose target falls from one year to the next",
        help: "a measurement of a positive indicator (higher is better) whose target is below the target of the year before",
        entity: .measurement
    ) { input in
        let data = CheckData(input.store)
        var byKey: [Int: [Int64: (row: Int, target: DecimalNumber)]] = [:]
        for row in 0..<data.measurements.count {
            guard let indicator = data.reference(.measurement, "indicator", row),
                  data.text(.indicator, "polarity", indicator) == "positive",
                  let year = data.int(.measurement, "year", row),
                  let target = data.decimal(.measurement, "target", row) else { continue }
            byKey[indicator, default: [:]][year] = (row, target)
        }
        var problems: [CheckProblem] = []
        for (_, years) in byKey {
            for (year, current) in years {
                guard let previous = years[year - 1], current.target < previous.target else { continue }
                problems.append(CheckProblem(.measurement, row: current.row,
                    "target \(NumberText.decimal(current.target)) for \(year) is below \(NumberText.decimal(previous.target)) for \(year - 1) on a positive indicator"))
            }
        }
        return problems
    }

    static let noIndicator = CheckRule(
        name: "no_indicator",
        summary: "a programme with no indicator",
        help: "a programme that no indicator refers to: nothing can show whether it delivers",
        entity: .programme
    ) { input in
        let data = CheckData(input.store)
        var has = Set<Int>()
        for row in 0..<data.indicators.count {
            if let programme = data.reference(.indicator, "programme", row) { has.insert(programme) }
        }
        return (0..<data.programmes.count).filter { !has.contains($0) }
            .map { CheckProblem(.programme, row: $0, "no indicator measures this programme") }
    }

    static let pastEndNotDone = CheckRule(
        name: "past_end_not_done",
        summary: "a programme past its end_year that is not done",
        help: "a programme whose end_year is before the reference year and whose status is planned, ongoing or stalled "
            + "(done and cancelled programmes are closed)",
        entity: .programme
    ) { input in
        guard let now = input.referenceYear else { return [] }
        let data = CheckData(input.store)
        var problems: [CheckProblem] = []
        for row in 0..<data.programmes.count {
            guard let end = data.int(.programme, "end_year", row), end < now,
                  let status = data.text(.programme, "status", row), status != "done", status != "cancelled" else { continue }
            problems.append(CheckProblem(.programme, row: row, "ended in \(end) but is still \(status) (reference year \(now))"))
        }
        return problems
    }

    static let actualsBeforeStart = CheckRule(
        name: "actuals_before_start",
        summary: "a planned programme with actuals before its start",
        help: "a planned programme with an actual for a year before its start_year",
        entity: .programme
    ) { input in
        CheckData(input.store).actualsOutsideYears(status: "planned", before: true).map { found in
            CheckProblem(.programme, row: found.row, "planned from \(found.bound) but has actuals for \(yearList(found.years))")
        }
    }

    static let doneStillReporting = CheckRule(
        name: "done_still_reporting",
        summary: "a done programme still reporting actuals after its end",
        help: "a done programme with an actual for a year after its end_year",
        entity: .programme
    ) { input in
        CheckData(input.store).actualsOutsideYears(status: "done", before: false).map { found in
            CheckProblem(.programme, row: found.row, "done in \(found.bound) but reports actuals for \(yearList(found.years))")
        }
    }

    static let absorptionOver100 = CheckRule(
        name: "absorption_over_100",
        summary: "budget absorption (serapan anggaran) above 100 %",
        help: "an actual above 100 on an indicator with unit % whose name contains \"absorption\" or \"serapan\" "
            + "(any case): a budget cannot be spent more than whole",
        entity: .measurement
    ) { input in
        let data = CheckData(input.store)
        var absorption: [Bool] = []
        for row in 0..<data.indicators.count {
            let name = (data.text(.indicator, "name", row) ?? "").lowercased()
            let unit = (data.text(.indicator, "unit", row) ?? "").trimmingCharacters(in: .whitespaces)
            absorption.append(unit == "%" && (name.contains("absorption") || name.contains("serapan")))
        }
        var problems: [CheckProblem] = []
        for row in 0..<data.measurements.count {
            guard let indicator = data.reference(.measurement, "indicator", row), absorption[indicator],
                  let actual = data.decimal(.measurement, "actual", row), actual.compare(toInteger: 100) > 0 else { continue }
            let year = data.int(.measurement, "year", row).map { " in \($0)" } ?? ""
            problems.append(CheckProblem(.measurement, row: row, "budget absorption \(NumberText.decimal(actual)) %\(year) is above 100 %"))
        }
        return problems
    }

    static let duplicateName = CheckRule(
        name: "duplicate_name",
        summary: "two programmes of one OPD with the same name",
        help: "a programme whose name, ignoring case and surrounding spaces, is that of an earlier programme of the same OPD",
        entity: .programme
    ) { input in
        let data = CheckData(input.store)
        var first: [String: Int] = [:]
        var problems: [CheckProblem] = []
        for row in 0..<data.programmes.count {
            guard let name = data.text(.programme, "name", row), let opd = data.reference(.programme, "opd", row) else { continue }
            let key = "\(opd)\u{0}" + name.trimmingCharacters(in: .whitespaces).lowercased()
            if let earlier = first[key] {
                problems.append(CheckProblem(.programme, row: row,
                    "same name as \(data.code(.programme, earlier)) of \(data.code(.opd, opd))"))
            } else {
                first[key] = row
            }
        }
        return problems
    }
}
