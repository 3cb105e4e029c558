import PilarCore
import PilarStore

/// One window function declared in one place: name, signature, arity, type rule, the
/// computation over one partition, help line and runnable examples. They are called only in
/// a `window` stage, where each gives one value per row from the rows of its partition in
/// the stage's sort order. The list is `WindowFunction.all`; `.help functions`, completion
/// and the registry tests read it. Ordinary aggregates in a window stage are
/// `AggregateFunction`s over the whole partition.
public struct WindowFunction: Sendable {
    /// Gives the values of a partition's rows, in its sort order.
    typealias Compute = @Sendable (WindowPartition) throws(Diagnostic) -> [Value]

    public let name: String
    public let signature: String
    public let arity: ClosedRange<Int>
    public let help: String
    /// Statements using the function that run on the demo data.
    public let examples: [String]
    let typeRule: @Sendable (ArgumentTypes) throws(TypeProblem) -> ValueType
    let compute: Compute

    init(_ name: String, signature: String, arity: ClosedRange<Int>, help: String, examples: [String],
         type typeRule: @escaping @Sendable (ArgumentTypes) throws(TypeProblem) -> ValueType, compute: @escaping Compute) {
        self.name = name
        self.signature = signature
        self.arity = arity
        self.help = help
        self.examples = examples
        self.typeRule = typeRule
        self.compute = compute
    }

    /// The window function called `name`, if any (at check time only).
    static func named(_ name: String) -> WindowFunction? { all.first { $0.name == name } }
}

/// One partition as a window function sees it: its rows in sort order (positions 0..<count).
struct WindowPartition {
    let count: Int
    let argumentCount: Int
    /// Argument `index` of the call evaluated on the row at `position`.
    let argument: (_ index: Int, _ position: Int) throws(Diagnostic) -> Value
    /// Whether two positions have equal sort keys (ties for rank).
    let peers: (Int, Int) -> Bool
    /// Exact `+`, with overflow an error at the call.
    let add: (Value, Value) throws(Diagnostic) -> Value
    /// A located error at the call.
    let error: (Message) -> Diagnostic

    /// The offset of lag/lead: argument 1, or 1 when not given.
    func offset(at position: Int, function: String) throws(Diagnostic) -> Int? {
        guard argumentCount > 1 else { return 1 }
        switch try argument(1, position) {
        case .int(let n) where n >= 0: return Int(clamping: n)
        case .null: return nil
        default: throw error(Message(FunctionMessage.needsRowCount, ["name": .text(function)]))
        }
    }
}

extension WindowFunction {
    public static let all: [WindowFunction] = [rowNumber, rank, denseRank, lag, lead, runningSum, firstValue, lastValue]

    static let rowNumber = WindowFunction(
        "row_number", signature: "row_number()", arity: 0...0,
        help: "1, 2, 3, … in the partition's sort order (ties in input order)",
        examples: ["programmes | window n = row_number() by opd sort budget desc | where n <= 2 | select opd, code, budget, n"],
        type: { _ throws(TypeProblem) in .int },
        compute: { partition throws(Diagnostic) in (0..<partition.count).map { .int(Int64($0 + 1)) } })

    static let rank = WindowFunction(
        "rank", signature: "rank()", arity: 0...0,
        help: "1 + the number of rows before it in sort order; ties share a rank and leave a gap",
        examples: ["measurements | where year == 2019 | window r = rank() by indicator.programme.pillar sort achievement desc | where r == 1 | select indicator, achievement"],
        type: { _ throws(TypeProblem) in .int },
        compute: { partition throws(Diagnostic) in
            var ranks: [Value] = []
            var current = 1
            for position in 0..<partition.count {
                if position > 0 && !partition.peers(position, position - 1) { current = position + 1 }
                ranks.append(.int(Int64(current)))
            }
            return ranks
        })

    static let denseRank = WindowFunction(
        "dense_rank", signature: "dense_rank()", arity: 0...0,
        help: "like rank, without gaps after ties",
        examples: ["programmes | window r = dense_rank() by pillar sort horizon | select pillar, code, horizon, r | take 5"],
        type: { _ throws(TypeProblem) in .int },
        compute: { partition throws(Diagnostic) in
            var ranks: [Value] = []
            var current = 1
            for position in 0..<partition.count {
                if position > 0 && !partition.peers(position, position - 1) { current += 1 }
                ranks.append(.int(Int64(current)))
            }
            return ranks
        })

    static let lag = shifted("lag", direction: -1, help: "x of the row n rows before (default 1) in sort order; the default (or null) when there is none",
                             example: "measurements | window before = lag(actual) by indicator sort year | select indicator, year, actual, before | take 3")
    static let lead = shifted("lead", direction: 1, help: "x of the row n rows after (default 1) in sort order; the default (or null) when there is none",
                              example: "measurements | window after = lead(actual, 1, 0) by indicator sort year | select indicator, year, actual, after | take 3")

    private static func shifted(_ name: String, direction: Int, help: String, example: String) -> WindowFunction {
        WindowFunction(
            name, signature: "\(name)(x[, n[, default]])", arity: 1...3, help: help, examples: [example],
            type: { types throws(TypeProblem) in
                if types.count > 1 { try types.require(1, .kindWholeRows) { $0 == .int || $0 == .null } }
                guard types.count > 2 else { return types[0] }
                guard let unified = Checker.unify(types[0], types[2]) else {
                    throw TypeProblem(.needsDefaultOfType, ["expected": .text(types.name(types[0])), "type": .text(types.name(types[2]))], at: .argument(2))
                }
                return unified
            },
            compute: { partition throws(Diagnostic) in
                var values: [Value] = []
                values.reserveCapacity(partition.count)
                for position in 0..<partition.count {
                    guard let n = try partition.offset(at: position, function: name) else {
                        values.append(.null)
                        continue
                    }
                    let (step, overflow) = n.multipliedReportingOverflow(by: direction)
                    let (source, overflow2) = position.addingReportingOverflow(step)
                    if !overflow, !overflow2, source >= 0, source < partition.count {
                        values.append(try partition.argument(0, source))
                    } else {
                        values.append(partition.argumentCount > 2 ? try partition.argument(2, position) : .null)
                    }
                }
                return values
            })
    }

    static let runningSum = WindowFunction(
        "running_sum", signature: "running_sum(number)", arity: 1...1,
        help: "the exact sum of x over the partition's rows up to this one in sort order (nulls skipped; ties one by one)",
        examples: ["programmes | window total = running_sum(budget) by pillar sort start_year | select pillar, code, start_year, budget, total | take 4"],
        type: { types throws(TypeProblem) in
            try types.require(0, .kindNumbers) { $0.isNumeric }
            return types[0] == .null ? .int : types[0]
        },
        compute: { partition throws(Diagnostic) in
            var values: [Value] = []
            var total: Value = .null
            for position in 0..<partition.count {
                let value = try partition.argument(0, position)
                if !value.isNull { total = total.isNull ? value : try partition.add(total, value) }
                values.append(total)
            }
            return values
        })

    static let firstValue = WindowFunction(
        "first_value", signature: "first_value(x)", arity: 1...1,
        help: "x of the partition's first row in sort order",
        examples: ["measurements | window first = first_value(year) by indicator sort year | where year == first | count"],
        type: { types throws(TypeProblem) in types[0] },
        compute: { partition throws(Diagnostic) in
            guard partition.count > 0 else { return [] }
            return Array(repeating: try partition.argument(0, 0), count: partition.count)
        })

    static let lastValue = WindowFunction(
        "last_value", signature: "last_value(x)", arity: 1...1,
        help: "x of the partition's last row in sort order (the whole partition, not up to this row)",
        examples: ["measurements | window latest = last_value(actual) by indicator sort year | select indicator, year, actual, latest | take 3"],
        type: { types throws(TypeProblem) in types[0] },
        compute: { partition throws(Diagnostic) in
            guard partition.count > 0 else { return [] }
            return Array(repeating: try partition.argument(0, partition.count - 1), count: partition.count)
        })
}
