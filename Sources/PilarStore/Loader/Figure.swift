import PilarCore

/// Measurement figures (target, actual, baseline): exact decimals of at most
/// `Achievement.maximumFigureDigits` digits, so achievement and band are exact.
enum Figure {
    /// Why a figure cell was refused; each case knows how to explain itself.
    enum Problem: Error, Equatable {
        case invalid, outOfRange, tooManyDigits

        func message(value: String, column: String) -> String {
            switch self {
            case .invalid: "invalid number '\(value)' in column '\(column)'"
            case .outOfRange: "number '\(value)' in column '\(column)' is too large"
            case .tooManyDigits:
                "number '\(value)' in column '\(column)' has more than \(Achievement.maximumFigureDigits) digits"
            }
        }

        func hint(_ text: String, optional: Bool) -> String? {
            switch self {
            case .invalid: CellHints.badNumber(text, optional: optional)
            case .outOfRange, .tooManyDigits:
                "pilar keeps figures exactly, to \(Achievement.maximumFigureDigits) digits as spreadsheets do; round the figure"
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
