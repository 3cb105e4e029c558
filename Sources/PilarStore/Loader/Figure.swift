import PilarCore

/// Measurement figures (target, actual, baseline): exact decimals of at most
/// `Achievement.maximumFigureDigits` digits, so achievement and band are exact.
enum Figure {
    /// Why a figure cell was refused; each case knows how to explain itself.
    enum Problem: Error, Equatable {
        case invalid, outOfRange, tooManyDigits

        func message(value: String, column: String) -> Message {
            let arguments: [String: MessageArgument] = ["value": .text(value), "place": .message(.column(column))]
            return switch self {
            case .invalid: Message(ValueMessage.invalidNumber, arguments)
            case .outOfRange: Message(ValueMessage.numberTooLarge, arguments)
            case .tooManyDigits:
                Message(ValueMessage.tooManyDigits, arguments.merging(["digits": .text(String(Achievement.maximumFigureDigits))]) { $1 })
            }
        }

        func hint(_ text: String, optional: Bool) -> Message? {
            switch self {
            case .invalid: CellHints.badNumber(text, optional: optional)
            case .outOfRange, .tooManyDigits:
                Message(ValueMessage.figureDigitsHint, ["digits": .text(String(Achievement.maximumFigureDigits))])
            }
        }
    }

    static func parse(_ bytes: ArraySlice<UInt8>) -> Result<DecimalNumber, Problem> {
        switch DecimalNumber.parse(bytes) {
        case .success(let value):
            // The digit limit of figures is their field's rule, checked by `ValueCheck`.
            return .success(value)
        case .failure(.invalid): return .failure(.invalid)
        case .failure(.outOfRange): return .failure(.outOfRange)
        case .failure(.tooPrecise): return .failure(.tooManyDigits)
        }
    }
}
