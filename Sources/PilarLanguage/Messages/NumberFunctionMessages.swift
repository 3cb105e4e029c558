import PilarCore

/// Messages of the number-writing functions (`rupiah`, `percent`, `format`).
public enum NumberFunctionMessage: String, MessageKey {
    case patternWithoutDigits, patternTwoPoints, patternGroupedDecimals, patternTwoNumbers, patternHint
    case unknownRupiahStyle, rupiahStyleHint
    case digitsOutOfRange, digitsHint

    public static let area = "numberFunction"

    public var english: String {
        switch self {
        case .patternWithoutDigits: "format() pattern '{pattern}' has no digit (0 or #)"
        case .patternTwoPoints: "format() pattern '{pattern}' has more than one decimal point"
        case .patternGroupedDecimals: "format() pattern '{pattern}' groups the decimals"
        case .patternTwoNumbers: "format() pattern '{pattern}' has digits in two places"
        case .patternHint: "write a pattern such as \"#,##0.00\": 0 a digit always shown, # one shown when needed, `,` groups thousands, `.` starts the decimals"
        case .unknownRupiahStyle: "rupiah() takes \"short\" as its second argument, not '{style}'"
        case .rupiahStyleHint: "rupiah(budget, \"short\") writes Rp 1,25 M"
        case .digitsOutOfRange: "{function}() takes 0 to 18 decimals, not {digits}"
        case .digitsHint: "write e.g. {function}(achievement, 1)"
        }
    }
}
