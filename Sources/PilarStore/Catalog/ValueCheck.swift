import PilarCore

/// Why a value cannot go into a field. The loader and every write report these with the same
/// words; only where the value was ("in column 'budget'", "for budget") differs.
public struct ValueProblem: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case missing
        case wrongType(expected: String)
        case yearOutOfRange
        case negativeMoney
        case fractionalMoney
        case tooManyDigits
        case unknownEnum(Domain, suggestion: String?)
        case unknownReference(entity: String, file: String, suggestion: String?)
    }

    public let kind: Kind
    /// The field's `missingHint`, kept for `.missing`.
    let missingHint: String?

    init(_ kind: Kind, missingHint: String? = nil) {
        self.kind = kind
        self.missingHint = missingHint
    }

    /// A required value is missing.
    public static func missing(_ field: FieldDeclaration) -> ValueProblem {
        ValueProblem(.missing, missingHint: field.missingHint)
    }

    /// The message, given the value as written and where it was (`column 'budget'` in a file,
    /// `field 'budget'` in a statement).
    public func message(value shown: String, place: String) -> String {
        switch kind {
        case .missing: place.hasPrefix("column") ? "empty value in required \(place)" : "missing value for required \(place)"
        case .wrongType(let expected): "'\(shown)' in \(place) is not \(expected)"
        case .yearOutOfRange:
            "year '\(shown)' in \(place) is outside the range \(ValueRule.years.lowerBound) to \(ValueRule.years.upperBound)"
        case .negativeMoney: "negative budget '\(shown)' in \(place)"
        case .fractionalMoney: "budget '\(shown)' in \(place) is not a whole number of rupiah"
        case .tooManyDigits: "number '\(shown)' in \(place) has more than \(Achievement.maximumFigureDigits) digits"
        case .unknownEnum(let domain, _): "unknown \(domain.rawValue) '\(shown)' in \(place)"
        case .unknownReference(let entity, _, _): "unknown \(entity) '\(shown)' in \(place)"
        }
    }

    public var hint: String? {
        switch kind {
        case .missing: missingHint
        case .wrongType: nil
        case .yearOutOfRange: nil
        case .negativeMoney: "a budget is zero or more; leave the cell empty when unknown"
        case .fractionalMoney: "write whole rupiah without thousands separators, e.g. 1500000000; leave the cell empty when unknown"
        case .tooManyDigits:
            "pilar keeps figures exactly, to \(Achievement.maximumFigureDigits) digits as spreadsheets do; round the figure"
        case .unknownEnum(let domain, let suggestion):
            suggestion.map { "did you mean '\($0)'?" } ?? "expected one of: \(domain.values.joined(separator: ", "))"
        case .unknownReference(let entity, let file, let suggestion):
            suggestion.map { "did you mean '\($0)'?" } ?? "\(file) has no \(entity) with that code"
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
                    return .failure(ValueProblem(field.rule == .money ? .fractionalMoney : .wrongType(expected: "a whole number")))
                }
                number = whole
            default: return .failure(ValueProblem(.wrongType(expected: "a number")))
            }
            if let problem = rule(field.rule, int: number) { return .failure(problem) }
            return .success(.int(number))
        case .decimal:
            guard let decimal = value.asDecimal else { return .failure(ValueProblem(.wrongType(expected: "a number"))) }
            if let problem = rule(field.rule, decimal: decimal) { return .failure(problem) }
            return .success(.decimal(decimal))
        case .text:
            guard case .text(let text) = value else { return .failure(ValueProblem(.wrongType(expected: "text"))) }
            // As in a file: an empty cell is null (so a required field cannot be ""), and a
            // CSV file cannot hold a NUL byte, so a saved masterplan would not load again.
            if text.isEmpty { return field.nullable ? .success(.null) : .failure(.missing(field)) }
            if text.utf8.contains(0) { return .failure(ValueProblem(.wrongType(expected: "text without a NUL character"))) }
            return .success(value)
        case .enumeration(let domain):
            guard case .text(let text) = value else { return .failure(ValueProblem(.wrongType(expected: "one of: \(domain.values.joined(separator: ", "))"))) }
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
                return .failure(ValueProblem(.unknownReference(entity: declaration.singular, file: declaration.fileName,
                                                               suggestion: DidYouMean.suggest(code, from: codes(target)))))
            default:
                return .failure(ValueProblem(.wrongType(expected: "the code of a \(catalog[target].singular)")))
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
