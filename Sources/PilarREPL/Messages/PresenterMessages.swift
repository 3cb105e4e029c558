import PilarCore

/// Messages of presenter mode (`pilar present FILE`): the step header, the key hints and
/// the closing line.
public enum PresenterMessage: String, MessageKey {
    case stepHeader, keysBeforeRun, keysAfterRun, keysTextSlide
    case finished, quit, editCancelled, noSteps

    public static let area = "presenter"

    public var english: String {
        switch self {
        case .stepHeader: "step {step}/{total}"
        case .keysBeforeRun: "Enter or →: run   ←: back   e: edit   q: quit"
        case .keysAfterRun: "Enter or →: next   ←: back   e: edit and run again   q: quit"
        case .keysTextSlide: "Enter or →: next   ←: back   q: quit"
        case .finished: "End of the presentation."
        case .quit: "Presentation stopped at step {step}/{total}."
        case .editCancelled: "edit cancelled; the statement was not run"
        case .noSteps: "{file} has no statements or comments to present"
        }
    }
}
