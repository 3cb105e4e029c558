/// Messages of the core: the labels every diagnostic carries and the phrases other areas share.
public enum CoreMessage: String, MessageKey {
    case errorLabel, warningLabel, noteLabel, helpLabel
    case moreProblems
    case didYouMean
    case interrupted
    case invalidUTF8, invalidUTF8Hint
    /// pilar code shown as it is, where a hint is only code (`take 10`).
    case code

    public static let area = "core"

    public var english: String {
        switch self {
        case .errorLabel: "error:"
        case .warningLabel: "warning:"
        case .noteLabel: "note:"
        case .helpLabel: "help:"
        case .moreProblems: "... and {count} more {count|problem|problems}"
        case .didYouMean: "did you mean '{name}'?"
        case .interrupted: "interrupted"
        case .invalidUTF8: "invalid UTF-8 (byte {byte}) in the script"
        case .invalidUTF8Hint: "save the script as UTF-8"
        case .code: "{code}"
        }
    }
}

extension Message {
    /// "did you mean 'NAME'?"
    public static func didYouMean(_ name: String) -> Message { Message(CoreMessage.didYouMean, ["name": .text(name)]) }

    /// Code shown as it is (`take 10`, `across year in [2019, 2020]`): the same in every language.
    public static func code(_ code: String) -> Message { Message(CoreMessage.code, ["code": .text(code)]) }
}
