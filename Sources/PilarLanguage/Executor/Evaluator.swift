import PilarCore
import PilarStore

/// Evaluates bound expressions against one row. Runs plans for relations in expressions
/// (`count(programmes | where …)`) through the executor that owns it.
extension Executor {
    func evaluate(_ expression: BoundExpression, _ context: RowContext) throws(Diagnostic) -> Value {
        switch expression {
        case .constant(let value):
            return value
        case .currentRow(let entity):
            return .ref(entity, context.entityRow)
        case .column(let index):
            return context.frame.columns[index][context.row]
        case .field(let base, let entity, let column):
            if case .currentRow = base {
                return store.value(entity, column: column, row: Int(context.entityRow))
            }
            guard case .ref(_, let row) = try evaluate(base, context) else { return .null }
            return store.value(entity, column: column, row: Int(row))
        case .neighbour(let base, let entity, let offset):
            guard case .ref(_, let row) = try evaluate(base, context),
                  let neighbour = store.neighbour(of: entity, row: row, offset: offset) else { return .null }
            return .ref(entity, neighbour)
        case .negate(let operand, let span):
            switch try evaluate(operand, context) {
            case .int(let value):
                let (result, overflow) = Int64(0).subtractingReportingOverflow(value)
                if overflow { throw runtimeError(Message(RuntimeMessage.integerOverflowNegation), span: span) }
                return .int(result)
            case .decimal(let value): return .decimal(value.negated)
            default: return .null
            }
        case .not(let operand):
            guard case .bool(let value) = try evaluate(operand, context) else { return .null }
            return .bool(!value)
        case .and(let left, let right):
            let a = try evaluate(left, context)
            if case .bool(false) = a { return .bool(false) }
            let b = try evaluate(right, context)
            if case .bool(false) = b { return .bool(false) }
            if case .bool(true) = a, case .bool(true) = b { return .bool(true) }
            return .null
        case .or(let left, let right):
            let a = try evaluate(left, context)
            if case .bool(true) = a { return .bool(true) }
            let b = try evaluate(right, context)
            if case .bool(true) = b { return .bool(true) }
            if case .bool(false) = a, case .bool(false) = b { return .bool(false) }
            return .null
        case .arithmetic(let op, let left, let right, let span):
            return try arithmetic(op, try evaluate(left, context), try evaluate(right, context), span: span)
        case .compare(let op, let left, let right, let mode):
            let a = try evaluate(left, context)
            let b = try evaluate(right, context)
            guard let order = order.compare(a, b, mode) else { return .null }
            switch op {
            case .equal: return .bool(order == 0)
            case .notEqual: return .bool(order != 0)
            case .less: return .bool(order < 0)
            case .lessEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case .contains(let left, let right):
            let a = try evaluate(left, context)
            let b = try evaluate(right, context)
            if a.isNull || b.isNull { return .null }
            let needle = order.text(b).lowercased()
            return .bool(needle.isEmpty || order.text(a).lowercased().contains(needle))
        case .startsWith(let left, let right):
            let a = try evaluate(left, context)
            let b = try evaluate(right, context)
            if a.isNull || b.isNull { return .null }
            return .bool(order.text(a).lowercased().hasPrefix(order.text(b).lowercased()))
        case .isNull(let operand, let negated):
            return .bool(try evaluate(operand, context).isNull != negated)
        case .inList(let needle, let list, let mode, let negated):
            let value = try evaluate(needle, context)
            if value.isNull { return .null }
            var sawNull = false
            for item in try values(of: list, context) {
                guard let comparison = order.compare(value, item, mode) else {
                    sawNull = true
                    continue
                }
                if comparison == 0 { return .bool(!negated) }
            }
            return sawNull ? .null : .bool(negated)
        case .function(let function, let arguments, let span):
            return try function.implementation(FunctionCall(executor: self, arguments: arguments, context: context, span: span))
        case .aggregateOfList(let function, let list, let span):
            var accumulator = Accumulator(function: function, order: order, source: source)
            for value in try values(of: list, context) {
                try accumulator.add(value, span: span)
            }
            return try accumulator.result()
        case .countRows(let plan):
            return .int(Int64(try nested(in: context).run(plan, outer: context).count))
        case .aggregateSlot(let index):
            // The checker pairs each slot with its spec; a mismatch is a bug, not a trap.
            guard context.slots.indices.contains(index) else {
                throw runtimeError(Message(RuntimeMessage.internalAggregateValue, ["index": .text(String(index))]), span: .empty)
            }
            return context.slots[index]
        case .windowValue(let index, let span):
            guard context.window.indices.contains(index) else {
                throw runtimeError(Message(RuntimeMessage.internalWindowValue), span: span,
                                   hint: Message(RuntimeMessage.windowOwnItem))
            }
            return context.window[index]
        case .outer(let level, let inner):
            // The checker allows outer.NAME only as deep as there are nested pipelines.
            guard outerRows.indices.contains(level - 1) else { return .null }
            var outside = self
            outside.outerRows = Array(outerRows.dropFirst(level))
            return try outside.evaluate(inner, outerRows[level - 1])
        case .invariant(let id, let inner):
            return try invariantValue(id, inner, context)
        case .inInvariantList(let needle, let id, let list, let mode, let negated):
            return try member(needle, of: id, list, mode, negated: negated, context)
        }
    }

    /// An executor for a pipeline nested in an expression evaluated on `context`: the same
    /// store and per-statement cache, with `context` as the row `outer.` reads.
    func nested(in context: RowContext) -> Executor {
        var inner = self
        inner.outerRows.insert(context, at: 0)
        return inner
    }

    /// The values of a list: literal items, or one expression over the rows of a relation.
    func values(of list: BoundList, _ context: RowContext) throws(Diagnostic) -> [Value] {
        switch list {
        case .literal(let items):
            var result: [Value] = []
            result.reserveCapacity(items.count)
            for item in items { result.append(try evaluate(item, context)) }
            return result
        case .perRow(let plan, let expression):
            let inner = nested(in: context)
            let frame = try inner.run(plan, outer: context)
            var result: [Value] = []
            result.reserveCapacity(frame.count)
            for row in 0..<frame.count {
                result.append(try inner.evaluate(expression, RowContext(frame: frame, row: row, slots: [])))
            }
            return result
        }
    }

    func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value, span: Span) throws(Diagnostic) -> Value {
        if a.isNull || b.isNull { return .null }
        if op == .add, case .text(let x) = a, case .text(let y) = b { return .text(x + y) }
        if op == .add, !(a.isNumber && b.isNumber) { return .text(order.text(a) + order.text(b)) }
        if case .int(let x) = a, case .int(let y) = b, op != .divide {
            let (result, overflow): (Int64, Bool)
            switch op {
            case .add: (result, overflow) = x.addingReportingOverflow(y)
            case .subtract: (result, overflow) = x.subtractingReportingOverflow(y)
            case .multiply: (result, overflow) = x.multipliedReportingOverflow(by: y)
            default:
                if y == 0 { return .null }
                // Int64.min % -1 is 0, though the division behind it overflows.
                if y == -1 { return .int(0) }
                (result, overflow) = x.remainderReportingOverflow(dividingBy: y)
            }
            if overflow {
                throw runtimeError(Message(RuntimeMessage.integerOverflowOperator, ["operator": .text(op.rawValue)]), span: span,
                                   hint: Message(FunctionMessage.resultBeyond))
            }
            return .int(result)
        }
        guard a.isNumber, b.isNumber else { return .null }
        guard let x = a.asDecimal, let y = b.asDecimal else { throw decimalOverflow(op.rawValue, span: span) }
        let result: DecimalNumber?
        switch op {
        case .add: result = x.adding(y)
        case .subtract: result = x.subtracting(y)
        case .multiply: result = x.multiplying(by: y)
        case .divide:
            if y.isZero { return .null }
            result = x.dividing(by: y)
        default:
            if y.isZero { return .null }
            result = x.remainder(dividingBy: y)
        }
        guard let result else { throw decimalOverflow(op.rawValue, span: span) }
        return .decimal(result)
    }

    func decimalOverflow(_ operation: String, span: Span) -> Diagnostic {
        runtimeError(Message(RuntimeMessage.numberOverflowOperator, ["operator": .text(operation)]), span: span,
                     hint: Message(RuntimeMessage.resultBeyondLargest))
    }

    func runtimeError(_ message: Message, span: Span, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.runtime, message, source: source, span: span, hint: hint)
    }
}

extension String {
    var trimmingSpaces: Substring {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
