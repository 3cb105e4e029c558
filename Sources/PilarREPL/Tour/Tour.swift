import Foundation
import PilarCore

/// The built-in guided tour of the demo masterplan (`.tour`): ten steps, each one sentence of
/// explanation and one statement for the participant to run, from the first source to help.
/// The statements are the same in both languages (keywords and field names are English);
/// the explanations are `TourMessage`s.
struct Tour: Equatable {
    struct Step: Equatable {
        var explanation: TourMessage
        var statement: String
    }

    static let steps: [Step] = [
        Step(explanation: .stepSources, statement: "pillars"),
        Step(explanation: .stepWhere, statement: "programmes | where pillar == \"mobility\" | select code, name, opd, budget"),
        Step(explanation: .stepTop, statement: "programmes | top 5 by budget | select code, name, budget"),
        Step(explanation: .stepSummarize, statement: "programmes | summarize n = count(), budget = sum(budget) by pillar"),
        Step(explanation: .stepNavigation, statement: "indicators | select code, name, opd = programme.opd.name | take 5"),
        Step(explanation: .stepReverse, statement: "opds | extend n = count(programmes) | sort n desc | take 5"),
        Step(explanation: .stepBand, statement: "measurements | where year == 2019 | summarize n = count() by band"),
        Step(explanation: .stepWeak,
             statement: "measurements | where year == 2019 and band in [\"low\", \"very low\"] | select indicator, achievement, band, opd = indicator.programme.opd"),
        Step(explanation: .stepSchema, statement: ".schema programme"),
        Step(explanation: .stepHelp, statement: ".help where"),
    ]

    /// The step on screen (0-based), or nil when no tour runs.
    private(set) var current: Int?

    var isRunning: Bool { current != nil }

    /// The statement of the step on screen, or nil when no tour runs.
    var currentStatement: String? { current.map { Self.steps[$0].statement } }

    /// What a `.tour` command (or running a step's statement) leads to: a step to announce,
    /// the tour ended by `.tour end`, finished past its last step, or an argument naming no step.
    enum Outcome: Equatable {
        case announce(Int)
        case ended
        case finished
        case badStep
    }

    /// `.tour` (start, or the current step again), `.tour next|back|end|N`.
    mutating func command(_ argument: String?) -> Outcome {
        switch argument?.lowercased() {
        case nil:
            return go(to: current ?? 0)
        case "next"?:
            return go(to: (current ?? -1) + 1)
        case "back"?:
            return go(to: max((current ?? 0) - 1, 0))
        case "end"?, "stop"?:
            current = nil
            return .ended
        case let word?:
            guard let number = Int(word), (1...Self.steps.count).contains(number) else { return .badStep }
            return go(to: number - 1)
        }
    }

    /// After a statement ran: the next step to announce when it was the current step's.
    mutating func ran(_ statement: String) -> Outcome? {
        guard let current, Self.normalised(statement) == Self.normalised(Self.steps[current].statement) else { return nil }
        return go(to: current + 1)
    }

    private mutating func go(to step: Int) -> Outcome {
        guard step < Self.steps.count else {
            current = nil
            return .finished
        }
        current = step
        return .announce(step)
    }

    /// Blanks do not matter when comparing what was typed with the step's statement.
    static func normalised(_ statement: String) -> String {
        statement.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What `.tour` shows for `step`: the header, the sentence and the statement to run.
    static func announcement(_ step: Int, in language: Language) -> String {
        let header = Message(TourMessage.header, ["step": .number(step + 1), "total": .number(steps.count)]).text(in: language)
        return header + " " + steps[step].explanation.template(in: language) + "\n\n    " + steps[step].statement + "\n\n"
            + TourMessage.keys.template(in: language)
    }
}
