import PilarCore

/// `.tour` in the shell: announces a step; running its statement announces the next.
extension Shell {
    func runTour(_ argument: String?) throws(Diagnostic) {
        let outcome = tour.command(argument)
        if outcome == .badStep {
            throw Diagnostic(.usage, TourMessage.badStep, ["count": .number(Tour.steps.count)], source: nil)
        }
        show(outcome)
    }

    /// After a statement ran: when it was the tour's step, the next step is announced.
    func followTour(_ statement: String) {
        if let outcome = tour.ran(statement) { show(outcome) }
    }

    private func show(_ outcome: Tour.Outcome) {
        let language = engine.language
        switch outcome {
        case .announce(let step):
            screen.write("\n" + Tour.announcement(step, in: language) + "\n")
        case .finished:
            screen.write(TourMessage.finished.template(in: language) + "\n")
        case .ended:
            screen.write(TourMessage.ended.template(in: language) + "\n")
        case .badStep:
            break
        }
    }
}
