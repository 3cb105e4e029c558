import PilarCore
import PilarStore

extension Checker {
    func checkBinary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, span: Span,
                     in scope: inout Scope) throws(Diagnostic) -> Checked {
        let (leftBound, leftType) = try checkScalar(left, in: &scope)
        let (rightBound, rightType) = try checkScalar(right, in: &scope)
        switch op {
        case .and, .or:
            for (side, type) in [(left, leftType), (right, rightType)] where type != .bool && type != .null {
                throw error(CheckerMessage.needsConditionsOnBothSides, ["operator": .text(op.rawValue), "type": .text(typeName(type))],
                            at: side.span)
            }
            return .scalar(op == .and ? .and(leftBound, rightBound) : .or(leftBound, rightBound), .bool)
        case .contains, .startsWith:
            for (side, type) in [(left, leftType), (right, rightType)] where !Checker.isTextLike(type) {
                throw error(CheckerMessage.worksOnText, ["operator": .text(op.rawValue), "type": .text(typeName(type))],
                            at: side.span, hint: type.isNumeric ? Message(CheckerMessage.convertWithText) : nil)
            }
            return .scalar(op == .contains ? .contains(leftBound, rightBound) : .startsWith(leftBound, rightBound), .bool)
        case .endsWith, .like, .equalIgnoringCase:
            return try checkTextMatch(op, (left, leftBound, leftType), (right, rightBound, rightType), span: span)
        case .add, .subtract, .multiply, .divide, .remainder:
            if op == .add, Checker.isTextLike(leftType), Checker.isTextLike(rightType), leftType != .null || rightType != .null {
                return .scalar(.arithmetic(.add, leftBound, rightBound, span: span), .text)
            }
            for (side, type) in [(left, leftType), (right, rightType)] where !type.isNumeric {
                throw error(CheckerMessage.needsNumbers, ["operator": .text(op.rawValue), "expression": .text(source.text(of: side.span)),
                                                          "type": .text(typeName(type))], at: side.span,
                            hint: op == .add && Checker.isTextLike(type) ? Message(CheckerMessage.joinTexts) : nil)
            }
            let resultType: ValueType
            if op == .divide || leftType == .decimal || rightType == .decimal {
                resultType = .decimal
            } else if leftType == .null && rightType == .null {
                resultType = .null
            } else {
                resultType = .int
            }
            return .scalar(.arithmetic(op, leftBound, rightBound, span: span), resultType)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            if leftType == .null || rightType == .null, op == .equal || op == .notEqual {
                let other = leftType == .null ? right : left
                throw error(CheckerMessage.nullComparison, at: span,
                            hint: Message(CheckerMessage.writeIsNull, ["expression": .text(source.text(of: other.span)),
                                                                       "not": .text(op == .equal ? "" : "not ")]))
            }
            let mode = try comparisonMode(leftType, rightType, leftExpression: left, rightExpression: right, span: span)
            return .scalar(.compare(op, leftBound, rightBound, mode), .bool)
        }
    }

    func checkIn(_ needle: Expression, _ haystack: Expression, negated: Bool, in scope: inout Scope) throws(Diagnostic) -> Checked {
        let (needleBound, needleType) = try checkScalar(needle, in: &scope)
        let checked = try check(haystack, in: &scope)
        guard case .list(let list, let element) = checked else {
            throw error(CheckerMessage.inNeedsList, at: haystack.span)
        }
        var mode = ComparisonMode.null
        if case .literal = list, case .list(let items) = haystack.kind {
            for item in items {
                var itemScope = Scope(rowType: scope.rowType, aggregateMode: .none(reason: Message(FunctionMessage.reasonListItems)))
                let (_, itemType) = try checkScalar(item, in: &itemScope)
                let itemMode = try comparisonMode(needleType, itemType, leftExpression: needle, rightExpression: item, span: item.span)
                if case .null = mode { mode = itemMode }
            }
        } else {
            mode = try comparisonMode(needleType, element, leftExpression: needle, rightExpression: haystack, span: haystack.span)
        }
        return .scalar(.inList(needleBound, list, mode, negated: negated), .bool)
    }

    static func isTextLike(_ type: ValueType) -> Bool {
        switch type {
        case .text, .enumeration, .ref, .null: true
        default: false
        }
    }

    /// Decides how two values compare, and checks literals against enum domains and codes so
    /// that `pillar == "mobilty"` is caught before anything runs.
    func comparisonMode(_ left: ValueType, _ right: ValueType, leftExpression: Expression, rightExpression: Expression,
                        span: Span) throws(Diagnostic) -> ComparisonMode {
        switch (left, right) {
        case (.null, _), (_, .null):
            return .null
        case (.int, .int), (.int, .decimal), (.decimal, .int), (.decimal, .decimal):
            return .numeric
        case (.bool, .bool):
            return .bool
        case (.text, .text):
            return .text
        case (.enumeration(let a), .enumeration(let b)) where a == b:
            return .domain(a)
        case (.enumeration(let domain), .text):
            try checkDomainLiteral(rightExpression, domain: domain.acceptedValues, what: domain.rawValue)
            return .domain(domain)
        case (.text, .enumeration(let domain)):
            try checkDomainLiteral(leftExpression, domain: domain.acceptedValues, what: domain.rawValue)
            return .domain(domain)
        case (.ref(let a), .ref(let b)) where a == b:
            return .reference(a)
        case (.ref(let entity), .text):
            try checkCodeLiteral(rightExpression, entity: entity)
            return .referenceCode(entity)
        case (.text, .ref(let entity)):
            try checkCodeLiteral(leftExpression, entity: entity)
            return .referenceCode(entity)
        default:
            var problem = error(CheckerMessage.cannotCompare, ["left": .text(typeName(left)), "right": .text(typeName(right))],
                                at: span, hint: comparisonHint(left, right))
            if let quoted = quotedNumber(left, right, leftExpression, rightExpression) {
                let inside = span.start <= quoted.span.start && quoted.span.end <= span.end
                let shown = inside ? source.text(of: Span(span.start, quoted.span.start)) + quoted.number
                    + source.text(of: Span(quoted.span.end, span.end)) : quoted.number
                problem.hintText = Message(CheckerMessage.numbersWithoutQuotes, ["example": .text(shown)])
                throw problem.fixing(quoted.span, with: quoted.number)
            }
            // A text field against a number: unquoting is not the answer (`name between 1 and 2`).
            if problem.hintText != nil { problem.hintText = Message(CheckerMessage.textComparesWithText) }
            throw problem
        }
    }

    /// A code compared with a row of a small fixed list (the pillars) must be one of its rows:
    /// `pillar == "mobilty"` is a typo, not a question with no answer.
    func checkFixedListLiteral(_ expression: Expression, entity: Entity) throws(Diagnostic) {
        guard store.catalog[entity].isFixedList else { return }
        let table = store.table(entity)
        let codes = (0..<table.count).compactMap { table.code(of: $0) }
        try checkDomainLiteral(expression, domain: codes, what: singular(entity))
    }

    func checkDomainLiteral(_ expression: Expression, domain: [String], what: String) throws(Diagnostic) {
        guard case .string(let text) = expression.kind, !domain.contains(text) else { return }
        let hint = DidYouMean.suggest(text, from: domain).map { Message(CheckerMessage.didYouMeanQuoted, ["value": .text($0)]) }
            ?? Message(CheckerMessage.isOneOf, ["what": .text(what),
                                                "values": .text(domain.map { "\"\($0)\"" }.joined(separator: ", "))])
        let suggestion = DidYouMean.suggest(text, from: domain)
        throw error(CheckerMessage.notADomainValue, ["value": .text(text), "what": .text(what)], at: expression.span, hint: hint)
            .fixing(expression.span, with: Checker.stringLiteral(suggestion ?? domain.first ?? text))
    }

    /// `year == "2019"`: the text side is a quoted number, and the fix unquotes it. Nil when
    /// the text is a field (`name between 1 and 2`), which quotes cannot fix.
    private func quotedNumber(_ left: ValueType, _ right: ValueType, _ leftExpression: Expression,
                              _ rightExpression: Expression) -> (span: Span, number: String)? {
        let side = left == .text && right.isNumeric ? leftExpression : right == .text && left.isNumeric ? rightExpression : nil
        guard let side, case .string(let text) = side.kind, !text.isEmpty,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), text.first != ".", text.last != "." else { return nil }
        return (side.span, text)
    }

    private func comparisonHint(_ left: ValueType, _ right: ValueType) -> Message? {
        if (left == .text && right.isNumeric) || (right == .text && left.isNumeric) {
            return Message(CheckerMessage.numbersWithoutQuotes, ["example": .text("year == 2019")])
        }
        return nil
    }
}
