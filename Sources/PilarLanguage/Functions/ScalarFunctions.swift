import PilarCore
import PilarRender
import PilarStore

extension ScalarFunction {
    /// Every scalar function, in the order `.help functions` and completion list them.
    public static let all: [ScalarFunction] = [
        ScalarFunction(
            "lower", signature: "lower(text)", arity: 1...1, help: "the text in lower case",
            examples: [#"print lower("DISHUB")"#],
            type: { types throws(TypeProblem) in try types.require(0, .kindText, Checker.isTextLike); return .text },
            implementation: ofValue { value, call in .text(call.order.text(value).lowercased()) }
        ),
        ScalarFunction(
            "upper", signature: "upper(text)", arity: 1...1, help: "the text in upper case",
            examples: ["opds | select upper(code) as code | take 2"],
            type: { types throws(TypeProblem) in try types.require(0, .kindText, Checker.isTextLike); return .text },
            implementation: ofValue { value, call in .text(call.order.text(value).uppercased()) }
        ),
        ScalarFunction(
            "trim", signature: "trim(text)", arity: 1...1, help: "the text without blanks at either end",
            examples: [#"print "[" + trim("  Pekanbaru ") + "]""#],
            type: { types throws(TypeProblem) in try types.require(0, .kindText, Checker.isTextLike); return .text },
            implementation: ofValue { value, call in .text(String(call.order.text(value).trimmingSpaces)) }
        ),
        ScalarFunction(
            "len", signature: "len(text)", arity: 1...1, help: "the number of characters",
            examples: ["programmes | select code, len(name) as length | top 3 by length"],
            type: { types throws(TypeProblem) in try types.require(0, .kindText, Checker.isTextLike); return .int },
            implementation: ofValue { value, call in .int(Int64(call.order.text(value).count)) }
        ),
        ScalarFunction(
            "round", signature: "round(number[, digits])", arity: 1...2,
            help: "rounded half away from zero; digits < 0: tens, …",
            examples: ["print round(2.675, 2)", "programmes | select code, millions = round(budget, -6) | take 3"],
            type: { types throws(TypeProblem) in
                try types.require(0, .kindNumber) { $0.isNumeric }
                if types.count == 2 { try types.require(1, .kindWholeDigits) { $0 == .int || $0 == .null } }
                return types[0] == .int ? .int : .decimal
            },
            implementation: ofValue { value, call throws(Diagnostic) in
                var digits: Int64 = 0
                if call.count == 2 {
                    guard case .int(let requested) = try call.argument(1) else { return .null }
                    digits = requested
                }
                return try round(value, digits: digits, call)
            }
        ),
        ScalarFunction(
            "floor", signature: "floor(number)", arity: 1...1, help: "the whole number at or below",
            examples: ["print floor(-2.5)"],
            type: { types throws(TypeProblem) in try types.require(0, .kindNumber) { $0.isNumeric }; return types[0] },
            implementation: ofValue { value, _ in
                guard case .decimal(let number) = value else { return value }
                return .decimal(number.wholeNumber(roundingUp: false))
            }
        ),
        ScalarFunction(
            "ceil", signature: "ceil(number)", arity: 1...1, help: "the whole number at or above",
            examples: ["measurements | select indicator, year, ceil(achievement) | take 3"],
            type: { types throws(TypeProblem) in try types.require(0, .kindNumber) { $0.isNumeric }; return types[0] },
            implementation: ofValue { value, _ in
                guard case .decimal(let number) = value else { return value }
                return .decimal(number.wholeNumber(roundingUp: true))
            }
        ),
        ScalarFunction(
            "abs", signature: "abs(number)", arity: 1...1, help: "the number without its sign",
            examples: ["measurements | select indicator, year, gap = abs(actual - target) | take 3"],
            type: { types throws(TypeProblem) in try types.require(0, .kindNumber) { $0.isNumeric }; return types[0] },
            implementation: ofValue { value, call throws(Diagnostic) in
                switch value {
                case .int(let number):
                    guard number != .min else { throw call.error(Message(FunctionMessage.integerOverflowIn, ["name": "abs"])) }
                    return .int(Swift.abs(number))
                case .decimal(let number): return .decimal(number.magnitude)
                default: return .null
                }
            }
        ),
        ScalarFunction(
            "coalesce", signature: "coalesce(a, b, …)", arity: 1...64, help: "the first argument that is not null",
            examples: [#"opds | select code, head = coalesce(head, "vacant") | take 3"#],
            type: { types throws(TypeProblem) in
                var unified: ValueType = .null
                for (index, type) in types.types.enumerated() {
                    guard let next = Checker.unify(unified, type) else {
                        throw TypeProblem(.argumentsMix, ["first": .text(types.name(unified)), "second": .text(types.name(type))], at: .argument(index))
                    }
                    unified = next
                }
                return unified
            },
            implementation: { call throws(Diagnostic) in
                for index in 0..<call.count {
                    let value = try call.argument(index)
                    if !value.isNull { return value }
                }
                return .null
            }
        ),
        ScalarFunction(
            "if", signature: "if(condition, then, else)", arity: 3...3,
            help: "then if the condition is true, otherwise else",
            examples: [#"programmes | select code, size = if(budget >= 10_000_000_000, "large", "small") | take 3"#],
            type: { types throws(TypeProblem) in
                try types.require(0, .kindCondition) { $0 == .bool || $0 == .null }
                guard let unified = Checker.unify(types[1], types[2]) else {
                    throw TypeProblem(.branchesDiffer, ["first": .text(types[1].name(in: types.catalog)), "second": .text(types[2].name(in: types.catalog))], at: .call)
                }
                return unified
            },
            implementation: { call throws(Diagnostic) in
                if case .bool(true) = try call.argument(0) { return try call.argument(1) }
                return try call.argument(2)
            }
        ),
        ScalarFunction(
            "text", signature: "text(value)", arity: 1...1, help: "the value as text, as csv shows it",
            examples: [#"programmes | select code, label = code + ": " + text(start_year) | take 2"#],
            type: { _ throws(TypeProblem) in .text },
            implementation: ofValue { value, call in .text(call.order.text(value)) }
        ),
        ScalarFunction(
            "number", signature: "number(text)", arity: 1...1,
            help: "text as a number: a dot for decimals, no grouping",
            examples: [#"print number("1_500.25") * 2"#],
            type: { types throws(TypeProblem) in
                try types.require(0, .kindText) { Checker.isTextLike($0) || $0.isNumeric }
                return .decimal
            },
            implementation: ofValue { value, call throws(Diagnostic) in try number(value, call) }
        ),
        ScalarFunction(
            "rupiah", signature: #"rupiah(number[, "short"])"#, arity: 1...2,
            help: #"rupiah as written in Indonesia: Rp 1.250.000.000; "short": Rp 1,25 M (rb, jt, M, T)"#,
            examples: ["programmes | select code, budget, rp = rupiah(budget) | take 2",
                       #"programmes | select code, rp = rupiah(budget, "short") | take 3"#],
            type: { types throws(TypeProblem) in
                try types.require(0, .kindNumber) { $0.isNumeric }
                if types.count == 2 { try types.require(1, .kindText) { Checker.isTextLike($0) } }
                return .text
            },
            implementation: ofValue { value, call throws(Diagnostic) in
                guard let number = value.asDecimal else { throw call.overflow("rupiah()") }
                guard call.count == 2 else { return .text(NumberWriting.rupiah(number)) }
                let style = try call.argument(1)
                if style.isNull { return .null }
                let word = call.order.text(style)
                guard word.lowercased() == "short" else {
                    throw call.error(Message(NumberFunctionMessage.unknownRupiahStyle, ["style": .text(word)]),
                                     hint: Message(NumberFunctionMessage.rupiahStyleHint))
                }
                return .text(NumberWriting.rupiahShort(number))
            }
        ),
        ScalarFunction(
            "percent", signature: "percent(number[, digits])", arity: 1...2,
            help: "a percentage as text with digits decimals (default 1): 85.5% (85,5% with .locale id)",
            examples: ["measurements | select indicator, year, done = percent(achievement) | take 3"],
            type: { types throws(TypeProblem) in
                try types.require(0, .kindNumber) { $0.isNumeric }
                if types.count == 2 { try types.require(1, .kindWholeDigits) { $0 == .int || $0 == .null } }
                return .text
            },
            implementation: ofValue { value, call throws(Diagnostic) in
                guard let number = value.asDecimal else { throw call.overflow("percent()") }
                let digits = try decimalsArgument(call, function: "percent", default: 1)
                guard let digits else { return .null }
                return .text(NumberWriting.percent(number, digits: digits, locale: call.executor.locale))
            }
        ),
        ScalarFunction(
            "format", signature: "format(number, pattern)", arity: 2...2,
            help: ##"the number as text by a pattern such as "#,##0.00" (0 a digit, # a digit when needed, separators of the locale)"##,
            examples: [##"programmes | select code, text = format(budget, "Rp #,##0") | take 2"##,
                       #"print format(2.5, "000.00")"#],
            type: { types throws(TypeProblem) in
                try types.require(0, .kindNumber) { $0.isNumeric }
                try types.require(1, .kindTextPattern) { Checker.isTextLike($0) }
                return .text
            },
            implementation: ofValue { value, call throws(Diagnostic) in
                guard let number = value.asDecimal else { throw call.overflow("format()") }
                let patternValue = try call.argument(1)
                if patternValue.isNull { return .null }
                let text = call.order.text(patternValue)
                let pattern: NumberPattern
                do throws(NumberPattern.Problem) {
                    pattern = try NumberPattern.parse(text)
                } catch {
                    throw call.error(Message(error.key, ["pattern": .text(text)]), hint: Message(NumberFunctionMessage.patternHint))
                }
                return .text(pattern.write(number, locale: call.executor.locale))
            }
        ),
    ]

    /// The decimals argument of `percent`: `fallback` when absent, nil when null; 0 to 18.
    private static func decimalsArgument(_ call: FunctionCall, function: String, default fallback: Int) throws(Diagnostic) -> Int? {
        guard call.count == 2 else { return fallback }
        let value = try call.argument(1)
        guard case .int(let digits) = value else { return nil }
        guard (0...Int64(DecimalNumber.maximumScale)).contains(digits) else {
            throw call.error(Message(NumberFunctionMessage.digitsOutOfRange, ["function": .text(function), "digits": .text(String(digits))]),
                             hint: Message(NumberFunctionMessage.digitsHint, ["function": .text(function)]))
        }
        return Int(digits)
    }

    /// `round(x, digits)`, half away from zero, exactly; negative digits round to tens,
    /// hundreds, …. Ints stay ints.
    private static func round(_ value: Value, digits: Int64, _ call: FunctionCall) throws(Diagnostic) -> Value {
        switch value {
        case .int(let number):
            guard digits < 0 else { return value }
            // The decimal rounding, on the int as a whole decimal: one mechanism for both
            // types, and a result beyond the int range (or Int64.min itself) is an overflow.
            guard let whole = DecimalNumber(number)?.rounded(toDecimals: Int(max(-40, digits)))?.exactInteger else {
                throw call.error(Message(FunctionMessage.integerOverflowIn, ["name": "round"]), hint: Message(FunctionMessage.resultBeyond))
            }
            return .int(whole)
        case .decimal(let number):
            let clamped = Int(max(-40, min(Int64(DecimalNumber.maximumScale), digits)))
            guard let result = number.rounded(toDecimals: clamped) else { throw call.overflow("round()") }
            // round(x, 1) shows one decimal in the table even when it is 13.0.
            guard clamped >= 0 else { return .decimal(result) }
            return .decimal(result.keepingScale(clamped) ?? result)
        default:
            return .null
        }
    }

    /// `number(x)`: numbers as they are; text read in pilar's own notation (a dot for
    /// decimals, `_` between digits, no grouping). Text that is not a number is an error
    /// rather than a guess: `1,5` could mean 1.5 or 15.
    private static func number(_ value: Value, _ call: FunctionCall) throws(Diagnostic) -> Value {
        switch value {
        case .int(let integer):
            guard let decimal = DecimalNumber(integer) else { throw call.overflow("number()") }
            return .decimal(decimal)
        case .decimal: return value
        default: break
        }
        let original = call.order.text(value)
        let text = original.trimmingSpaces
        if text.isEmpty { return .null }
        let plain = String(text.filter { $0 != "_" })
        switch DecimalNumber.parse(plain) {
        case .success(let decimal):
            return .decimal(decimal)
        case .failure(.outOfRange):
            throw call.error(Message(FunctionMessage.numberOutOfRange, ["text": .text(original)]), hint: Message(FunctionMessage.numbersRange))
        case .failure(.tooPrecise):
            throw call.error(Message(FunctionMessage.numberTooPrecise, ["text": .text(original)]),
                             hint: Message(FunctionMessage.decimalsKept, ["count": .number(DecimalNumber.maximumScale)]))
        case .failure(.invalid):
            let hint = if text.contains(",") || text.filter({ $0 == "." }).count > 1 {
                Message(FunctionMessage.numberAmbiguous, ["text": .text(original)])
            } else {
                Message(FunctionMessage.writeANumber)
            }
            throw call.error(Message(FunctionMessage.notANumber, ["text": .text(original)]), hint: hint)
        }
    }
}
