import PilarCore

/// The stages that reshape a table: `pivot`, `unpivot` and `totals` (grammar.md, "Pivot and
/// totals"). `across`, `into` are plain identifiers here, as stage names are: they mean
/// something only at their place.
extension Parser {
    /// `pivot AGG, … [by KEY, …] across KEY [in [V, …]]`
    mutating func parsePivot() throws(Diagnostic) -> StageKind {
        let example = Message.code("pivot avg(achievement) by indicator.programme.pillar across year")
        guard startsExpression, !isAcross else {
            throw error(.expectedAggregateAfterPivot, ["found": .message(current.phrase)], at: foundSpan, hint: example)
        }
        let aggregates = try parseNamedList(context: .after("pivot"), allowAs: true)
        var keys: [NamedExpression] = []
        if isKeyword(.by) {
            advance()
            keys = try parseNamedList(context: .after("by"), allowAs: true)
        }
        guard isAcross else {
            throw error(.expectedAcross, ["found": .message(current.phrase)], at: foundSpan, hint: example)
        }
        advance()
        var across = try parseExpression(context: .after("across"))
        // `across year = start_year`: the columns are named by the key's values, so there is
        // no name to give; the key is what follows the '='.
        if isSymbol(.assign), case .name(let name) = across.kind {
            throw error(.acrossTakesKey, at: current.span,
                        hint: Message(ParserMessage.leaveOutName, ["name": .text(name)]))
                .fixing(Span(across.span.start, peek.span.start), with: "")
        }
        // `across budget > 5e9 in [true]`: a comparison does not take an `in` after it, so
        // the list is left over here; the key is the whole comparison.
        if isKeyword(.in) {
            advance()
            let list = try parseExpression(context: .after("in"))
            across = Expression(.inList(across, list, negated: false), across.span.merged(with: list.span))
        }
        // `across year in [2019, 2020]` reads as an `in` test; its list fixes the columns.
        if case .inList(let key, let list, negated: false) = across.kind, case .list(let values) = list.kind {
            guard !values.isEmpty else {
                throw error(.listNamesNoColumn, at: list.span, hint: .code("across year in [2019, 2020]"))
            }
            return .pivot(PivotSpec(aggregates: aggregates, keys: keys, across: key, values: values))
        }
        return .pivot(PivotSpec(aggregates: aggregates, keys: keys, across: across, values: nil))
    }

    /// `unpivot COLUMN, … into NAMECOL, VALUECOL`
    mutating func parseUnpivot() throws(Diagnostic) -> StageKind {
        let example = Message.code("unpivot `2019`, `2020` into year, achievement")
        var columns: [UnpivotSpec.Name] = []
        repeat {
            if !columns.isEmpty { advance() }
            columns.append(try parseColumnName(context: .after(columns.isEmpty ? "unpivot" : ","), example: example))
        } while isSymbol(.comma)
        guard case .identifier("into") = current.kind else {
            throw error(.expectedInto, ["found": .message(current.phrase)], at: foundSpan, hint: example)
        }
        advance()
        let nameColumn = try parseColumnName(context: .after("into"), example: example)
        guard isSymbol(.comma) else {
            throw error(.expectedValueColumn, ["found": .message(current.phrase)], at: foundSpan, hint: example)
        }
        advance()
        let valueColumn = try parseColumnName(context: .after(","), example: example)
        return .unpivot(UnpivotSpec(columns: columns, nameColumn: nameColumn, valueColumn: valueColumn))
    }

    /// `totals [by COLUMN]`
    mutating func parseTotals() throws(Diagnostic) -> StageKind {
        guard isKeyword(.by) else { return .totals(by: nil) }
        advance()
        return .totals(by: try parseExpression(context: .after("by")))
    }

    private var isAcross: Bool {
        if case .identifier("across") = current.kind { return true }
        return false
    }

    /// A column name: an identifier or a quoted one. A bare number is refused with the quoted
    /// spelling, since pivot's year columns are the ones people try (`2019`).
    private mutating func parseColumnName(context: Message, example: Message) throws(Diagnostic) -> UnpivotSpec.Name {
        switch current.kind {
        case .identifier(let name):
            let name = UnpivotSpec.Name(name, current.span)
            advance()
            return name
        case .integer(let number):
            throw error(.columnNameNotNumber, ["context": .message(context), "number": .text(String(number))], at: current.span,
                        hint: Message(ParserMessage.numberColumnInBackticks, ["number": .text(String(number))]))
        default:
            throw error(.expectedColumnName, ["context": .message(context), "found": .message(current.phrase)], at: foundSpan,
                        hint: example)
        }
    }
}
