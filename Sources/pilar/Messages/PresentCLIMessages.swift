import PilarCore

/// Usage errors of `pilar present`.
enum PresentCLIMessage: String, MessageKey {
    case presentNeedsOneFile, badSpeed

    static let area = "present"

    var english: String {
        switch self {
        case .presentNeedsOneFile: "'present' needs exactly one script file, e.g. pilar present examples/bimtek/demo-bimtek.pilar"
        case .badSpeed: "--speed must be between 0 and 1000 milliseconds per character, not {speed}"
        }
    }
}
