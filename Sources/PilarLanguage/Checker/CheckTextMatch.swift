import PilarCore
import PilarStore

extension Checker {
    /// `a ends_with b`, `a like "MOB-%"`, `a ~= b`: text on both sides, as for `contains`.
    func checkTextMatch(_ op: BinaryOperator, _ left: (Expression, BoundExpression, ValueType),
                        _ right: (Expression, BoundExpression, ValueType), span: Span) throws(Diagnostic) -> Checked {
        for (side, _, type) in [left, right] where !Checker.isTextLike(type) {
            throw error(CheckerMessage.worksOnText, ["operator": .text(op.rawValue), "type": .text(typeName(type))],
                        at: side.span, hint: type.isNumeric ? Message(CheckerMessage.convertWithText) : nil)
        }
        let function = switch op {
        case .like: TextMatch.like
        case .equalIgnoringCase: TextMatch.equalIgnoringCase
        default: TextMatch.endsWith
        }
        return .scalar(.function(function, [left.1, right.1], span: span), .bool)
    }

    /// `x between a and b` is `x >= a and x <= b`, each compared as `>=` and `<=` would be
    /// (so enum bounds are checked against their domain); null anywhere gives null or false
    /// as that `and` does.
    func checkBetween(_ value: Expression, _ low: Expression, _ high: Expression, negated: Bool, span: Span,
                      in scope: inout Scope) throws(Diagnostic) -> Checked {
        let (valueBound, valueType) = try checkScalar(value, in: &scope)
        let (lowBound, lowType) = try checkScalar(low, in: &scope)
        let (highBound, highType) = try checkScalar(high, in: &scope)
        let lowMode = try betweenMode(valueType, lowType, value, low)
        let highMode = try betweenMode(valueType, highType, value, high)
        let inside = BoundExpression.and(.compare(.greaterEqual, valueBound, lowBound, lowMode),
                                         .compare(.lessEqual, valueBound, highBound, highMode))
        return .scalar(negated ? .not(inside) : inside, .bool)
    }

    /// The bounds of a range of codes (`opd between "A" and "E"`) need not be codes, so they
    /// are not looked up as `==` would; a fixed list orders as listed, so its bounds must be rows.
    private func betweenMode(_ valueType: ValueType, _ boundType: ValueType, _ value: Expression,
                             _ bound: Expression) throws(Diagnostic) -> ComparisonMode {
        if case .ref(let entity) = valueType, boundType == .text, !store.catalog[entity].isFixedList {
            return .referenceCode(entity)
        }
        return try comparisonMode(valueType, boundType, leftExpression: value, rightExpression: bound, span: bound.span)
    }
}
