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

    /// Enter on an empty line while the tour runs: the step's statement, shown as if typed, so
    /// a participant who cannot type it yet still sees it run (libedit's readline interface
    /// cannot put the statement on the line ahead of time; see ../shared/notes/libedit.md).
    func tourStatement(for input: LineInput) -> String? {
        guard case .line(let text) = input, text.allSatisfy(\.isWhitespace), let statement = tour.currentStatement else { return nil }
        screen.write(statement + "\n")
        return statement
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
