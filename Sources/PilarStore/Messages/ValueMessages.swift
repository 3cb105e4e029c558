import PilarCore

/// Why a value cannot go into a field, said the same way by the loader (for a cell) and by
/// every write (for a field of a statement).
public enum ValueMessage: String, MessageKey {
    case placeColumn, placeField
    case emptyRequired, missingRequired
    case wrongType
    case expectedWholeNumber64, expectedWholeNumber, expectedNumber, expectedText, expectedTextWithoutNUL
    case expectedOneOf, expectedCodeOf
    case yearOutOfRange
    case negativeBudget, negativeBudgetHint
    case fractionalBudget, wholeRupiahHint
    case tooManyDigits, figureDigitsHint
    case unknownValue, expectedOneOfHint
    case unknownReference, noSuchCodeHint
    case invalidNumber, numberTooLarge
    case budgetTooLarge, budgetTooLargeHint
    case groupedNumber, groupedNumberIndonesian
    case groupingHintMoney, groupingHintMoneyFraction, groupingHintNumber, groupingHintNumberFraction
    case ambiguousPoint, ambiguousPointHint
    case invalidYear
    case decimalSeparatorHint, percentHint, optionalNumberHint, numberHint
    case yearDigitsHint, yearBlanksHint, yearHint

    public static let area = "value"

    public var english: String {
        switch self {
        case .placeColumn: "column '{name}'"
        case .placeField: "field '{name}'"
        case .emptyRequired: "empty value in required {place}"
        case .missingRequired: "missing value for required {place}"
        case .wrongType: "'{value}' in {place} is not {expected}"
        case .expectedWholeNumber64: "a 64-bit whole number"
        case .expectedWholeNumber: "a whole number"
        case .expectedNumber: "a number"
        case .expectedText: "text"
        case .expectedTextWithoutNUL: "text without a NUL character"
        case .expectedOneOf: "one of: {values}"
        case .expectedCodeOf: "the code of a {entity}"
        case .yearOutOfRange: "year '{value}' in {place} is outside the range {low} to {high}"
        case .negativeBudget: "negative budget '{value}' in {place}"
        case .negativeBudgetHint: "a budget is zero or more; leave the cell empty when unknown"
        case .fractionalBudget: "budget '{value}' in {place} is not a whole number of rupiah"
        case .wholeRupiahHint: "write whole rupiah without thousands separators, e.g. 1500000000; leave the cell empty when unknown"
        case .tooManyDigits: "number '{value}' in {place} has more than {digits} digits"
        case .figureDigitsHint: "pilar keeps figures exactly, to {digits} digits as spreadsheets do; round the figure"
        case .unknownValue: "unknown {domain} '{value}' in {place}"
        case .expectedOneOfHint: "expected one of: {values}"
        case .unknownReference: "unknown {entity} '{value}' in {place}"
        case .noSuchCodeHint: "{file} has no {entity} with that code"
        case .invalidNumber: "invalid number '{value}' in {place}"
        case .numberTooLarge: "number '{value}' in {place} is too large"
        case .budgetTooLarge: "budget '{value}' in {place} is too large (at most {max} rupiah)"
        case .budgetTooLargeHint: "check the figure; budgets are whole rupiah"
        case .groupedNumber: "'{value}' in {place} looks like thousands grouping"
        case .groupedNumberIndonesian: "'{value}' in {place} looks like Indonesian thousands grouping"
        case .groupingHintMoney: "{column} is whole rupiah: write {digits}, without separators"
        case .groupingHintMoneyFraction: "{column} is whole rupiah: write {digits}, without separators or a fraction"
        case .groupingHintNumber: "{column} is a whole number: write {digits}, without separators"
        case .groupingHintNumberFraction: "{column} is a whole number: write {digits}, without separators or a fraction"
        case .ambiguousPoint: "'{value}' in {place} is ambiguous: a point followed by three digits may be thousands grouping"
        case .ambiguousPointHint: "{column} is whole rupiah: write the digits only, without a point"
        case .invalidYear: "invalid year '{value}' in {place}"
        case .decimalSeparatorHint: "use a dot for decimals and no thousands separators, e.g. 12.5"
        case .percentHint: "write the number without '%'"
        case .optionalNumberHint: "write a number such as 12.5, or leave the cell empty when there is none"
        case .numberHint: "write a number such as 12.5"
        case .yearDigitsHint: "write the year with the digits 0-9, e.g. 2021 (not full-width or other digits)"
        case .yearBlanksHint: "remove the blanks inside the quotes, e.g. 2021"
        case .yearHint: "write the year as a whole number, e.g. 2021"
        }
    }
}

extension Message {
    /// "column 'NAME'": where a loaded value was.
    static func column(_ name: String) -> Message { Message(ValueMessage.placeColumn, ["name": .text(name)]) }
    /// "field 'NAME'": where a written value was.
    static func field(_ name: String) -> Message { Message(ValueMessage.placeField, ["name": .text(name)]) }
}
