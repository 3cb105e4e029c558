/// Budgets: whole rupiah in 64 bits, zero or more.
enum Money {
    /// Why a budget cell was refused; each case knows how to explain itself.
    enum Problem: Error, Equatable {
        case invalid, negative, fractional, tooLarge

        func message(value: String, column: String) -> String {
            switch self {
            case .invalid: "invalid number '\(value)' in column '\(column)'"
            case .negative: "negative budget '\(value)' in column '\(column)'"
            case .fractional: "budget '\(value)' in column '\(column)' is not a whole number of rupiah"
            case .tooLarge: "budget '\(value)' in column '\(column)' is too large (at most \(Int64.max) rupiah)"
            }
        }

        var hint: String {
            switch self {
            case .invalid, .fractional: "write whole rupiah without thousands separators, e.g. 1500000000; leave the cell empty when unknown"
            case .negative: "a budget is zero or more; leave the cell empty when unknown"
            case .tooLarge: "check the figure; budgets are whole rupiah"
            }
        }
    }

    static func parse(_ bytes: [UInt8], _ range: Range<Int>) -> Result<Int64, Problem> {
        switch ByteNumber.integer(bytes, range) {
        case .value(let value):
            return value < 0 ? .failure(.negative) : .success(value)
        case .overflow(let negative):
            return .failure(negative ? .negative : .tooLarge)
        case .invalid:
            break
        }
        // Spreadsheets write large figures as `2.5E+10` or `1500000.00`; accept them when whole.
        guard let value = ByteNumber.decimal(bytes, range) else { return .failure(.invalid) }
        if value < 0 { return .failure(.negative) }
        if value != value.rounded(.towardZero) { return .failure(.fractional) }
        // 2^63 is the first Double beyond Int64; every whole Double below it converts exactly.
        guard value < 9_223_372_036_854_775_808.0 else { return .failure(.tooLarge) }
        return .success(Int64(value))
    }
}
