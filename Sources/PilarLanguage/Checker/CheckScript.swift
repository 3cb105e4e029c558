import PilarCore
import PilarStore

/// Checks the statements of report scripts: `param`, `print` with `{expr}`, `for each`, `if`.
extension Checker {
    // MARK: - param

    mutating func checkParam(_ declaration: ParamDeclaration) throws(Diagnostic) -> PlannedStatement {
        let name = declaration.name
        let span = declaration.nameSpan
        guard !insideBlock else { throw scriptError(.paramInsideBlock, at: span, hint: Message(ScriptMessage.runBeforeBlock)) }
        let line = source.location(of: span.start).line
        if let first = declaredParameters[name] {
            throw scriptError(.paramDeclaredTwice, ["name": .text(name), "line": .number(first)], at: span)
        }
        var defaultValue = declaration.defaultValue.map(Checker.literalValue)
        if let given = defaultValue, let type = declaration.type {
            guard let fitted = Checker.fit(given, to: type) else {
                throw scriptError(.paramBadDefault, ["name": .text(name), "given": .text(typeName(Checker.type(of: given))),
                                                     "type": .text(type.rawValue)], at: declaration.defaultValue?.span ?? span)
            }
            defaultValue = fitted
        }
        let value: Value
        if let setting = parameterSettings[name] {
            let type = setting.forcedType ?? declaration.type ?? defaultValue.flatMap(Checker.paramType(of:))
            guard let read = setting.value(as: type) else {
                throw scriptError(.paramBadValue, ["name": .text(name), "value": .text(setting.text),
                                                   "type": .text(type?.rawValue ?? "text")], at: span)
            }
            value = read
        } else if let preset = parameters[name] {
            value = declaration.type.flatMap { Checker.fit(preset, to: $0) } ?? preset
        } else if let defaultValue {
            value = defaultValue
        } else {
            throw scriptError(.paramNoValue, ["name": .text(name)], at: span)
        }
        parameters[name] = value
        declaredParameters[name] = line
        return .param(name, value, line: line)
    }

    /// The value of a literal the parser accepted as a default.
    static func literalValue(_ expression: Expression) -> Value {
        switch expression.kind {
        case .integer(let number): .int(number)
        case .decimal(let number): .decimal(number)
        case .string(let text): .text(text)
        case .boolean(let flag): .bool(flag)
        case .unary(.negate, let operand):
            switch literalValue(operand) {
            case .int(let number): .int(-number)
            case .decimal(let number): .decimal(number.negated)
            default: .null
            }
        default: .null
        }
    }

    /// The value as the declared type (an int is a decimal too), or nil when it is not one.
    static func fit(_ value: Value, to type: ParamType) -> Value? {
        switch (value, type) {
        case (.null, _), (.int, .int), (.decimal, .decimal), (.text, .text), (.bool, .bool): value
        case (.int(let number), .decimal): .decimal(DecimalNumber(integerLiteral: number))
        default: nil
        }
    }

    static func paramType(of value: Value) -> ParamType? {
        switch value {
        case .int: .int
        case .decimal: .decimal
        case .text: .text
        case .bool: .bool
        default: nil
        }
    }

    // MARK: - print "… {expr} …"

    func checkPrintText(_ pieces: [TextPiece]) throws(Diagnostic) -> PlannedStatement {
        var scope = Scope(rowType: RowType(entity: nil), aggregateMode: .none(reason: Message(FunctionMessage.reasonPrintHasNoRows)))
        var planned: [PlannedTextPiece] = []
        for piece in pieces {
            switch piece {
            case .literal(let text):
                planned.append(.literal(text))
            case .expression(let expression):
                let (bound, _) = try checkScalar(expression, in: &scope)
                // Not marked invariant: the marker's identities are unique per expression only,
                // and pieces share one executor run (its cache).
                planned.append(.value(bound, isYear: Checker.lastName(expression).map(ColumnInfo.isYearName) ?? false))
            }
        }
        return .printText(planned)
    }

    /// `year` for `$year`, `$p.start_year`, `start_year`: what says a number is a year.
    static func lastName(_ expression: Expression) -> String? {
        switch expression.kind {
        case .name(let name), .parameter(let name): name
        case .member(_, let name, _): name
        default: nil
        }
    }

    // MARK: - Blocks

    mutating func checkForEach(_ loop: ForEachStatement) throws(Diagnostic) -> PlannedStatement {
        let name = loop.variable
        if parameters[name] != nil || loopRows[name] != nil {
            throw scriptError(.loopVariableIsParameter, ["name": .text(name)], at: loop.variableSpan,
                              hint: Message(ScriptMessage.chooseAnotherName, ["name": .text(name)]))
        }
        let plan = InvariantMarker.mark(try checkPipeline(loop.pipeline))
        var inner = self
        inner.insideBlock = true
        inner.loopRows[name] = LoopRow(rowType: plan.rowType)
        for statement in loop.body { _ = try inner.checkInBlock(statement) }
        return .forEach(PlannedLoop(variable: name, plan: plan, body: loop.body, label: source.text(of: loop.pipeline.span),
                                    loops: loopRows))
    }

    mutating func checkIf(_ block: IfStatement) throws(Diagnostic) -> PlannedStatement {
        var scope = Scope(rowType: RowType(entity: nil), aggregateMode: .none(reason: Message(FunctionMessage.reasonPrintHasNoRows)))
        let (bound, type) = try checkScalar(block.condition, in: &scope)
        guard type == .bool || type == .null else {
            throw scriptError(.ifNeedsCondition, ["type": .text(typeName(type))], at: block.condition.span)
        }
        var inner = self
        inner.insideBlock = true
        for statement in block.then + block.otherwise { _ = try inner.checkInBlock(statement) }
        return .ifBlock(PlannedIf(condition: InvariantMarker.mark(bound), then: block.then, otherwise: block.otherwise, loops: loopRows))
    }

    /// A statement of a block: anything that changes the data or the names is refused, since
    /// the block was checked before it runs (and is checked again per row).
    mutating func checkInBlock(_ statement: Statement) throws(Diagnostic) -> PlannedStatement {
        var refused: (String, Span)?
        switch statement.kind {
        case .let: refused = ("let", Span(statement.span.start, statement.span.start + 3))
        case .insert(let insert): refused = (insert.verb, insert.keywordSpan)
        case .query(let pipeline):
            if let last = pipeline.stages.last, last.kind.isEdit { refused = (last.kind.name, last.keywordSpan) }
        case .dotCommand(let name, _):
            if Session.command(named: name)?.spec.reshapes == true { refused = ("." + name, statement.span) }
        default: break
        }
        if let (word, span) = refused {
            throw scriptError(.notInBlock, ["statement": .text(word)], at: span, hint: Message(ScriptMessage.runBeforeBlock))
        }
        return try check(statement)
    }

    // MARK: - $row

    /// `$row` alone: the row as a reference (entity rows only).
    func checkLoopRow(_ name: String, _ row: LoopRow, span: Span) throws(Diagnostic) -> Checked {
        guard let entity = row.rowType.entity else {
            let field = row.rowType.columns.first?.name ?? "name"
            throw scriptError(.loopRowIsRow, ["name": .text(name), "field": .text(field)], at: span).fixing(span, with: "$\(name).\(field)")
        }
        return .scalar(.constant(row.reference ?? .null), .ref(entity))
    }

    /// `$row.NAME`: a column of the row (its value while the block runs), or a field, relation
    /// or navigation of its entity row.
    func resolveLoopMember(_ name: String, nameSpan: Span, of variable: String, _ row: LoopRow, base: Expression,
                           in scope: inout Scope) throws(Diagnostic) -> Checked {
        let rowType = row.rowType
        if let index = rowType.columnIndex(name) {
            let value = row.columns.map { $0[index] } ?? .null
            return .scalar(.constant(value), rowType.columns[index].type)
        }
        let members = rowType.entity.map { store.schema($0).memberNames } ?? []
        if members.contains(name) {
            let checked = try checkLoopRow(variable, row, span: base.span)
            return try resolveMember(name, nameSpan: nameSpan, of: checked, base: base, in: &scope)
        }
        let names = rowType.columns.map(\.name) + members
        var error = scriptError(.loopRowUnknownField, ["name": .text(variable), "field": .text(name)], at: nameSpan,
                                hint: Message(ScriptMessage.loopRowFieldsAre, ["fields": .text(names.joined(separator: ", "))]))
        if let suggestion = DidYouMean.suggest(name, from: names) {
            error.hintText = .didYouMean(suggestion)
            error = error.fixing(nameSpan, with: suggestion)
        }
        throw error
    }

    func scriptError(_ key: ScriptMessage, _ arguments: [String: MessageArgument] = [:], at span: Span,
                     hint: Message? = nil) -> Diagnostic {
        Diagnostic(.checker, key, arguments, source: source, span: span, hint: hint)
    }
}
