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
        summary: .missingActualSummary,
        help: .missingActualHelp,
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
                Message(CheckRuleMessage.missingActualProblem, ["year": "\(year)", "programme": .text(data.code(.programme, programme)),
                                                               "status": .text(status), "start": "\(start)", "end": "\(end)"])))
        }
        return problems
    }

    static let missingTarget = CheckRule(
        name: "missing_target",
        summary: .missingTargetSummary,
        help: .missingTargetHelp,
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
                    Message(CheckRuleMessage.missingTargetProblem, ["years": .text(yearList(missing)),
                                                                   "programme": .text(data.code(.programme, programme)), "start": "\(start)"])))
            }
        }
        return problems
    }

    static let fallingTarget = CheckRule(
        name: "falling_target",
        summary: .fallingTargetSummary,
        help: .fallingTargetHelp,
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
                    Message(CheckRuleMessage.fallingTargetProblem, ["target": .text(NumberText.decimal(current.target)), "year": "\(year)",
                                                                   "previous": .text(NumberText.decimal(previous.target)), "previousYear": "\(year - 1)"])))
            }
        }
        return problems
    }

    static let noIndicator = CheckRule(
        name: "no_indicator",
        summary: .noIndicatorSummary,
        help: .noIndicatorHelp,
        entity: .programme
    ) { input in
        let data = CheckData(input.store)
        var has = Set<Int>()
        for row in 0..<data.indicators.count {
            if let programme = data.reference(.indicator, "programme", row) { has.insert(programme) }
        }
        return (0..<data.programmes.count).filter { !has.contains($0) }
            .map { CheckProblem(.programme, row: $0, Message(CheckRuleMessage.noIndicatorProblem)) }
    }

    static let pastEndNotDone = CheckRule(
        name: "past_end_not_done",
        summary: .pastEndNotDoneSummary,
        help: .pastEndNotDoneHelp,
        entity: .programme
    ) { input in
        guard let now = input.referenceYear else { return [] }
        let data = CheckData(input.store)
        var problems: [CheckProblem] = []
        for row in 0..<data.programmes.count {
            guard let end = data.int(.programme, "end_year", row), end < now,
                  let status = data.text(.programme, "status", row), status != "done", status != "cancelled" else { continue }
            problems.append(CheckProblem(.programme, row: row, Message(CheckRuleMessage.pastEndNotDoneProblem,
                                                                      ["end": "\(end)", "status": .text(status), "now": "\(now)"])))
        }
        return problems
    }

    static let actualsBeforeStart = CheckRule(
        name: "actuals_before_start",
        summary: .actualsBeforeStartSummary,
        help: .actualsBeforeStartHelp,
        entity: .programme
    ) { input in
        CheckData(input.store).actualsOutsideYears(status: "planned", before: true).map { found in
            CheckProblem(.programme, row: found.row, Message(CheckRuleMessage.actualsBeforeStartProblem,
                                                            ["start": "\(found.bound)", "years": .text(yearList(found.years))]))
        }
    }

    static let doneStillReporting = CheckRule(
        name: "done_still_reporting",
        summary: .doneStillReportingSummary,
        help: .doneStillReportingHelp,
        entity: .programme
    ) { input in
        CheckData(input.store).actualsOutsideYears(status: "done", before: false).map { found in
            CheckProblem(.programme, row: found.row, Message(CheckRuleMessage.doneStillReportingProblem,
                                                            ["end": "\(found.bound)", "years": .text(yearList(found.years))]))
        }
    }

    static let absorptionOver100 = CheckRule(
        name: "absorption_over_100",
        summary: .absorptionOver100Summary,
        help: .absorptionOver100Help,
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
            let amount = MessageArgument.text(NumberText.decimal(actual))
            let message = data.int(.measurement, "year", row).map {
                Message(CheckRuleMessage.absorptionOver100InYearProblem, ["actual": amount, "year": "\($0)"])
            } ?? Message(CheckRuleMessage.absorptionOver100Problem, ["actual": amount])
            problems.append(CheckProblem(.measurement, row: row, message))
        }
        return problems
    }

    static let duplicateName = CheckRule(
        name: "duplicate_name",
        summary: .duplicateNameSummary,
        help: .duplicateNameHelp,
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
                    Message(CheckRuleMessage.duplicateNameProblem,
                            ["earlier": .text(data.code(.programme, earlier)), "opd": .text(data.code(.opd, opd))])))
            } else {
                first[key] = row
            }
        }
        return problems
    }
}
