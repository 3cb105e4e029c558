import PilarCore

/// Recognises a whole number written with thousands separators (`15.000`, `1.250.000`,
/// `15,000`, `1.250.000,50`), which an integer column refuses: in Indonesian `15.000` is
/// fifteen thousand, in English fifteen, and pilar does not guess which was meant.
enum Grouping {
    /// A number written with thousands grouping: its digits without separators (and without
    /// any fraction), whether the groups were dots, and whether a fraction followed.
    struct Match: Equatable {
        let digits: String
        let dotGrouped: Bool
        let hasFraction: Bool
    }

    /// `[+-]d{1,3}(S ddd)+` with one separator S (dot or comma) throughout, optionally
    /// followed by the other separator and digits (`1.250.000,50`, `1,250,000.50`).
    static func match(_ bytes: [UInt8], _ range: Range<Int>) -> Match? {
        var index = range.lowerBound
        let end = range.upperBound
        var digits = ""
        if index < end, bytes[index] == ASCII.minus || bytes[index] == ASCII.plus {
            if bytes[index] == ASCII.minus { digits = "-" }
            index += 1
        }
        let lead = run(bytes, from: index, to: end)
        guard (1...3).contains(lead) else { return nil }
        digits += String(decoding: bytes[index..<(index + lead)], as: UTF8.self)
        index += lead
        guard index < end, bytes[index] == ASCII.dot || bytes[index] == ASCII.comma else { return nil }
        let separator = bytes[index]
        var groups = 0
        while index < end, bytes[index] == separator {
            let group = run(bytes, from: index + 1, to: end)
            guard group == 3 else { return nil }
            digits += String(decoding: bytes[(index + 1)..<(index + 4)], as: UTF8.self)
            index += 4
            groups += 1
        }
        guard groups > 0 else { return nil }
        var hasFraction = false
        if index < end {
            // Only the other separator may follow, then digits to the end.
            guard bytes[index] == (separator == ASCII.dot ? ASCII.comma : ASCII.dot) else { return nil }
            let fraction = run(bytes, from: index + 1, to: end)
            guard fraction > 0, index + 1 + fraction == end else { return nil }
            hasFraction = true
        }
        return Match(digits: digits, dotGrouped: separator == ASCII.dot, hasFraction: hasFraction)
    }

    private static func run(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, ASCII.isDigit(bytes[index]) { index += 1 }
        return index - start
    }

    /// The message for a grouped value in an integer column.
    static func message(_ match: Match, value: String, column: String) -> Message {
        Message(match.dotGrouped ? ValueMessage.groupedNumberIndonesian : .groupedNumber,
                ["value": .text(value), "place": .message(.column(column))])
    }

    /// How to write it instead: `budget is whole rupiah: write 15000`.
    static func hint(_ match: Match, column: String, isMoney: Bool) -> Message {
        let key: ValueMessage = switch (isMoney, match.hasFraction) {
        case (true, false): .groupingHintMoney
        case (true, true): .groupingHintMoneyFraction
        case (false, false): .groupingHintNumber
        case (false, true): .groupingHintNumberFraction
        }
        return Message(key, ["column": .text(column), "digits": .text(match.digits)])
    }
}
