import PilarCore
import PilarStore
import PilarRender

/// Resolves names, infers types and turns parsed statements into logical plans, reporting
/// unknown names with "did you mean …".
///
/// The checker needs the store: the pillar codes are an enum domain, extra CSV columns are
/// fields, and `let` results add sources.
public struct Checker {
    let store: Store
    let source: SourceFile
    var parameters: [String: Value]
    /// The `--set` values as given, read by a `param`'s declared type (see CheckScript.swift).
    public var parameterSettings: [String: ParameterSetting] = [:]
    /// The parameters declared by `param` so far in this script, with their lines.
    public var declaredParameters: [String: Int] = [:]
    /// The `for each` rows the statement being checked is inside, by variable name.
    var loopRows: [String: LoopRow] = [:]
    /// Inside a `for each` or `if` block, where statements that change data or names are refused.
    var insideBlock = false
    /// Row types of the `let` results defined so far.
    var bindings: [String: RowType]
    /// `let` results that hold rows or references of data changed since they were computed,
    /// with the line of their `let`: using one is an error rather than a look at the wrong rows.
    var staleBindings: [String: Int]
    /// The line of each `let` result's definition, for that error.
    var bindingLines: [String: Int]
    /// The rows of the `let` results that have run, and the plans of those checked since,
    /// in order: pivot runs its input when checked (see `distinctValues`).
    let bindingFrames: [String: Frame]
    var letPlans: [(String, LogicalPlan)] = []
    /// Problems worth saying that do not stop the statement (a literal naming no row).
    public let warnings = WarningList()
    /// The rows around the nested pipeline being checked, innermost first: what `outer.NAME`
    /// names (empty at the top of a statement).
    var outerRows: [RowType] = []
    /// Ctrl-C for the queries the checker runs (pivot's columns, see `distinctValues`).
    let interrupt: InterruptFlag?
    /// Set by the session once an edit of this script has been checked but not yet run:
    /// pivot cannot find its columns on the data before the edit (`distinctValues`).
    public var editPending = false

    public init(store: Store, source: SourceFile, parameters: [String: Value], bindings: [String: RowType],
                staleBindings: [String: Int] = [:], bindingLines: [String: Int] = [:], bindingFrames: [String: Frame] = [:],
                interrupt: InterruptFlag? = nil) {
        self.interrupt = interrupt
        self.bindingFrames = bindingFrames
        self.store = store
        self.source = source
        self.parameters = parameters
        self.bindings = bindings
        self.staleBindings = staleBindings
        self.bindingLines = bindingLines
    }

    /// The entity a source name (`programmes`, `programs`) reads, from the store's catalog.
    func sourceEntity(_ name: String) -> Entity? { store.catalog.source(named: name) }

    /// How messages name a type.
    func typeName(_ type: ValueType) -> String { type.name(in: store.catalog) }

    /// The singular name of an entity (`programme`).
    func singular(_ entity: Entity) -> String { store.catalog[entity].singular }

    /// Checks one statement; `let` statements add their binding for the ones after.
    public mutating func check(_ statement: Statement) throws(Diagnostic) -> PlannedStatement {
        switch statement.kind {
        case .query(let pipeline):
            if let last = pipeline.stages.last, case .export(let target) = last.kind {
                return .export(try checkExport(pipeline, target: target))
            }
            if let last = pipeline.stages.last, last.kind.isEdit {
                let edit = try checkRowEdit(pipeline, span: statement.span)
                markBindingsStale()
                return .edit(edit)
            }
            if let last = pipeline.stages.last, case .chart(let chart) = last.kind {
                let (plan, spec) = try checkChartQuery(pipeline, chart: chart)
                return .chart(InvariantMarker.mark(plan), spec, span: statement.span)
            }
            return .query(InvariantMarker.mark(try checkPipeline(pipeline)), span: statement.span)
        case .let(let name, let nameSpan, let pipeline):
            if sourceEntity(name) != nil {
                throw error(CheckerMessage.sourceRedefined, ["name": .text(name)], at: nameSpan,
                            hint: Message(CheckerMessage.chooseAnotherName, ["name": .text(name)]))
            }
            let plan = try checkPipeline(pipeline)
            let line = source.location(of: nameSpan.start).line
            bindings[name] = plan.rowType
            bindingLines[name] = line
            staleBindings[name] = nil
            letPlans.append((name, plan))
            return .let(name, InvariantMarker.mark(plan), line: line)
        case .print(let expression):
            var scope = Scope(rowType: RowType(entity: nil), aggregateMode: .none(reason: Message(FunctionMessage.reasonPrintHasNoRows)))
            let (bound, _) = try checkScalar(expression, in: &scope)
            return .print(InvariantMarker.mark(bound))
        case .insert(let insert):
            let planned = try checkInsert(insert, span: statement.span)
            markBindingsStale()
            return .insert(planned)
        case .check(let rule, let ruleSpan):
            return try checkCheck(rule: rule, ruleSpan: ruleSpan, span: statement.span)
        case .dotCommand(let name, let arguments):
            try checkDotCommand(name: name, arguments: arguments, span: statement.span)
            return .dotCommand(name: name, arguments: arguments, span: statement.span)
        case .param(let declaration):
            return try checkParam(declaration)
        case .printText(let pieces):
            return try checkPrintText(pieces)
        case .forEach(let loop):
            return try checkForEach(loop)
        case .ifBlock(let block):
            return try checkIf(block)
        }
    }

    // MARK: - Pipelines

    func checkPipeline(_ pipeline: Pipeline) throws(Diagnostic) -> LogicalPlan {
        guard case .name(let name) = pipeline.source.kind else {
            throw error(CheckerMessage.expectedSource, at: pipeline.source.span)
        }
        let plan: LogicalPlan
        if let rowType = bindings[name] {
            try requireFresh(name, span: pipeline.source.span)
            plan = .source(.binding(name), rowType)
        } else if let entity = sourceEntity(name) {
            plan = .source(.all(entity), RowType(entity: entity))
        } else {
            if name == "check" { throw checkIsNotASource(at: pipeline.source.span) }
            let catalog = store.catalog
            let candidates = catalog.sourceNames.sorted() + bindings.keys.sorted()
            let sources = catalog.pluralNames.joined(separator: ", ")
            let hint = DidYouMean.suggest(name, from: candidates).map(Message.didYouMean)
                ?? (bindings.isEmpty ? Message(CheckerMessage.sourcesAre, ["sources": .text(sources)])
                    : Message(CheckerMessage.sourcesAndLets, ["sources": .text(sources),
                                                              "lets": .text(bindings.keys.sorted().joined(separator: ", "))]))
            if let entity = catalog.entity(named: name), catalog[entity].singular == name {
                throw error(CheckerMessage.unknownSource, ["name": .text(name)], at: pipeline.source.span,
                            hint: Message(CheckerMessage.sourcesArePlural, ["plural": .text(catalog[entity].plural)]))
                    .fixing(pipeline.source.span, with: catalog[entity].plural)
            }
            throw error(CheckerMessage.unknownSource, ["name": .text(name)], at: pipeline.source.span, hint: hint)
                .fixing(pipeline.source.span, with: DidYouMean.suggest(name, from: candidates) ?? "programmes")
        }
        return try checkStages(pipeline.stages, on: plan)
    }

    func checkStages(_ stages: [Stage], on input: LogicalPlan) throws(Diagnostic) -> LogicalPlan {
        var plan = input
        for stage in stages {
            plan = try checkStage(stage, on: plan)
        }
        return plan
    }

    private func checkStage(_ stage: Stage, on input: LogicalPlan) throws(Diagnostic) -> LogicalPlan {
        let rowType = input.rowType
        switch stage.kind {
        case .where(let condition):
            var scope = Scope(rowType: rowType, aggregateMode: .window)
            let (bound, type) = try checkScalar(condition, in: &scope)
            guard type == .bool || type == .null else {
                throw error(CheckerMessage.whereNeedsCondition, ["type": .text(typeName(type))], at: condition.span,
                            hint: conditionHint(for: condition))
            }
            return .filter(input, bound, aggregates: scope.aggregates)

        case .extend(let items):
            var scope = Scope(rowType: rowType, aggregateMode: .window)
            var output = rowType
            var columns: [BoundColumn] = []
            for item in items {
                let (bound, type) = try checkScalar(item.expression, in: &scope)
                let name = item.name ?? defaultName(item.expression)
                columns.append(BoundColumn(name: name, type: type, expression: bound))
                output.columns.append(ColumnInfo(name: name, type: type, isYear: readsYear(item.expression),
                                                 isSparkline: readsSparkline(item.expression, in: output)))
            }
            return .extend(input, columns, aggregates: scope.aggregates, output: output)

        case .select(let items), .distinct(let items):
            var scope = Scope(rowType: rowType, aggregateMode: .window)
            let columns = try checkColumns(items, in: &scope)
            let output = RowType(entity: nil, columns: columns.map { ColumnInfo(name: $0.name, type: $0.type, isYear: $0.isYear, isSparkline: $0.isSparkline) })
            let projected = LogicalPlan.project(input, columns, aggregates: scope.aggregates, output: output)
            if case .distinct = stage.kind { return .distinct(projected) }
            return projected

        case .sort(let keys):
            var scope = Scope(rowType: rowType, aggregateMode: .window)
            var bound: [BoundSortKey] = []
            for key in keys {
                try checkConstantSortKey(key.expression, in: rowType)
                let (expression, type) = try checkScalar(key.expression, in: &scope)
                bound.append(BoundSortKey(expression: expression, type: type, descending: key.descending ?? false))
            }
            return .sort(input, bound, aggregates: scope.aggregates)

        case .take(let count):
            let limit = try checkCount(count, stage: "take")
            return .limit(input, limit)

        case .top(let count, let key):
            let limit = try checkCount(count, stage: "top")
            var scope = Scope(rowType: rowType, aggregateMode: .window)
            let (expression, type) = try checkScalar(key.expression, in: &scope)
            let sortKey = BoundSortKey(expression: expression, type: type, descending: key.descending ?? true)
            return .limit(.sort(input, [sortKey], aggregates: scope.aggregates), limit)

        case .summarize(let aggregateItems, let keyItems):
            var keyScope = Scope(rowType: rowType, aggregateMode: .none(reason: Message(FunctionMessage.reasonByKeys)))
            let keys = try checkColumns(keyItems, in: &keyScope)
            var groupScope = Scope(rowType: rowType, aggregateMode: .group)
            var outputs: [BoundColumn] = []
            for item in aggregateItems {
                let (bound, type) = try checkScalar(item.expression, in: &groupScope)
                outputs.append(BoundColumn(name: item.name ?? defaultName(item.expression), type: type, expression: bound,
                                           isSparkline: readsSparkline(item.expression, in: rowType)))
            }
            let all = keys + outputs
            try checkUniqueNames(all.map(\.name), items: keyItems + aggregateItems)
            let output = RowType(entity: nil, columns: all.map { ColumnInfo(name: $0.name, type: $0.type, isYear: $0.isYear, isSparkline: $0.isSparkline) })
            return .aggregate(input, keys: keys, aggregates: groupScope.aggregates, outputs: outputs, output: output)

        case .count:
            return .count(input)

        case .pivot(let spec):
            return try checkPivot(spec, on: input)
        case .unpivot(let spec):
            return try checkUnpivot(spec, on: input, stage: stage)
        case .totals(let by):
            return try checkTotals(by: by, on: input, stage: stage)
        case .window(let items, let keys, let sort):
            return try checkWindow(items: items, by: keys, sort: sort, on: input)

        case .chart:
            // A query's last chart is taken apart by `checkChartQuery`; this one is in a `let`
            // or a row's own pipeline, where there is nothing to draw.
            throw error(ChartStageMessage.chartOnlyInQuery, at: stage.keywordSpan, hint: Message(ChartStageMessage.chartOnlyInQueryHint))

        case .export:
            // A top-level query's last `export` is taken apart by `check` before this.
            throw exportOutsideQuery(at: stage.keywordSpan)

        case .update, .delete:
            // The parser lets them through only as the last stage of a statement, which
            // `checkRowEdit` takes apart before the stages get here.
            throw error(CheckerMessage.editMustBeLast, ["stage": .text(source.text(of: stage.keywordSpan))], at: stage.keywordSpan)
        }
    }

    private func checkColumns(_ items: [NamedExpression], in scope: inout Scope) throws(Diagnostic) -> [BoundColumn] {
        var columns: [BoundColumn] = []
        for item in items {
            let checked = try check(item.expression, in: &scope)
            guard case .scalar(let bound, let type) = checked else {
                throw notScalar(item.expression, checked.type)
            }
            columns.append(BoundColumn(name: item.name ?? defaultName(item.expression), type: type, expression: bound,
                                       isYear: readsYear(item.expression),
                                       isSparkline: readsSparkline(item.expression, in: scope.rowType)))
        }
        try checkUniqueNames(columns.map(\.name), items: items)
        return columns
    }

    private func checkUniqueNames(_ names: [String], items: [NamedExpression]) throws(Diagnostic) {
        var seen: Set<String> = []
        for (name, item) in zip(names, items) {
            if !seen.insert(name).inserted {
                throw error(CheckerMessage.duplicateColumn, ["name": .text(name)], at: item.nameSpan ?? item.expression.span,
                            hint: Message(CheckerMessage.nameTheColumn, ["expression": .text(source.text(of: item.expression.span))]))
            }
        }
    }

    /// `take` and `top` need a whole number known before the query runs.
    private func checkCount(_ expression: Expression, stage: String) throws(Diagnostic) -> Int {
        var value: Value
        switch expression.kind {
        case .integer(let number): value = .int(number)
        case .parameter(let name): value = try parameter(name, span: expression.span)
        default:
            throw error(CheckerMessage.needsWholeNumber, ["stage": .text(stage)], at: expression.span, hint: .code("\(stage) 10"))
        }
        if case .decimal(let number) = value, let whole = number.exactInteger {
            value = .int(whole)
        }
        guard case .int(let number) = value else {
            throw error(CheckerMessage.needsWholeNumber, ["stage": .text(stage)], at: expression.span, hint: .code("\(stage) 10"))
        }
        guard number >= 0 else {
            throw error(CheckerMessage.needsCountZeroOrMore, ["stage": .text(stage), "number": .text(String(number))], at: expression.span)
        }
        return Int(clamping: number)
    }

    // MARK: - Dot-commands

    /// Names (and aliases) of the dot-commands the language itself runs, from `Session.commands`
    /// (the REPL adds its own).
    public static var dotCommands: [String] { Session.commands.map(\.spec).allNames }

    /// Applies the registry's argument rule, so a misused command is a located error before
    /// anything in the script runs.
    private func checkDotCommand(name: String, arguments: [String], span: Span) throws(Diagnostic) {
        guard let command = Session.command(named: name) else {
            let hint = DidYouMean.suggest(name, from: Checker.dotCommands).map { Message.didYouMean("." + $0) }
            throw error(CheckerMessage.unknownCommand, ["name": .text(name)], at: span,
                        hint: hint ?? Message(CheckerMessage.commandsAre,
                                              ["commands": .text(Checker.dotCommands.map { "." + $0 }.joined(separator: " "))]))
        }
        if let problem = command.spec.arguments.check(name, arguments, store) {
            throw error(problem.text, at: span, hint: problem.hintText)
        }
    }

    // MARK: - Helpers

    func error(_ message: Message, at span: Span, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.checker, message, source: source, span: span, hint: hint)
    }

    /// An error whose text is a catalogue message: `error(CheckerMessage.x, ["name": .text(n)], at: span)`.
    func error<Key: MessageKey>(_ key: Key, _ arguments: [String: MessageArgument] = [:], at span: Span,
                                hint: Message? = nil) -> Diagnostic {
        error(Message(key, arguments), at: span, hint: hint)
    }

    /// Records a warning whose text is a catalogue message (see `warn(_:at:hint:)`).
    func warn(_ message: Message, at span: Span, hint: Message? = nil) {
        warnings.append(Diagnostic(.checker, message, source: source, span: span, hint: hint, severity: .warning))
    }

    func parameter(_ name: String, span: Span) throws(Diagnostic) -> Value {
        guard let value = parameters[name] else {
            let hint = DidYouMean.suggest(name, from: (Array(parameters.keys) + Array(loopRows.keys)).sorted()).map { Message.didYouMean("$" + $0) }
                ?? Message(CheckerMessage.setParameter, ["name": .text(name)])
            throw error(CheckerMessage.parameterNotSet, ["name": .text(name)], at: span, hint: hint)
        }
        return value
    }

    private func conditionHint(for expression: Expression) -> Message? {
        if case .name = expression.kind {
            return Message(CheckerMessage.compareIt, ["expression": .text(source.text(of: expression.span))])
        }
        return nil
    }

    /// The column name an unnamed expression gets: a field's name, a path joined with `_`
    /// (`opd.name` → `opd_name`), `count`, `sum_budget`, or else the expression's text.
    func defaultName(_ expression: Expression) -> String {
        switch expression.kind {
        case .name(let name): return name
        case .member:
            if let path = Checker.path(of: expression) { return path.joined(separator: "_") }
        case .call(let name, _, let arguments):
            if arguments.isEmpty { return name }
            if arguments.count == 1, let path = Checker.path(of: arguments[0]) {
                return ([name] + path).joined(separator: "_")
            }
            // `percentile(budget, 90)` → percentile_budget_90, `first(actual, year)` →
            // first_actual_year: names usable without backticks; a condition
            // (`sum_if(budget, …)`) keeps only the field.
            let parts = arguments.map { argument -> [String]? in
                if case .integer(let number) = argument.kind, number >= 0 { return [String(number)] }
                return Checker.path(of: argument)
            }
            if parts.allSatisfy({ $0 != nil }) { return ([name] + parts.flatMap { $0! }).joined(separator: "_") }
            if let first = parts.first, let path = first { return ([name] + path).joined(separator: "_") }
        default: break
        }
        return source.text(of: expression.span)
    }

    /// `a.b.c` as ["a", "b", "c"], or nil for anything that is not a plain path.
    static func path(of expression: Expression) -> [String]? {
        switch expression.kind {
        case .name(let name): return [name]
        case .member(let base, let name, _):
            guard let prefix = path(of: base) else { return nil }
            return prefix + [name]
        default: return nil
        }
    }
}
