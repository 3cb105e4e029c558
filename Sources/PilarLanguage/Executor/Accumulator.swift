import PilarCore
import PilarStore

/// Running state of one aggregate over a group, a stage's input or a relation: the
/// aggregate's own state (from its declaration in `AggregateFunction.all`) and the count of
/// values. Nulls are skipped; `sum` of nothing is null, `count` of nothing is 0 (as in SQL).
struct Accumulator {
    let function: AggregateFunction
    /// Where errors point: the source of the query, and the aggregate's span once it has one.
    let source: SourceFile?
    private var span: Span = .empty
    private var count: Int64 = 0
    private var state: AggregateState
    private let order: ValueOrder

    init(function: AggregateFunction, order: ValueOrder, mode: ComparisonMode? = nil, source: SourceFile?) {
        self.function = function
        self.source = source
        self.order = order
        state = AggregateState(mode: mode ?? .null)
        state.parameter = function.parameter
    }

    /// Counts a row for `count()`, which has no argument.
    mutating func addRow() {
        count += 1
    }

    mutating func add(_ value: Value, span: Span) throws(Diagnostic) {
        if value.isNull, !function.keepsNulls { return }
        count += 1
        self.span = span
        do {
            try function.step(&state, value, order)
        } catch {
            throw located(error)
        }
    }

    /// Adds a value with its order key (`first(x, order)`); a row where either is null is skipped.
    mutating func add(_ value: Value, key: Value, span: Span) throws(Diagnostic) {
        if value.isNull || key.isNull { return }
        count += 1
        self.span = span
        guard case .ordered(let step) = function.second else { return }
        step(&state, value, key, order)
    }

    func result() throws(Diagnostic) -> Value {
        do {
            return try function.result(state, count)
        } catch {
            throw located(error)
        }
    }

    private func located(_ problem: AggregateProblem) -> Diagnostic {
        Diagnostic(.runtime, problem.message, source: source, span: span, hint: problem.hint)
    }
}
