/// One cell of a sheet as the workbook stores it, before any masterplan rule is applied.
struct SheetCell: Sendable {
    enum Kind: Sendable, Equatable {
        /// Text: a shared string, an inline string, or a formula's text result.
        case text
        /// A number as written in `<v>` (the cached result for a formula).
        case number
        /// A number shown as a date by its style: a day count since 1900 (or 1904).
        case date
        /// TRUE or FALSE.
        case bool
        /// `#N/A`, `#DIV/0!`, …: a formula that failed.
        case error
    }
    /// 0-based column (A = 0).
    var column: Int
    var kind: Kind
    var text: String
}

/// The non-empty rows of one sheet, in order, each with its 1-based row number.
struct SheetGrid: Sendable {
    struct Row: Sendable {
        var number: Int
        var cells: [SheetCell]
    }
    var rows: [Row] = []

    /// `H` for column 7, `AA` for 26.
    static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// `H7` → (6, 7); nil for anything else.
    static func reference(_ text: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where row == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > 10_000_000 { return nil }
            default: return nil
            }
        }
        guard letters > 0, letters <= 3 else { return nil }
        return (column - 1, row)
    }
}
