import PilarCore

/// Hints for the commonest ways a hand-made spreadsheet gets a cell wrong.
enum CellHints {
    static func badNumber(_ text: String, optional: Bool) -> Message? {
        if text.contains(",") { return Message(ValueMessage.decimalSeparatorHint) }
        if text.hasSuffix("%") { return Message(ValueMessage.percentHint) }
        if optional { return Message(ValueMessage.optionalNumberHint) }
        return Message(ValueMessage.numberHint)
    }

    static func badYear(_ text: String) -> Message {
        if text.contains(where: { $0.isNumber && !$0.isASCII }) {
            return Message(ValueMessage.yearDigitsHint)
        }
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            return Message(ValueMessage.yearBlanksHint)
        }
        return Message(ValueMessage.yearHint)
    }
}
