import PilarCore
import PilarStore

/// One scalar function declared in one place, DuckDB `ScalarFunction(...)` style: its name,
/// signature, arity, type rule, implementation, help line and runnable examples. The checker,
/// the evaluator, completion and `.help functions` all read it; the list is
/// `ScalarFunction.all` (ScalarFunctions.swift).
///
/// The checker resolves a call to its declaration once, into the bound expression, so
/// evaluating a call per row is a closure call, never a lookup by name.
public struct ScalarFunction: Sendable {
    /// Evaluates one call on one row; the arguments are evaluated on demand (`if` and
    /// `coalesce` evaluate only what they need).
    typealias Implementation = @Sendable (FunctionCall) throws(Diagnostic) -> Value

    public let name: String
    /// How messages and `.help` write a call (`round(number[, digits])`).
    public let signature: String
    /// How many arguments it takes.
    public let arity: ClosedRange<Int>
    /// One line for `.help functions`.
    public let help: String
    /// Statements using the function that run on the demo data (the registry tests run them).
    public let examples: [String]
    /// The argument types to the result type, or a problem the checker locates.
    let typeRule: @Sendable (ArgumentTypes) throws(TypeProblem) -> ValueType
    let implementation: Implementation

    init(_ name: String, signature: String, arity: ClosedRange<Int>, help: String, examples: [String],
         type typeRule: @escaping @Sendable (ArgumentTypes) throws(TypeProblem) -> ValueType,
         implementation: @escaping Implementation) {
        self.name = name
        self.signature = signature
        self.arity = arity
        self.help = help
        self.examples = examples
        self.typeRule = typeRule
        self.implementation = implementation
    }

    /// An implementation of the first argument alone, null when it is null (most functions).
    static func ofValue(_ body: @escaping @Sendable (Value, FunctionCall) throws(Diagnostic) -> Value) -> Implementation {
        { call throws(Diagnostic) in
            let value = try call.argument(0)
            if value.isNull { return .null }
            return try body(value, call)
        }
    }
}

/// One aggregate function declared in one place: name, signature, type rule, the state that
/// accumulates it, help line and runnable examples. The list is `AggregateFunction.all`
/// (AggregateFunctions.swift).
public struct AggregateFunction: Sendable, Equatable {
    public let name: String
    /// How messages and `.help aggregates` write a call (`sum(number)`).
    public let signature: String
    /// One line for `.help aggregates`.
    public let help: String
    /// Statements using the aggregate that run on the demo data.
    public let examples: [String]
    /// True for `count`: it also takes no argument (`count()`, the rows) or a collection of
    /// rows (`count(programmes)`); the others need values.
    public let countsRows: Bool
    /// The aggregate that combines per-row values over a group, for the hint when a row's
    /// relation is aggregated in `summarize` (`sum(count(indicators))`).
    let overGroup: String
    /// The argument's type to the result type, or a problem located at the argument.
    let typeRule: @Sendable (ValueType, Catalog?) throws(TypeProblem) -> ValueType
    /// Adds one value that is not null to the running state (the accumulator counts it).
    let step: @Sendable (inout AggregateState, Value, ValueOrder) throws(AggregateProblem) -> Void
    /// The result from the state and the count of values.
    let result: @Sendable (AggregateState, Int64) throws(AggregateProblem) -> Value
    /// What a second argument is, if the aggregate takes one (AggregateArguments.swift).
    let second: SecondArgument
    /// True for `sparkline`: a null is a value it draws (a gap), not one to skip.
    var keepsNulls = false
    /// The value of a constant second argument (percentile's p, string_agg's separator), set
    /// by the checker on its copy of the declaration; the accumulator puts it in the state.
    var parameter: Value = .null

    init(_ name: String, signature: String, help: String, examples: [String], countsRows: Bool = false,
         overGroup: String? = nil, second: SecondArgument = .none,
         type typeRule: @escaping @Sendable (ValueType, Catalog?) throws(TypeProblem) -> ValueType,
         step: @escaping @Sendable (inout AggregateState, Value, ValueOrder) throws(AggregateProblem) -> Void,
         result: @escaping @Sendable (AggregateState, Int64) throws(AggregateProblem) -> Value) {
        self.second = second
        self.name = name
        self.signature = signature
        self.help = help
        self.examples = examples
        self.countsRows = countsRows
        self.overGroup = overGroup ?? name
        self.typeRule = typeRule
        self.step = step
        self.result = result
    }

    public static func == (a: AggregateFunction, b: AggregateFunction) -> Bool { a.name == b.name }
}

/// What a type rule sees: the arguments' types, and the catalog to name them in messages.
struct ArgumentTypes {
    let types: [ValueType]
    let catalog: Catalog?

    var count: Int { types.count }
    subscript(index: Int) -> ValueType { types[index] }

    /// How messages name a type (entity names from the catalog).
    func name(_ type: ValueType) -> String { type.name(in: catalog) }

    /// Argument `index` must pass `test`; otherwise "f() needs WHAT, not TYPE" at it.
    func require(_ index: Int, _ what: FunctionMessage, _ test: (ValueType) -> Bool) throws(TypeProblem) {
        if !test(types[index]) {
            throw TypeProblem(Message(FunctionMessage.needsKind, ["kind": .message(Message(what)), "type": .text(types[index].name(in: catalog))]),
                              at: .argument(index), hint: .usage)
        }
    }
}

/// Why a call's argument types do not fit; the checker adds the location and the name.
struct TypeProblem: Error {
    enum Place { case argument(Int), call }
    enum Hint { case usage, none }
    /// The message after `name() ` (`needs text, not int`).
    let message: Message
    let place: Place
    let hint: Hint

    init(_ message: Message, at place: Place, hint: Hint = .none) {
        self.message = message
        self.place = place
        self.hint = hint
    }

    /// A problem from the function catalogue; `type` names the argument's type.
    init(_ key: FunctionMessage, _ arguments: [String: MessageArgument] = [:], at place: Place, hint: Hint = .none) {
        self.init(Message(key, arguments), at: place, hint: hint)
    }
}

/// One call of a scalar function on one row: its arguments (evaluated on demand) and what
/// the implementation needs to give text of values and located errors.
struct FunctionCall {
    let executor: Executor
    let arguments: [BoundExpression]
    let context: RowContext
    let span: Span

    var count: Int { arguments.count }
    var order: ValueOrder { executor.order }

    func argument(_ index: Int) throws(Diagnostic) -> Value {
        try executor.evaluate(arguments[index], context)
    }

    func error(_ message: Message, hint: Message? = nil) -> Diagnostic {
        executor.runtimeError(message, span: span, hint: hint)
    }

    func overflow(_ operation: String) -> Diagnostic {
        executor.decimalOverflow(operation, span: span)
    }
}


/// Why an aggregate cannot give its result; `Accumulator` locates it.
struct AggregateProblem: Error {
    let message: Message
    let hint: Message?
}

/// The running state of an aggregate: one concrete struct of which each aggregate uses the
/// parts it needs. A value of one type, rather than each aggregate's own type behind a
/// protocol, keeps the per-row step a direct call on state held in place: a state behind
/// `any` is boxed, and opening the box per row made summarize a fifth slower. Nulls never
/// reach it; the accumulator counts the values and passes the count to `result`.
struct AggregateState {
    /// `sum` and `avg`: the exact sum so far is `sum × 10^-scale`; whether all were ints.
    var sum: Int128 = 0
    var scale = 0
    var integerOnly = true
    /// `min` and `max`: the extreme so far, and how values compare (from the argument's type,
    /// or from the first value when the type was not known).
    var extreme: Value = .null
    var mode: ComparisonMode
    /// `count_distinct`: the values seen.
    var seen: Set<Value> = []
    /// `mode`: how often each value came.
    var counts: [Value: Int] = [:]
    /// `median`, `percentile`, `stddev`, `mode`, `string_agg`: the values in row order.
    var values: [Value] = []
    /// `first` and `last`: the value kept at the order key in `extreme`.
    var kept: Value = .null
    /// A constant second argument (percentile's p, string_agg's separator).
    var parameter: Value = .null

    init(mode: ComparisonMode) {
        self.mode = mode
    }
}

extension ScalarFunction {
    /// The function called `name`, if any (at check time only).
    static func named(_ name: String) -> ScalarFunction? { byName[name] }
    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}

extension AggregateFunction {
    /// The aggregate called `name`, if any (at check time only).
    static func named(_ name: String) -> AggregateFunction? { all.first { $0.name == name } }
}

/// Every function name, scalar functions first, in the order `.help` lists them.
public enum FunctionRegistry {
    public static var names: [String] {
        ScalarFunction.all.map(\.name) + AggregateFunction.all.map(\.name) + WindowFunction.all.map(\.name)
    }

    public static func isFunction(_ name: String) -> Bool {
        ScalarFunction.named(name) != nil || AggregateFunction.named(name) != nil || WindowFunction.named(name) != nil
    }
}
