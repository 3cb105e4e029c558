import PilarCore

/// Budgets: whole rupiah in 64 bits, zero or more.
enum Money {
    /// Why a budget cell was refused; each case knows how to explain itself.
    enum Problem: Error, Equatable {
        case invalid, negative, fractional, tooLarge
        /// Thousands grouping such as `15.000`: fifteen thousand or fifteen, depending on locale.
        case grouped(Grouping.Match)
        /// A point followed by exactly three digits (`1000.000`): a decimal or a grouping.
        case ambiguousPoint

        func message(value: String, column: String) -> Message {
            let arguments: [String: MessageArgument] = ["value": .text(value), "place": .message(.column(column))]
            return switch self {
            case .grouped(let match): Grouping.message(match, value: value, column: column)
            case .ambiguousPoint: Message(ValueMessage.ambiguousPoint, arguments)
            case .invalid: Message(ValueMessage.invalidNumber, arguments)
            case .negative: Message(ValueMessage.negativeBudget, arguments)
            case .fractional: Message(ValueMessage.fractionalBudget, arguments)
            case .tooLarge: Message(ValueMessage.budgetTooLarge, arguments.merging(["max": .text(String(Int64.max))]) { $1 })
            }
        }

        func hint(column: String) -> Message {
            switch self {
            case .grouped(let match): Grouping.hint(match, column: column, isMoney: true)
            case .ambiguousPoint: Message(ValueMessage.ambiguousPointHint, ["column": .text(column)])
            case .invalid, .fractional: Message(ValueMessage.wholeRupiahHint)
            case .negative: Message(ValueMessage.negativeBudgetHint)
            case .tooLarge: Message(ValueMessage.budgetTooLargeHint)
            }
        }
    }

    static func parse(_ bytes: [UInt8], _ range: Range<Int>) -> Result<Int64, Problem> {
        switch ByteNumber.integer(bytes, range) {
        case .value(let value):
            // A negative amount is read; refusing it is the field's rule, checked by `ValueCheck`.
            return .success(value)
        case .overflow(let negative):
            return .failure(negative ? .negative : .tooLarge)
        case .invalid:
            break
        }
        if let match = Grouping.match(bytes, range) { return .failure(.grouped(match)) }
        // Spreadsheets write large figures as `2.5E+10` or `1500000.00`; accept them when whole
        // and when they cannot be grouping: never three digits after the point (`1000.000`).
        if pointIsFollowedByThreeDigits(bytes, range) { return .failure(.ambiguousPoint) }
        let value: DecimalNumber
        switch DecimalNumber.parse(bytes[range]) {
        case .success(let parsed): value = parsed
        case .failure(.invalid): return .failure(.invalid)
        case .failure(.outOfRange): return .failure(bytes[range].first == ASCII.minus ? .negative : .tooLarge)
        case .failure(.tooPrecise): return .failure(.fractional)
        }
        guard let whole = value.exactInteger else { return .failure(.fractional) }
        return .success(whole)
    }

    private static func pointIsFollowedByThreeDigits(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let point = bytes[range].firstIndex(of: ASCII.dot) else { return false }
        var index = point + 1
        while index < range.upperBound, ASCII.isDigit(bytes[index]) { index += 1 }
        let isExponent = index < range.upperBound && (bytes[index] == ASCII.lowerE || bytes[index] == ASCII.upperE)
        return index - point - 1 == 3 && !isExponent
    }
}
