import PilarCore

/// Messages of the `check` rules: each rule's one-line summary and its exact help (both shown
/// by `.help check`), and the problem texts that fill the `problem` column of the result.
/// Codes, statuses and years are passed as `.text`: they are data, never translated.
public enum CheckRuleMessage: String, MessageKey {
    case missingActualSummary, missingActualHelp, missingActualProblem
    case missingTargetSummary, missingTargetHelp, missingTargetProblem
    case fallingTargetSummary, fallingTargetHelp, fallingTargetProblem
    case noIndicatorSummary, noIndicatorHelp, noIndicatorProblem
    case pastEndNotDoneSummary, pastEndNotDoneHelp, pastEndNotDoneProblem
    case actualsBeforeStartSummary, actualsBeforeStartHelp, actualsBeforeStartProblem
    case doneStillReportingSummary, doneStillReportingHelp, doneStillReportingProblem
    // A measurement without a year has no "in YEAR", hence two problem texts.
    case absorptionOver100Summary, absorptionOver100Help, absorptionOver100Problem, absorptionOver100InYearProblem
    case duplicateNameSummary, duplicateNameHelp, duplicateNameProblem

    public static let area = "checkRule"

    public var english: String {
        switch self {
        case .missingActualSummary: "a past year of a running programme without an actual"
        case .missingActualHelp:
            "a measurement of a year before the reference year, within its programme's start_year..end_year, "
                + "whose programme is ongoing, done or stalled, with no actual"
        case .missingActualProblem: "no actual for {year}, a past year (programme {programme} is {status}, {start}–{end})"
        case .missingTargetSummary: "an indicator without a target for a year its programme runs"
        case .missingTargetHelp:
            "an indicator with no measurement holding a target for a year from its programme's start_year "
                + "to its end_year or the reference year, whichever is earlier (targets beyond the data's years are not required)"
        case .missingTargetProblem: "no target for {years} (programme {programme} runs from {start})"
        case .fallingTargetSummary: "a positive indicator whose target falls from one year to the next"
        case .fallingTargetHelp: "a measurement of a positive indicator (higher is better) whose target is below the target of the year before"
        case .fallingTargetProblem: "target {target} for {year} is below {previous} for {previousYear} on a positive indicator"
        case .noIndicatorSummary: "a programme with no indicator"
        case .noIndicatorHelp: "a programme that no indicator refers to: nothing can show whether it delivers"
        case .noIndicatorProblem: "no indicator measures this programme"
        case .pastEndNotDoneSummary: "a programme past its end_year that is not done"
        case .pastEndNotDoneHelp:
            "a programme whose end_year is before the reference year and whose status is planned, ongoing or stalled "
                + "(done and cancelled programmes are closed)"
        case .pastEndNotDoneProblem: "ended in {end} but is still {status} (reference year {now})"
        case .actualsBeforeStartSummary: "a planned programme with actuals before its start"
        case .actualsBeforeStartHelp: "a planned programme with an actual for a year before its start_year"
        case .actualsBeforeStartProblem: "planned from {start} but has actuals for {years}"
        case .doneStillReportingSummary: "a done programme still reporting actuals after its end"
        case .doneStillReportingHelp: "a done programme with an actual for a year after its end_year"
        case .doneStillReportingProblem: "done in {end} but reports actuals for {years}"
        case .absorptionOver100Summary: "budget absorption (serapan anggaran) above 100 %"
        case .absorptionOver100Help:
            "an actual above 100 on an indicator with unit % whose name contains \"absorption\" or \"serapan\" "
                + "(any case): a budget cannot be spent more than whole"
        case .absorptionOver100Problem: "budget absorption {actual} % is above 100 %"
        case .absorptionOver100InYearProblem: "budget absorption {actual} % in {year} is above 100 %"
        case .duplicateNameSummary: "two programmes of one OPD with the same name"
        case .duplicateNameHelp: "a programme whose name, ignoring case and surrounding spaces, is that of an earlier programme of the same OPD"
        case .duplicateNameProblem: "same name as {earlier} of {opd}"
        }
    }
}
