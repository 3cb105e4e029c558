import PilarCore

/// Why a value cannot go into a field. The loader and every write report these with the same
/// words; only where the value was ("in column 'budget'", "for budget") differs.
public struct ValueProblem: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case missing
        case wrongType(expected: Message)
        case yearOutOfRange
        case negativeMoney
        case fractionalMoney
        case tooManyDigits
        case unknownEnum(Domain, suggestion: String?)
        case unknownReference(entity: Message, file: String, suggestion: String?)
    }

    /// Where the value was: a cell of a file's column, or a field set by a statement.
    public enum Place: Sendable, Equatable {
        case column(String)
        case field(String)

        var message: Message {
            switch self {
            case .column(let name): .column(name)
            case .field(let name): .field(name)
            }
        }
    }

    public let kind: Kind
    /// The field's `missingHint`, kept for `.missing`.
    let missingHint: Message?

    init(_ kind: Kind, missingHint: Message? = nil) {
        self.kind = kind
        self.missingHint = missingHint
    }

    /// A required value is missing.
    public static func missing(_ field: FieldDeclaration) -> ValueProblem {
        ValueProblem(.missing, missingHint: field.missingHint)
    }

    /// The message, given the value as written and where it was.
    public func message(value shown: String, place: Place) -> Message {
        let value = MessageArgument.text(shown)
        let at = MessageArgument.message(place.message)
        return switch kind {
        case .missing:
            if case .column = place { Message(ValueMessage.emptyRequired, ["place": at]) }
            else { Message(ValueMessage.missingRequired, ["place": at]) }
        case .wrongType(let expected): Message(ValueMessage.wrongType, ["value": value, "place": at, "expected": .message(expected)])
        case .yearOutOfRange:
            Message(ValueMessage.yearOutOfRange, ["value": value, "place": at,
                                                  "low": .text(String(ValueRule.years.lowerBound)), "high": .text(String(ValueRule.years.upperBound))])
        case .negativeMoney: Message(ValueMessage.negativeBudget, ["value": value, "place": at])
        case .fractionalMoney: Message(ValueMessage.fractionalBudget, ["value": value, "place": at])
        case .tooManyDigits: Message(ValueMessage.tooManyDigits, ["value": value, "place": at, "digits": .text(String(Achievement.maximumFigureDigits))])
        case .unknownEnum(let domain, _): Message(ValueMessage.unknownValue, ["domain": .message(domain.noun), "value": value, "place": at])
        case .unknownReference(let entity, _, _): Message(ValueMessage.unknownReference, ["entity": .message(entity), "value": value, "place": at])
        }
    }

    public var hint: Message? {
        switch kind {
        case .missing: missingHint
        case .wrongType: nil
        case .yearOutOfRange: nil
        case .negativeMoney: Message(ValueMessage.negativeBudgetHint)
        case .fractionalMoney: Message(ValueMessage.wholeRupiahHint)
        case .tooManyDigits: Message(ValueMessage.figureDigitsHint, ["digits": .text(String(Achievement.maximumFigureDigits))])
        case .unknownEnum(let domain, let suggestion):
            suggestion.map(Message.didYouMean)
                ?? Message(ValueMessage.expectedOneOfHint, ["values": .list(domain.values.map { .text($0) })])
        case .unknownReference(let entity, let file, let suggestion):
            suggestion.map(Message.didYouMean) ?? Message(ValueMessage.noSuchCodeHint, ["file": .text(file), "entity": .message(entity)])
        }
    }
}

/// Checks a value against a field's declaration and gives it the form the store keeps: the one
/// validation used by the loader (after reading a cell's text) and by every write.
public enum ValueCheck {
    /// Looks up a referenced row by code: the row, or nil with the known codes for did-you-mean.
    public typealias CodeLookup = (Entity, String) -> Int32?

    /// The stored form of `value` for `field`: `.ref` for a reference given by code, the
    /// domain's spelling for an enum, a decimal for an int given to a decimal field. Null is
    /// accepted only for a nullable field.
    public static func check(
        _ value: Value, for field: FieldDeclaration, in catalog: Catalog,
        lookup: CodeLookup, codes: (Entity) -> [String]
    ) -> Result<Value, ValueProblem> {
        if value.isNull {
            return field.nullable ? .success(.null) : .failure(.missing(field))
        }
        switch field.type {
        case .int:
            let number: Int64
            switch value {
            case .int(let int): number = int
            case .decimal(let decimal):
                guard let whole = decimal.exactInteger else {
                    return .failure(ValueProblem(field.rule == .money ? .fractionalMoney : .wrongType(expected: Message(ValueMessage.expectedWholeNumber))))
                }
                number = whole
            default: return .failure(ValueProblem(.wrongType(expected: Message(ValueMessage.expectedNumber))))
            }
            if let problem = rule(field.rule, int: number) { return .failure(problem) }
            return .success(.int(number))
        case .decimal:
            guard let decimal = value.asDecimal else { return .failure(ValueProblem(.wrongType(expected: Message(ValueMessage.expectedNumber)))) }
            if let problem = rule(field.rule, decimal: decimal) { return .failure(problem) }
            return .success(.decimal(decimal))
        case .text:
            guard case .text(let text) = value else { return .failure(ValueProblem(.wrongType(expected: Message(ValueMessage.expectedText)))) }
            // As in a file: an empty cell is null (so a required field cannot be ""), and a
            // CSV file cannot hold a NUL byte, so a saved masterplan would not load again.
            if text.isEmpty { return field.nullable ? .success(.null) : .failure(.missing(field)) }
            if text.utf8.contains(0) { return .failure(ValueProblem(.wrongType(expected: Message(ValueMessage.expectedTextWithoutNUL)))) }
            return .success(value)
        case .enumeration(let domain):
            guard case .text(let text) = value else { return .failure(ValueProblem(.wrongType(expected: Message(ValueMessage.expectedOneOf, ["values": .list(domain.values.map { .text($0) })])))) }
            guard domain.ordinal(of: text) != nil else {
                return .failure(ValueProblem(.unknownEnum(domain, suggestion: DidYouMean.suggest(text, from: domain.values))))
            }
            return .success(value)
        case .reference(let target):
            switch value {
            case .ref(let entity, _) where entity == target:
                return .success(value)
            case .text(let code):
                if let row = lookup(target, code) { return .success(.ref(target, row)) }
                let declaration = catalog[target]
                return .failure(ValueProblem(.unknownReference(entity: declaration.noun, file: declaration.fileName,
                                                               suggestion: DidYouMean.suggest(code, from: codes(target)))))
            default:
                return .failure(ValueProblem(.wrongType(expected: Message(ValueMessage.expectedCodeOf, ["entity": .message(catalog[target].noun)]))))
            }
        }
    }

    /// The rule of an int field, for a value already read as an int.
    public static func rule(_ rule: ValueRule, int value: Int64) -> ValueProblem? {
        switch rule {
        case .year: ValueRule.years.contains(value) ? nil : ValueProblem(.yearOutOfRange)
        case .money: value < 0 ? ValueProblem(.negativeMoney) : nil
        case .none, .figure: nil
        }
    }

    /// The rule of a decimal field, for a value already read as a decimal.
    public static func rule(_ rule: ValueRule, decimal value: DecimalNumber) -> ValueProblem? {
        switch rule {
        case .figure: value.digitCount <= Achievement.maximumFigureDigits ? nil : ValueProblem(.tooManyDigits)
        case .none, .year, .money: nil
        }
    }
}
