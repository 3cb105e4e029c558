/// Hints for the commonest ways a hand-made spreadsheet gets a cell wrong.
enum CellHints {
    static func badNumber(_ text: String, optional: Bool) -> String? {
        if text.contains(",") { return "use a dot for decimals and no thousands separators, e.g. 12.5" }
        if text.hasSuffix("%") { return "write the number without '%'" }
        if optional { return "write a number such as 12.5, or leave the cell empty when there is none" }
        return "write a number such as 12.5"
    }

    static func badYear(_ text: String) -> String {
        if text.contains(where: { $0.isNumber && !$0.isASCII }) {
            return "write the year with the digits 0-9, e.g. 2021 (not full-width or other digits)"
        }
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            return "remove the blanks inside the quotes, e.g. 2021"
        }
        return "write the year as a whole number, e.g. 2021"
    }
}
