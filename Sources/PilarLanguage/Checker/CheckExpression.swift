import PilarCore
import PilarStore

extension Checker {
    /// Checks an expression that must give one value per row.
    func checkScalar(_ expression: Expression, in scope: inout Scope) throws(Diagnostic) -> (BoundExpression, ValueType) {
        let checked = try check(expression, in: &scope)
        guard case .scalar(let bound, let type) = checked else {
            throw notScalar(expression, checked.type)
        }
        return (bound, type)
    }

    func notScalar(_ expression: Expression, _ type: ValueType) -> Diagnostic {
        let text = source.text(of: expression.span)
        switch type {
        case .rows(let rowType):
            let what = rowType.entity.map { Message(CheckerMessage.entityRows, ["entity": .text(singular($0))]) }
                ?? Message(CheckerMessage.rows)
            return error(CheckerMessage.notScalarCollection, ["expression": .text(text), "rows": .message(what)],
                         at: expression.span, hint: Message(CheckerMessage.aggregateWithCount, ["expression": .text(text)]))
        default:
            return error(CheckerMessage.notScalar, ["expression": .text(text), "type": .text(typeName(type))], at: expression.span,
                         hint: Message(CheckerMessage.aggregateWithSumOrCount, ["expression": .text(text)]))
        }
    }

    func check(_ expression: Expression, in scope: inout Scope) throws(Diagnostic) -> Checked {
        switch expression.kind {
        case .integer(let value): return .scalar(.constant(.int(value)), .int)
        case .decimal(let value): return .scalar(.constant(.decimal(value)), .decimal)
        case .string(let text): return .scalar(.constant(.text(text)), .text)
        case .boolean(let value): return .scalar(.constant(.bool(value)), .bool)
        case .null: return .scalar(.constant(.null), .null)
        case .parameter(let name):
            if let row = loopRows[name] { return try checkLoopRow(name, row, span: expression.span) }
            let value = try parameter(name, span: expression.span)
            return .scalar(.constant(value), Checker.type(of: value))
        case .name(let name):
            return try resolveName(name, span: expression.span, in: &scope)
        case .member(let base, let name, let nameSpan):
            if case .parameter(let variable) = base.kind, let row = loopRows[variable] {
                return try resolveLoopMember(name, nameSpan: nameSpan, of: variable, row, base: base, in: &scope)
            }
            if let level = outerLevel(base, in: scope) {
                return try resolveOuter(name, level: level, nameSpan: nameSpan, span: expression.span)
            }
            let checkedBase = try check(base, in: &scope)
            return try resolveMember(name, nameSpan: nameSpan, of: checkedBase, base: base, in: &scope)
        case .unary(let op, let operand):
            let (bound, type) = try checkScalar(operand, in: &scope)
            switch op {
            case .negate:
                guard type.isNumeric else {
                    throw error(CheckerMessage.cannotNegate, ["type": .text(typeName(type))], at: expression.span)
                }
                return .scalar(.negate(bound, span: expression.span), type)
            case .not:
                guard type == .bool || type == .null else {
                    throw error(CheckerMessage.notNeedsCondition, ["type": .text(typeName(type))], at: operand.span)
                }
                return .scalar(.not(bound), .bool)
            }
        case .binary(let op, let left, let right):
            return try checkBinary(op, left, right, span: expression.span, in: &scope)
        case .isNull(let operand, let negated):
            let (bound, _) = try checkScalar(operand, in: &scope)
            return .scalar(.isNull(bound, negated: negated), .bool)
        case .inList(let needle, let haystack, let negated):
            return try checkIn(needle, haystack, negated: negated, in: &scope)
        case .between(let value, let low, let high, let negated):
            return try checkBetween(value, low, high, negated: negated, span: expression.span, in: &scope)
        case .call(let name, let nameSpan, let arguments):
            return try checkCall(name, nameSpan: nameSpan, arguments: arguments, span: expression.span, in: &scope)
        case .list(let items):
            var bound: [BoundExpression] = []
            var element: ValueType = .null
            for item in items {
                let (boundItem, type) = try checkScalar(item, in: &scope)
                guard let unified = Checker.unify(element, type) else {
                    throw error(CheckerMessage.listMixesTypes, ["first": .text(typeName(element)), "second": .text(typeName(type))],
                                at: item.span)
                }
                element = unified
                bound.append(boundItem)
            }
            return .list(.literal(bound), element)
        case .pipeline(let pipeline):
            let base = try check(pipeline.source, in: &scope)
            guard case .rows(let plan) = base else {
                throw error(CheckerMessage.notRowsToPipe,
                            ["expression": .text(source.text(of: pipeline.source.span)), "type": .text("\(base.type)")],
                            at: pipeline.source.span, hint: Message(CheckerMessage.pipeARelation))
            }
            // Inside, `outer.NAME` names this row.
            var nested = self
            nested.outerRows.insert(scope.rowType, at: 0)
            return .rows(try nested.checkStages(pipeline.stages, on: plan))
        }
    }

    // MARK: - Names

    private func resolveName(_ name: String, span: Span, in scope: inout Scope) throws(Diagnostic) -> Checked {
        let rowType = scope.rowType
        if let index = rowType.columnIndex(name) {
            try requireRowAccess(name, span: span, scope: scope)
            return .scalar(.column(index), rowType.columns[index].type)
        }
        if let entity = rowType.entity {
            let schema = store.schema(entity)
            if let column = schema.fields.firstIndex(where: { $0.name == name }) {
                try requireRowAccess(name, span: span, scope: scope)
                return .scalar(.field(of: .currentRow(entity), entity: entity, column: column),
                               ValueType(schema.fields[column].type))
            }
            if let collection = schema.collection(named: name) {
                try requireRowAccess(name, span: span, scope: scope)
                let source = RowSource.children(parent: .currentRow(entity), parentEntity: entity, collection: collection.name)
                return .rows(.source(source, RowType(entity: collection.target)))
            }
            if let offset = schema.navigationOffset(name) {
                try requireRowAccess(name, span: span, scope: scope)
                return .scalar(.neighbour(of: .currentRow(entity), entity: entity, offset: offset), .ref(entity))
            }
        }
        if let binding = bindings[name] {
            try requireFresh(name, span: span)
            return .rows(.source(.binding(name), binding))
        }
        if let entity = sourceEntity(name) {
            return .rows(.source(.all(entity), RowType(entity: entity)))
        }
        throw unknownName(name, span: span, rowType: rowType)
    }

    /// In a summarize's aggregate list, fields are only readable inside an aggregate.
    private func requireRowAccess(_ name: String, span: Span, scope: Scope) throws(Diagnostic) {
        if case .group = scope.aggregateMode {
            throw error(CheckerMessage.readPerRowInSummarize, ["name": .text(name)], at: span,
                        hint: Message(CheckerMessage.aggregateOrGroup, ["name": .text(name)]))
        }
    }

    private func unknownName(_ name: String, span: Span, rowType: RowType) -> Diagnostic {
        var candidates = rowType.columns.map(\.name)
        var unknown = Message(CheckerMessage.unknownColumn, ["name": .text(name)])
        if let entity = rowType.entity {
            candidates += store.schema(entity).memberNames
            unknown = Message(CheckerMessage.unknownField, ["name": .text(name), "entity": .text(singular(entity))])
        }
        if let outerRow = outerRows.first, names(of: outerRow).contains(name) {
            return error(unknown, at: span, hint: Message(CheckerMessage.writeOuter, ["name": .text(name)]))
        }
        if name == "outer" {
            return error(unknown, at: span,
                         hint: Message(outerRows.isEmpty ? CheckerMessage.outerOutsidePipeline : CheckerMessage.outerInsidePipeline))
        }
        if let suggestion = DidYouMean.suggest(name, from: candidates) {
            return error(unknown, at: span, hint: .didYouMean(suggestion)).fixing(span, with: suggestion)
        }
        if let suggestion = DidYouMean.suggest(name, from: store.catalog.sourceNames + Array(bindings.keys)) {
            return error(unknown, at: span, hint: .didYouMean(suggestion)).fixing(span, with: suggestion)
        }
        if FunctionRegistry.isFunction(name) {
            return error(unknown, at: span, hint: Message(CheckerMessage.isAFunction, ["name": .text(name)]))
        }
        let available = candidates.isEmpty ? nil
            : Message(CheckerMessage.available, ["names": .text(candidates.joined(separator: ", "))])
        return error(unknown, at: span, hint: available)
    }

    func resolveMember(_ name: String, nameSpan: Span, of base: Checked, base baseExpression: Expression,
                               in scope: inout Scope) throws(Diagnostic) -> Checked {
        switch base {
        case .scalar(let bound, .ref(let entity)):
            let schema = store.schema(entity)
            if let column = schema.fields.firstIndex(where: { $0.name == name }) {
                return .scalar(.field(of: bound, entity: entity, column: column), ValueType(schema.fields[column].type))
            }
            if let collection = schema.collection(named: name) {
                let source = RowSource.children(parent: bound, parentEntity: entity, collection: collection.name)
                return .rows(.source(source, RowType(entity: collection.target)))
            }
            if let offset = schema.navigationOffset(name) {
                return .scalar(.neighbour(of: bound, entity: entity, offset: offset), .ref(entity))
            }
            throw unknownMember(name, nameSpan: nameSpan, entity: entity)
        case .scalar(_, let type):
            throw error(CheckerMessage.hasNoFields,
                        ["expression": .text(source.text(of: baseExpression.span)), "type": .text(typeName(type))], at: nameSpan,
                        hint: type == .text ? Message(CheckerMessage.onlyRelationsFollow) : nil)
        case .rows(let plan):
            let rowType = plan.rowType
            if let entity = rowType.entity, rowType.columns.firstIndex(where: { $0.name == name }) == nil,
               let collection = store.schema(entity).collection(named: name) {
                guard case .source(let rowSource, _) = plan else {
                    throw error(CheckerMessage.cannotFollowFiltered, ["name": .text(name)], at: nameSpan,
                                hint: Message(CheckerMessage.followThenFilter,
                                              ["expression": .text(source.text(of: baseExpression.span)), "name": .text(name)]))
                }
                let flattened = RowSource.flattened(rowSource, parentEntity: entity, collection: collection.name)
                return .rows(.source(flattened, RowType(entity: collection.target)))
            }
            var inner = Scope(rowType: rowType, aggregateMode: .none(reason: Message(FunctionMessage.reasonRelatedRow)))
            let member = try resolveMemberOfRow(name, nameSpan: nameSpan, in: &inner)
            return .list(.perRow(plan, member.0), member.1)
        case .list(.perRow(let plan, let element), .ref(let entity)):
            let schema = store.schema(entity)
            guard let column = schema.fields.firstIndex(where: { $0.name == name }) else {
                if let offset = schema.navigationOffset(name) {
                    return .list(.perRow(plan, .neighbour(of: element, entity: entity, offset: offset)), .ref(entity))
                }
                throw unknownMember(name, nameSpan: nameSpan, entity: entity)
            }
            return .list(.perRow(plan, .field(of: element, entity: entity, column: column)), ValueType(schema.fields[column].type))
        case .list(_, let element):
            throw error(CheckerMessage.listHasNoField, ["type": .text(typeName(element)), "name": .text(name)], at: nameSpan)
        }
    }

    /// A field or column of each row of a collection (`programmes.budget`).
    private func resolveMemberOfRow(_ name: String, nameSpan: Span, in scope: inout Scope) throws(Diagnostic) -> (BoundExpression, ValueType) {
        let rowType = scope.rowType
        if let index = rowType.columnIndex(name) {
            return (.column(index), rowType.columns[index].type)
        }
        if let entity = rowType.entity {
            let schema = store.schema(entity)
            if let column = schema.fields.firstIndex(where: { $0.name == name }) {
                return (.field(of: .currentRow(entity), entity: entity, column: column), ValueType(schema.fields[column].type))
            }
            if let offset = schema.navigationOffset(name) {
                return (.neighbour(of: .currentRow(entity), entity: entity, offset: offset), .ref(entity))
            }
            throw unknownMember(name, nameSpan: nameSpan, entity: entity)
        }
        throw unknownName(name, span: nameSpan, rowType: rowType)
    }

    private func unknownMember(_ name: String, nameSpan: Span, entity: Entity) -> Diagnostic {
        let members = store.schema(entity).memberNames
        let hint = DidYouMean.suggest(name, from: members).map(Message.didYouMean)
            ?? Message(CheckerMessage.entityHas, ["entity": .text(singular(entity)), "members": .text(members.joined(separator: ", "))])
        let fixed = error(CheckerMessage.unknownField, ["name": .text(name), "entity": .text(singular(entity))], at: nameSpan,
                          hint: hint)
        guard let suggestion = DidYouMean.suggest(name, from: members) else { return fixed }
        return fixed.fixing(nameSpan, with: suggestion)
    }

    // MARK: - outer

    /// 1 for `outer`, 2 for `outer.outer`, …; nil when the expression is not such a chain or
    /// the row has its own `outer` (a field or column wins, as everywhere).
    private func outerLevel(_ expression: Expression, in scope: Scope) -> Int? {
        switch expression.kind {
        case .name("outer"): return names(of: scope.rowType).contains("outer") ? nil : 1
        case .member(let base, "outer", _): return outerLevel(base, in: scope).map { $0 + 1 }
        default: return nil
        }
    }

    /// Every name a row of this type has: its columns, fields, relations and navigations.
    private func names(of rowType: RowType) -> [String] {
        rowType.columns.map(\.name) + (rowType.entity.map { store.schema($0).memberNames } ?? [])
    }

    /// `outer.NAME`: NAME resolved on the row `level` pipelines out, as a name there is.
    private func resolveOuter(_ name: String, level: Int, nameSpan: Span, span: Span) throws(Diagnostic) -> Checked {
        guard level <= outerRows.count else {
            if outerRows.isEmpty {
                throw error(CheckerMessage.outerHasNoRow, at: span, hint: Message(CheckerMessage.outerExample))
            }
            throw error(CheckerMessage.outerTooDeep, ["count": .number(outerRows.count), "level": .number(level)],
                        at: span, hint: Message(CheckerMessage.eachOuterOneOut))
        }
        var outside = self
        outside.outerRows = Array(outerRows.dropFirst(level))
        var scope = Scope(rowType: outerRows[level - 1], aggregateMode: .none(reason: Message(FunctionMessage.reasonOuterRow)))
        let checked = try outside.resolveName(name, span: nameSpan, in: &scope)
        guard case .scalar(let bound, let type) = checked else {
            throw error(CheckerMessage.outerIsCollection, ["name": .text(name)], at: span,
                        hint: Message(CheckerMessage.followOuterReference))
        }
        return .scalar(.outer(level: level, bound), type)
    }

    // MARK: - Types

    static func type(of value: Value) -> ValueType {
        switch value {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .decimal: .decimal
        case .text: .text
        case .ref(let entity, _): .ref(entity)
        }
    }

    /// The common type of two branches or list items, or nil when they do not mix.
    static func unify(_ a: ValueType, _ b: ValueType) -> ValueType? {
        if a == b { return a }
        switch (a, b) {
        case (.null, _): return b
        case (_, .null): return a
        case (.int, .decimal), (.decimal, .int): return .decimal
        case (.enumeration, .text), (.text, .enumeration), (.enumeration, .enumeration): return .text
        case (.ref, .text), (.text, .ref): return .text
        default: return nil
        }
    }
}
