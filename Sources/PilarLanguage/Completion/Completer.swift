import PilarCore
import PilarStore

/// Context-aware completion for the text typed before the cursor.
///
/// It reuses the lexer, parser and checker rather than a word list: after `|` it offers
/// stages; inside a stage the fields of the row type that stage sees (found by checking the
/// pipeline so far); after `programme.` that entity's members; after `pillar ==` (inside or
/// before the quote) the values of the field's domain.
public struct Completer {
    let store: Store
    let bindings: [String: RowType]
    /// Band values are offered in this language (both are accepted).
    let language: Language

    public init(session: Session) {
        self.store = session.store
        self.language = session.language
        self.bindings = session.bindingTypes
    }

    /// Where the word being completed starts (a UTF-8 offset into `text`) and its candidates.
    public struct Completion: Sendable, Hashable {
        public var start: Int
        public var candidates: [String]
    }

    public func complete(_ text: String) -> Completion {
        let bytes = Array(text.utf8)
        let (stringStart, quote) = openString(in: bytes)
        let wordStart: Int
        let prefixEnd: Int
        if let stringStart {
            wordStart = stringStart + 1
            prefixEnd = stringStart
        } else {
            var index = bytes.count
            while index > 0, Lexer.isNameByte(bytes[index - 1]) { index -= 1 }
            wordStart = index
            prefixEnd = index
        }
        let word = String(decoding: bytes[wordStart...], as: UTF8.self)
        let prefix = String(decoding: bytes[..<prefixEnd], as: UTF8.self)
        guard let tokens = try? Lexer.tokenize(SourceFile(name: "<completion>", text: prefix)) else {
            return Completion(start: wordStart, candidates: [])
        }
        let statement = currentStatement(tokens)
        let candidates = candidates(statement: statement, prefix: prefix, inString: quote != nil)
        return Completion(start: wordStart, candidates: filter(candidates, by: word))
    }

    // MARK: - Context

    private func candidates(statement: [Token], prefix: String, inString: Bool) -> [String] {
        guard let last = statement.last else {
            return inString ? [] : sourceNames + ["let", "print", "insert", "upsert", "check"]
        }
        // `check RULE`: the declared rules.
        if !inString, statement.count == 1, case .identifier("check") = last.kind { return CheckRule.names }
        if let candidates = editCandidates(statement, prefix: prefix, inString: inString) { return candidates }
        if !inString, case .symbol(.pipe) = last.kind { return StageDeclaration.names }
        if !inString, case .symbol(.dot) = last.kind {
            let path = pathBefore(statement, endingAt: statement.count - 1)
            return memberNames(of: path, rowType: rowType(statement, prefix: prefix)) ?? []
        }
        if case .symbol(.assign) = last.kind, statement.count == 3, case .keyword(.let) = statement[0].kind {
            return sourceNames
        }
        if let values = enumValues(statement, prefix: prefix) {
            return inString ? values : values.map { "\"\($0)\"" }
        }
        if inString { return [] }
        if statement.count == 1, case .identifier = last.kind { return [] }
        let rowType = rowType(statement, prefix: prefix)
        var names = rowType.columns.map(\.name)
        if let entity = rowType.entity { names += store.schema(entity).memberNames }
        // Window functions are errors outside a window stage: stageWords offers them there.
        names += ScalarFunction.all.map(\.name) + AggregateFunction.all.map(\.name)
        names += ["and", "or", "not", "in", "is", "null", "true", "false", "contains", "starts_with", "ends_with", "like", "between", "by", "asc", "desc", "as"]
        if insideNestedPipeline(statement) { names.append("outer") }
        names += stageWords(statement)
        return uniqued(names)
    }

    /// The words that mean something only inside the stage being typed: `across` in a pivot,
    /// `into` in an unpivot, `sort` and the window functions in a window.
    private func stageWords(_ statement: [Token]) -> [String] {
        guard let pipe = statement.lastIndex(where: { if case .symbol(.pipe) = $0.kind { true } else { false } }),
              pipe + 1 < statement.count, case .identifier(let stage) = statement[pipe + 1].kind else { return [] }
        switch stage {
        case "pivot": return ["across"]
        case "unpivot": return ["into"]
        case "window": return ["sort"] + WindowFunction.all.map(\.name)
        default: return []
        }
    }

    /// Whether the word being typed is in the stages of a pipeline inside brackets
    /// (`count(programmes | where …`), where `outer.` names the row around it.
    private func insideNestedPipeline(_ statement: [Token]) -> Bool {
        var open: [Bool] = []   // per open '(': whether a '|' followed it
        for token in statement {
            switch token.kind {
            case .symbol(.leftParen): open.append(false)
            case .symbol(.rightParen): if !open.isEmpty { open.removeLast() }
            case .symbol(.pipe): if !open.isEmpty { open[open.count - 1] = true }
            default: break
            }
        }
        return open.contains(true)
    }

    // MARK: - Edits

    /// After `insert`/`upsert`: the sources; inside a record: the fields a record may set, and
    /// an enum's values after `field:`; after `update` (or its `,`): the fields; after
    /// `delete`: `cascade`. Nil when the cursor is in none of these places.
    private func editCandidates(_ statement: [Token], prefix: String, inString: Bool) -> [String]? {
        guard let last = statement.last else { return nil }
        if case .identifier(let verb) = statement[0].kind, verb == "insert" || verb == "upsert" {
            if statement.count == 1 { return inString ? [] : store.catalog.pluralNames }
            guard case .identifier(let sourceName) = statement[1].kind,
                  let entity = store.catalog.source(named: sourceName), let open = openBrace(statement) else { return nil }
            switch last.kind {
            case .symbol(.leftBrace) where !inString && open == statement.count - 1,
                 .symbol(.comma) where !inString && isFieldSlot(statement):
                return settableFields(of: entity)
            case .symbol(.colon):
                guard statement.count >= 2, case .identifier(let field) = statement[statement.count - 2].kind,
                      let values = fieldValues(field, of: entity) else { return nil }
                return inString ? values : values.map { "\"\($0)\"" }
            default:
                return nil
            }
        }
        guard !inString else { return nil }
        // The stage being typed: the tokens after the last `|` outside brackets.
        var depth = 0
        var stageStart: Int?
        for (index, token) in statement.enumerated() {
            switch token.kind {
            case .symbol(.leftParen), .symbol(.leftBracket): depth += 1
            case .symbol(.rightParen), .symbol(.rightBracket): depth = max(0, depth - 1)
            case .symbol(.pipe) where depth == 0: stageStart = index + 1
            default: break
            }
        }
        guard let stageStart, stageStart < statement.count, depth == 0,
              case .identifier(let stage) = statement[stageStart].kind else { return nil }
        switch (stage, last.kind) {
        case ("delete", .identifier("delete")) where stageStart == statement.count - 1:
            return ["cascade"]
        case ("update", .identifier("update")) where stageStart == statement.count - 1, ("update", .symbol(.comma)):
            guard let entity = rowType(statement, prefix: prefix).entity else { return [] }
            return settableFields(of: entity)
        default:
            return nil
        }
    }

    /// The index of the `{` still open at the end of the statement, if any.
    private func openBrace(_ statement: [Token]) -> Int? {
        var open: [Int] = []
        for (index, token) in statement.enumerated() {
            if case .symbol(.leftBrace) = token.kind { open.append(index) }
            if case .symbol(.rightBrace) = token.kind, !open.isEmpty { open.removeLast() }
        }
        return open.last
    }

    /// Whether a `,` at the end separates fields of the open record, not items of a call or list.
    private func isFieldSlot(_ statement: [Token]) -> Bool {
        var depth = 0
        for token in statement.reversed().dropFirst() {
            switch token.kind {
            case .symbol(.rightParen), .symbol(.rightBracket): depth += 1
            case .symbol(.leftParen), .symbol(.leftBracket):
                if depth == 0 { return false }
                depth -= 1
            case .symbol(.leftBrace): return depth == 0
            default: break
            }
        }
        return false
    }

    /// Stored fields an insert, upsert or update may set (derived ones are left out).
    private func settableFields(of entity: Entity) -> [String] {
        let derived = store.catalog[entity].derivedFieldNames
        return store.schema(entity).fields.map(\.name).filter { !derived.contains($0) }
    }

    /// The values an enum field (or a reference to a small fixed list) may take.
    private func fieldValues(_ name: String, of entity: Entity) -> [String]? {
        guard let field = store.schema(entity).field(named: name) else { return nil }
        switch field.type {
        case .enumeration(let domain): return domain.values(in: language)
        case .reference(let target):
            let table = store.table(target)
            return (0..<table.count).compactMap { table.code(of: $0) }
        default: return nil
        }
    }

    /// Values of the enum (or pillar/OPD codes) compared against: `pillar == `, `band in [`.
    private func enumValues(_ statement: [Token], prefix: String) -> [String]? {
        var index = statement.count - 1
        // Skip back over a list being written: `in ["low", `.
        while index >= 0 {
            switch statement[index].kind {
            case .string, .symbol(.comma): index -= 1
            default: break
            }
            if index >= 0, case .string = statement[index].kind { continue }
            if index >= 0, case .symbol(.comma) = statement[index].kind { continue }
            break
        }
        guard index >= 0 else { return nil }
        var operatorIndex = index
        if case .symbol(.leftBracket) = statement[index].kind {
            operatorIndex = index - 1
            guard operatorIndex >= 0, case .keyword(.in) = statement[operatorIndex].kind else { return nil }
        } else {
            switch statement[index].kind {
            case .symbol(.equal), .symbol(.notEqual), .symbol(.less), .symbol(.lessEqual), .symbol(.greater),
                 .symbol(.greaterEqual):
                break
            default:
                return nil
            }
        }
        var pathEnd = operatorIndex - 1
        if pathEnd >= 0, case .keyword(.not) = statement[pathEnd].kind { pathEnd -= 1 }
        guard pathEnd >= 0 else { return nil }
        let path = pathBefore(statement, endingAt: pathEnd + 1)
        guard !path.isEmpty, let type = type(of: path, rowType: rowType(statement, prefix: prefix)) else { return nil }
        switch type {
        case .enumeration(let domain): return domain.values(in: language)
        case .ref(let entity):
            let table = store.table(entity)
            return (0..<table.count).compactMap { table.code(of: $0) }
        default: return nil
        }
    }

    // MARK: - Row types

    /// The row type the stage being typed sees: the pipeline before its last `|`, checked.
    private func rowType(_ statement: [Token], prefix: String) -> RowType {
        // Depth of each token, to find the pipeline the cursor is in.
        var depth = 0
        var depths: [Int] = []
        var openers: [Int] = []
        for (index, token) in statement.enumerated() {
            depths.append(depth)
            switch token.kind {
            case .symbol(.leftParen), .symbol(.leftBracket):
                depth += 1
                openers.append(index)
            case .symbol(.rightParen), .symbol(.rightBracket):
                depth = max(0, depth - 1)
                if !openers.isEmpty { openers.removeLast() }
            default: break
            }
        }
        let outer = topLevelRowType(statement, depths: depths, prefix: prefix)
        guard depth > 0, let opener = openers.last else { return outer }
        // Inside `count(programmes | where …`: the rows of the relation after the bracket.
        let inner = statement[(opener + 1)...]
        guard inner.contains(where: { if case .symbol(.pipe) = $0.kind { return true }; return false }) else { return outer }
        var path: [String] = []
        for token in inner {
            if case .identifier(let name) = token.kind { path.append(name) }
            else if case .symbol(.dot) = token.kind { continue }
            else { break }
        }
        if case .rows(let rowType)? = type(of: path, rowType: outer) { return rowType }
        return outer
    }

    private func topLevelRowType(_ statement: [Token], depths: [Int], prefix: String) -> RowType {
        var start = 0
        if case .keyword(.let) = statement.first?.kind { start = min(statement.count, 3) }
        guard start < statement.count, case .identifier(let sourceName) = statement[start].kind else {
            return RowType(entity: nil)
        }
        let lastPipe = statement.indices.last { index in
            if case .symbol(.pipe) = statement[index].kind, depths[index] == 0 { return true }
            return false
        }
        let sourceRow: RowType = bindings[sourceName] ?? RowType(entity: store.catalog.source(named: sourceName))
        guard let lastPipe, lastPipe > start else { return sourceRow }
        let bytes = Array(prefix.utf8)
        let from = statement[start].span.start
        let to = statement[lastPipe].span.start
        guard from < to, to <= bytes.count else { return sourceRow }
        let pipelineText = String(decoding: bytes[from..<to], as: UTF8.self)
        let source = SourceFile(name: "<completion>", text: pipelineText)
        guard let script = try? Parser.parse(source), script.statements.count == 1,
              case .query(let pipeline) = script.statements[0].kind else { return sourceRow }
        let checker = Checker(store: store, source: source, parameters: [:], bindings: bindings)
        return (try? checker.checkPipeline(pipeline))?.rowType ?? sourceRow
    }

    /// The type a dotted path has in a row: a field's type, a reference, or rows.
    private func type(of path: [String], rowType: RowType) -> ValueType? {
        guard let first = path.first else { return nil }
        var current: ValueType
        if let index = rowType.columnIndex(first) {
            current = rowType.columns[index].type
        } else if let entity = rowType.entity, let member = memberType(first, of: entity) {
            current = member
        } else if let binding = bindings[first] {
            current = .rows(binding)
        } else {
            return nil
        }
        for name in path.dropFirst() {
            let entity: Entity
            switch current {
            case .ref(let target): entity = target
            case .rows(let rows):
                guard let target = rows.entity else { return nil }
                entity = target
            default: return nil
            }
            guard let member = memberType(name, of: entity) else { return nil }
            current = member
        }
        return current
    }

    private func memberType(_ name: String, of entity: Entity) -> ValueType? {
        let schema = store.schema(entity)
        if let field = schema.field(named: name) { return ValueType(field.type) }
        if let collection = schema.collection(named: name) { return .rows(RowType(entity: collection.target)) }
        if schema.navigationOffset(name) != nil { return .ref(entity) }
        return nil
    }

    private func memberNames(of path: [String], rowType: RowType) -> [String]? {
        switch type(of: path, rowType: rowType) {
        case .ref(let entity)?: return store.schema(entity).memberNames
        case .rows(let rows)?:
            return rows.columns.map(\.name) + (rows.entity.map { store.schema($0).memberNames } ?? [])
        default: return nil
        }
    }

    // MARK: - Tokens and text

    /// The tokens of the statement being typed (after the last statement end).
    private func currentStatement(_ tokens: [Token]) -> [Token] {
        var statement: [Token] = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .end:
                // The lexer ends a statement at the end of the text; that end is not a real one.
                if index + 1 < tokens.count, case .eof = tokens[index + 1].kind,
                   tokens[index + 1].span.start == token.span.start { continue }
                statement.removeAll()
            case .eof: break
            default: statement.append(token)
            }
        }
        return statement
    }

    /// `a.b.c` read backwards from the token before `end`.
    private func pathBefore(_ tokens: [Token], endingAt end: Int) -> [String] {
        var path: [String] = []
        var index = end - 1
        while index >= 0 {
            guard case .identifier(let name) = tokens[index].kind else { break }
            path.insert(name, at: 0)
            if index >= 1, case .symbol(.dot) = tokens[index - 1].kind {
                index -= 2
            } else {
                break
            }
        }
        return path
    }

    /// Where an unterminated string on the last line starts, and its quote.
    private func openString(in bytes: [UInt8]) -> (Int?, UInt8?) {
        var start: Int?
        var quote: UInt8?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == open || byte == UInt8(ascii: "\n") { quote = nil; start = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
                start = index
            } else if byte == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            }
            index += 1
        }
        return (start, quote)
    }

    private var sourceNames: [String] {
        store.catalog.pluralNames + bindings.keys.sorted()
    }

    private func filter(_ candidates: [String], by word: String) -> [String] {
        let exact = candidates.filter { $0.hasPrefix(word) || $0.hasPrefix("\"" + word) }
        if !exact.isEmpty || word.isEmpty { return uniqued(exact) }
        let lowered = word.lowercased()
        return uniqued(candidates.filter { $0.lowercased().hasPrefix(lowered) || $0.lowercased().hasPrefix("\"" + lowered) })
    }

    private func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
