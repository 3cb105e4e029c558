import PilarCore
import PilarStore

/// The values of row-free expressions and the hash sets of row-free `in` lists, computed
/// once per executor run (one statement) and reused for every row. A class so that the
/// executor, a value type copied into every evaluation, shares one cache.
final class InvariantCache {
    var values: [Int: Value] = [:]
    var sets: [Int: MemberSet] = [:]
    /// How many times a row-free part was actually computed: tests read it to prove that a
    /// part runs once, not once per row.
    private(set) var computations = 0

    func recordComputation() { computations += 1 }
}

extension Executor {
    /// The value of a row-free part, computed on first use. Lazily, so a part in a branch
    /// no row takes (`if(false, count(measurements), 0)`) or a stage with no rows never runs it.
    func invariantValue(_ id: Int, _ expression: BoundExpression, _ context: RowContext) throws(Diagnostic) -> Value {
        if let cached = invariants.values[id] { return cached }
        invariants.recordComputation()
        let value = try evaluate(expression, context)
        invariants.values[id] = value
        return value
    }

    /// `needle in list` for a row-free list: the same answer as comparing with every item
    /// (true on a match, null when no match but some comparison was unknown, else false),
    /// through a hash set built on first use.
    func member(_ needle: BoundExpression, of id: Int, _ list: BoundList, _ mode: ComparisonMode,
                negated: Bool, _ context: RowContext) throws(Diagnostic) -> Value {
        let value = try evaluate(needle, context)
        if value.isNull { return .null }
        let set: MemberSet
        if let cached = invariants.sets[id] {
            set = cached
        } else {
            invariants.recordComputation()
            set = MemberSet(try values(of: list, context), mode: mode, order: order)
            invariants.sets[id] = set
        }
        switch set.contains(value) {
        case true?: return .bool(!negated)
        case false?: return .bool(negated)
        case nil: return .null
        }
    }
}

/// The items of an `in` list, bucketed so a lookup compares the needle with a few candidates
/// instead of every item. Buckets are only a pre-selection: a candidate matches when
/// `ValueOrder.compare` says equal, so the answer is exactly the linear scan's as long as
/// values that compare equal share a bucket key.
struct MemberSet {
    /// A bucket: equal values under the mode always produce the same key.
    private enum Key: Hashable {
        case number(DecimalNumber)
        /// Int64.min, the one int no decimal equals.
        case smallestInteger
        case text(String)
        case bool(Bool)
        /// A reference's row index: `compare` calls two references with the same row equal.
        case row(Int32)
    }

    private let mode: ComparisonMode
    private let order: ValueOrder
    private var buckets: [Key: [Value]] = [:]
    private var nullCount = 0
    private var nonNullCount = 0
    /// Items that compare as unknown with every needle under `.numeric` / `.bool`.
    private var nonNumericCount = 0
    private var nonBoolCount = 0

    init(_ items: [Value], mode: ComparisonMode, order: ValueOrder) {
        self.mode = mode
        self.order = order
        for item in items {
            if item.isNull {
                nullCount += 1
                continue
            }
            nonNullCount += 1
            if !item.isNumber { nonNumericCount += 1 }
            if case .bool = item {} else { nonBoolCount += 1 }
            for key in keys(item) { buckets[key, default: []].append(item) }
        }
    }

    /// true on a match, nil when there is none but a comparison was unknown, else false.
    func contains(_ needle: Value) -> Bool? {
        for key in keys(needle) {
            for candidate in buckets[key] ?? [] where order.compare(needle, candidate, mode) == 0 {
                return true
            }
        }
        return nullCount > 0 || someComparisonUnknown(needle) ? nil : false
    }

    /// Where `compare` gives nil for a non-null pair (see `ValueOrder.compare`).
    private func someComparisonUnknown(_ needle: Value) -> Bool {
        switch mode {
        case .null: nonNullCount > 0
        case .numeric: !needle.isNumber ? nonNullCount > 0 : nonNumericCount > 0
        case .bool:
            if case .bool = needle { nonBoolCount > 0 } else { nonNullCount > 0 }
        case .text, .domain, .reference, .referenceCode: false
        }
    }

    private func keys(_ value: Value) -> [Key] {
        switch mode {
        case .null:
            return []
        case .numeric:
            // Ints and decimals compare exactly, and equal values are equal decimals (which
            // hash by value), so one key serves both.
            if case .int(.min) = value { return [.smallestInteger] }
            return value.asDecimal.map { [.number($0)] } ?? []
        case .bool:
            if case .bool(let flag) = value { return [.bool(flag)] }
            return []
        case .text:
            return [.text(order.text(value))]
        case .domain(let domain):
            // Domain values are equal exactly when their ordinals are: a band has an English
            // and an Indonesian name (`band in ["rendah", "low"]`).
            let text = order.text(value)
            return [.text(domain.ordinal(of: text).map { domain.values[$0] } ?? text)]
        case .reference, .referenceCode:
            // Equal pillar rows have equal codes; other references are equal by row or by code.
            if case .ref(_, let row) = value { return [.text(order.text(value)), .row(row)] }
            return [.text(order.text(value))]
        }
    }
}
