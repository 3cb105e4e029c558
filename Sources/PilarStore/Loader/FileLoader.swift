import PilarCore

/// Reads one masterplan file into columns, checking every cell and reporting every problem.
///
/// The row loop works on byte ranges: numbers, enum values and references are read from the
/// bytes directly, and a `String` is built only for text cells and codes.
struct FileLoader {
    let declaration: EntityDeclaration
    let catalog: Catalog
    let source: SourceFile
    let specs: [ColumnSpec]
    let codeBook: CodeBook

    private var entity: Entity { declaration.entity }
    private var buffers = ColumnBuffers()
    private var slots: [ColumnBuffers.Slot] = []
    private var extraSlots: [Int] = []
    private var codes: [String: Int32] = [:]
    private var rowLines: [Int32] = []
    private var rowCount = 0
    /// Unresolved references into files that could not be read whole: not reported one by
    /// one (they may follow from that file's errors), only counted.
    private var hiddenReferences: [Entity: Int] = [:]
    /// The last reference resolved in each column: measurements usually list one indicator's
    /// years together, so most lookups are a byte comparison instead of a hash.
    private var lastReference: [(range: Range<Int>, row: Int32)?]
    /// A key of a reference and a year (measurements: indicator and year) is checked with one
    /// bit per referenced row and year: cheaper than hashing a million pairs.
    private let yearKey: (reference: Int, year: Int)?
    private var seenYears: [UInt64] = []
    private static let wordsPerRow = (ValueRule.years.count + 63) / 64
    /// Any other key of several fields: the first row of each key seen.
    private var seenKeys: [[Value]: Int32] = [:]
    private let keyColumns: [Int]
    /// The rules across cells, with the positions in `specs` of the cells they compare.
    private let orderRules: [(first: Int, second: Int, hint: Message)]

    private init(declaration: EntityDeclaration, catalog: Catalog, source: SourceFile, codeBook: CodeBook) {
        self.declaration = declaration
        self.catalog = catalog
        self.source = source
        self.specs = ColumnSpec.columns(of: declaration)
        self.codeBook = codeBook
        self.lastReference = Array(repeating: nil, count: specs.count)
        let specs = self.specs
        func position(_ name: String) -> Int? { specs.firstIndex { $0.name == name } }
        orderRules = declaration.rules.compactMap { rule in
            switch rule {
            case .notAfter(let first, let second, let hint):
                guard let a = position(first), let b = position(second) else { return nil }
                return (a, b, hint)
            }
        }
        let keyPositions = declaration.codeField == nil ? declaration.key.compactMap(position) : []
        keyColumns = keyPositions
        if keyPositions.count == 2, case .reference(let target) = specs[keyPositions[0]].type,
           specs[keyPositions[1]].rule == .year {
            yearKey = (keyPositions[0], keyPositions[1])
            seenYears = Array(repeating: 0, count: (codeBook.rows[target]?.count ?? 0) * Self.wordsPerRow)
        } else {
            yearKey = nil
        }
    }

    static func load(
        _ declaration: EntityDeclaration, catalog: Catalog, from source: SourceFile, codeBook: CodeBook, sink: inout DiagnosticSink
    ) -> LoadedFile {
        var loader = FileLoader(declaration: declaration, catalog: catalog, source: source, codeBook: codeBook)
        return loader.run(sink: &sink)
    }

    private mutating func run(sink: inout DiagnosticSink) -> LoadedFile {
        let bytes = source.bytes
        if let problem = FileShape.problem(in: source) {
            sink.report(problem)
            return finish(extras: [], complete: false)
        }
        var reader = CSVReader(source: source, delimiter: FileShape.delimiter(of: source))
        reader.diagnosticLimit = sink.limit
        guard reader.nextRecord() else {
            let taken = reader.takeDiagnostics()
            sink.absorb(taken.diagnostics, omitted: taken.omitted)
            if taken.diagnostics.isEmpty {
                let columns = specs.filter(\.requiredInHeader).map { MessageArgument.text($0.name) }
                sink.report(Diagnostic(.loader, LoaderMessage.emptyFile, ["columns": .list(columns)],
                                       source: source, span: .empty))
            }
            return finish(extras: [], complete: false)
        }
        let header = Header.read(reader, declaration: declaration, schema: catalog.schema(of: entity), specs: specs, sink: &sink)
        let taken = reader.takeDiagnostics()
        sink.absorb(taken.diagnostics, omitted: taken.omitted)
        guard header.rowsReadable else { return finish(extras: [], complete: false) }
        for spec in specs {
            slots.append(buffers.addSlot(for: spec.kind))
        }
        for _ in header.extras {
            extraSlots.append(buffers.addTextColumn())
        }
        let codeField = specs.firstIndex { if case .code = $0.kind { true } else { false } }
        var complete = codeField.map { header.specFields[$0] != nil } ?? true

        // A record skipped for its shape may have held a code; references to this file are
        // then not checked, rather than reported as unknown one by one.
        while reader.nextRecord() {
            if !reader.diagnostics.isEmpty || reader.omittedDiagnostics > 0 {
                let taken = reader.takeDiagnostics()
                sink.absorb(taken.diagnostics, omitted: taken.omitted)
                complete = false
            }
            if isBlankRecord(reader.fields, bytes) { continue }
            guard reader.fields.count == header.width else {
                reportWidth(reader, expected: header.width, sink: &sink)
                complete = false
                continue
            }
            guard rowCount < Int(Int32.max) else {
                sink.report(Diagnostic(.loader, LoaderMessage.tooManyRows, ["limit": .text(String(Int32.max))], source: source,
                                       span: Span(reader.recordStart, reader.recordEnd)))
                complete = false
                break
            }
            readRow(reader, header: header, sink: &sink)
            rowLines.append(Int32(clamping: reader.line))
            rowCount += 1
        }
        let rest = reader.takeDiagnostics()
        sink.absorb(rest.diagnostics, omitted: rest.omitted)
        if reader.stoppedEarly || !rest.diagnostics.isEmpty || rest.omitted > 0 { complete = false }
        var file = finish(extras: header.extras.map(\.name), complete: complete)
        file.layout = FileLayout.of(source, columns: header.names, delimiter: reader.delimiter)
        file.sourceName = source.name
        file.rowLines = rowLines
        return file
    }

    /// A record of empty cells (`,,,,`) is what spreadsheets export for an empty row.
    private func isBlankRecord(_ fields: [CSVField], _ bytes: [UInt8]) -> Bool {
        for field in fields where field.isQuoted || !Cell.trimmed(field, in: bytes).isEmpty {
            return false
        }
        return true
    }

    private func reportWidth(_ reader: CSVReader, expected: Int, sink: inout DiagnosticSink) {
        let found = reader.fields.count
        let span: Span
        if found > expected {
            span = Span(reader.fields[expected].start, reader.recordEnd)
        } else {
            span = Span(reader.recordEnd, reader.recordEnd)
        }
        sink.report(Diagnostic(.loader, LoaderMessage.rowWidth, ["found": .number(found), "expected": .number(expected)],
                               source: source, span: span,
                               hint: found > expected ? widthHint(reader.delimiter) : nil))
    }

    private func widthHint(_ delimiter: UInt8) -> Message {
        delimiter == ASCII.comma
            ? Message(LoaderMessage.commaInValueHint)
            : Message(LoaderMessage.delimiterInValueHint, ["delimiter": .message(FileShape.name(of: delimiter))])
    }

    // MARK: - One row

    private mutating func readRow(_ reader: CSVReader, header: Header, sink: inout DiagnosticSink) {
        let bytes = source.bytes
        for (index, spec) in specs.enumerated() {
            guard let fieldIndex = header.specFields[index] else {
                buffers.appendNull(to: slots[index])
                continue
            }
            readCell(reader.fields[fieldIndex], spec: spec, index: index, bytes: bytes, sink: &sink)
        }
        for (extra, slot) in zip(header.extras, extraSlots) {
            let field = reader.fields[extra.field]
            let range = Cell.trimmed(field, in: bytes)
            buffers.texts[slot].append(range.isEmpty ? nil : field.text(in: bytes, range: range))
        }
        for rule in orderRules {
            checkOrder(rule, reader, header: header, sink: &sink)
        }
        if yearKey != nil {
            checkUniqueYearKey(reader, header: header, sink: &sink)
        } else if !keyColumns.isEmpty {
            checkUniqueKey(reader, header: header, sink: &sink)
        }
    }

    private mutating func readCell(
        _ field: CSVField, spec: ColumnSpec, index: Int, bytes: [UInt8], sink: inout DiagnosticSink
    ) {
        let range = Cell.trimmed(field, in: bytes)
        let slot = slots[index]
        // Messages are built inside autoclosures, so cells that parse cost nothing here.
        func fail(_ message: @autoclosure () -> Message, hint: @autoclosure () -> Message? = nil) {
            report(message(), at: field, hint: hint(), to: &sink)
        }
        func shown() -> String { Cell.quoted(field.text(in: bytes, range: range)) }
        var place: ValueProblem.Place { .column(spec.name) }
        func fail(_ problem: ValueProblem, _ value: @autoclosure () -> String) {
            report(problem.message(value: value(), place: place), at: field, hint: problem.hint, to: &sink)
        }
        // The field's rule (`ValueCheck`, as for every write) on a value read from the cell:
        // the value, or nil after reporting why not.
        func obeyingRule(_ number: Int64) -> Int64? {
            guard let problem = ValueCheck.rule(spec.rule, int: number) else { return number }
            fail(problem, shown())
            return nil
        }
        func obeyingRule(_ number: DecimalNumber) -> DecimalNumber? {
            guard let problem = ValueCheck.rule(spec.rule, decimal: number) else { return number }
            fail(problem, shown())
            return nil
        }

        if range.isEmpty {
            if !spec.nullable {
                let problem = ValueProblem.missing(spec.field)
                fail(problem.message(value: "", place: place), hint: problem.hint)
            }
            buffers.appendNull(to: slot)
            return
        }

        switch (spec.kind, slot) {
        case (.code, .text(let column)):
            let code = field.text(in: bytes, range: range)
            if let first = codes[code] {
                let firstLine = rowLines[Int(first)]
                fail(Message(LoaderMessage.duplicateCode, ["code": .text(Cell.quoted(code)), "column": .text(spec.name),
                                                           "line": .text(String(firstLine))]))
            } else {
                codes[code] = Int32(rowCount)
            }
            buffers.texts[column].append(code)

        case (.text, .text(let column)), (.optionalText, .text(let column)):
            buffers.texts[column].append(field.text(in: bytes, range: range))

        case (.reference(let target), .reference(_, let column)):
            if let last = lastReference[index], !field.hasEscapedQuotes, Cell.equal(bytes, last.range, range) {
                buffers.refs[column].append(last.row)
                return
            }
            let code = field.text(in: bytes, range: range)
            if let row = codeBook.rows[target]?[code] {
                if !field.hasEscapedQuotes { lastReference[index] = (range, row) }
                buffers.refs[column].append(row)
                return
            }
            buffers.refs[column].append(-1)
            guard codeBook.complete.contains(target) else {
                hiddenReferences[target, default: 0] += 1
                return
            }
            let targetDeclaration = catalog[target]
            let suggestion = DidYouMean.suggest(code, from: codeBook.ordered[target] ?? [])
            fail(ValueProblem(.unknownReference(entity: targetDeclaration.noun, file: targetDeclaration.fileName,
                                                suggestion: suggestion)), Cell.quoted(code))

        case (.enumeration(let domain), .ordinal(_, let column)):
            let values = EnumBytes.values(of: domain)
            if let ordinal = values.firstIndex(where: { Cell.equal(bytes, range, $0) }), !field.hasEscapedQuotes {
                buffers.ordinals[column].append(UInt8(ordinal))
                return
            }
            buffers.ordinals[column].append(ColumnData.nullOrdinal)
            let text = field.text(in: bytes, range: range)
            fail(ValueProblem(.unknownEnum(domain, suggestion: DidYouMean.suggest(text, from: domain.values))), Cell.quoted(text))

        case (.integer, .int(let column)):
            switch ByteNumber.integer(bytes, range) {
            case .value(let number):
                buffers.ints[column].append(obeyingRule(number))
            case .overflow:
                buffers.ints[column].append(nil)
                fail(ValueProblem(spec.rule == .year ? .yearOutOfRange : .wrongType(expected: Message(ValueMessage.expectedWholeNumber64))), shown())
            case .invalid:
                buffers.ints[column].append(nil)
                if let match = Grouping.match(bytes, range) {
                    fail(Grouping.message(match, value: shown(), column: spec.name),
                         hint: Grouping.hint(match, column: spec.name, isMoney: false))
                } else {
                    fail(Message(ValueMessage.invalidYear, ["value": .text(shown()), "place": .message(.column(spec.name))]),
                         hint: CellHints.badYear(shown()))
                }
            }

        case (.money, .int(let column)):
            switch Money.parse(bytes, range) {
            case .success(let rupiah):
                buffers.ints[column].append(obeyingRule(rupiah))
            case .failure(let problem):
                buffers.ints[column].append(nil)
                fail(problem.message(value: shown(), column: spec.name), hint: problem.hint(column: spec.name))
            }

        case (.decimal, .decimal(let column)), (.optionalDecimal, .decimal(let column)):
            switch Figure.parse(bytes[range]) {
            case .success(let value):
                buffers.decimals[column].append(obeyingRule(value))
            case .failure(let problem):
                buffers.decimals[column].append(nil)
                let text = shown()
                let optional = if case .optionalDecimal = spec.kind { true } else { false }
                fail(problem.message(value: text, column: spec.name), hint: problem.hint(text, optional: optional))
            }

        default:
            // Slots are made from the same kinds, so this cannot happen; keep the column lengths equal anyway.
            buffers.appendNull(to: slot)
        }
    }

    private func report(_ message: Message, at field: CSVField, hint: Message?, to sink: inout DiagnosticSink) {
        sink.report(Diagnostic(.loader, message, source: source, span: field.span, hint: hint))
    }

    // MARK: - Rules across cells

    private func lastInt(_ spec: Int) -> Int64? {
        guard case .int(let column) = slots[spec] else { return nil }
        return buffers.ints[column].last ?? nil
    }

    private func checkOrder(_ rule: (first: Int, second: Int, hint: Message), _ reader: CSVReader, header: Header,
                            sink: inout DiagnosticSink) {
        guard let first = lastInt(rule.first), let second = lastInt(rule.second), first > second,
              let firstField = header.specFields[rule.first], let secondField = header.specFields[rule.second]
        else { return }
        let span = reader.fields[firstField].span.merged(with: reader.fields[secondField].span)
        sink.report(Diagnostic(.loader, LoaderMessage.notAfter,
                               ["first": .text(specs[rule.first].name), "firstValue": .text(String(first)),
                                "second": .text(specs[rule.second].name), "secondValue": .text(String(second))],
                               source: source, span: span, hint: rule.hint))
    }

    private mutating func checkUniqueYearKey(_ reader: CSVReader, header: Header, sink: inout DiagnosticSink) {
        guard let (referenceSpec, yearSpec) = yearKey,
              case .reference(_, let column) = slots[referenceSpec],
              let referenced = buffers.refs[column].last, referenced >= 0, let year = lastInt(yearSpec)
        else { return }
        let offset = Int(year - ValueRule.years.lowerBound)
        let word = Int(referenced) * Self.wordsPerRow + (offset >> 6)
        let bit = UInt64(1) << UInt64(offset & 63)
        guard word < seenYears.count else { return }
        guard seenYears[word] & bit != 0 else {
            seenYears[word] |= bit
            return
        }
        let code = header.specFields[referenceSpec].map { reader.fields[$0].text(in: source.bytes) } ?? ""
        let reference = specs[referenceSpec].name
        sink.report(Diagnostic(.loader, LoaderMessage.duplicateYearKey,
                               ["entity": .message(declaration.noun), "reference": .text(reference), "code": .text(Cell.quoted(code)),
                                "year": .text(String(year)), "line": .text(String(firstLine(referenced: referenced, year: year)))],
                               source: source, span: Span(reader.recordStart, reader.recordEnd),
                               hint: Message(LoaderMessage.duplicateYearKeyHint, ["reference": .text(reference), "step": .text(specs[yearSpec].name)])))
    }

    private mutating func checkUniqueKey(_ reader: CSVReader, header: Header, sink: inout DiagnosticSink) {
        let key = keyColumns.map { lastValue($0) }
        guard !key.contains(where: \.isNull) else { return }
        if let first = seenKeys[key] {
            let names = MessageArgument.list(keyColumns.map { .text(specs[$0].name) })
            sink.report(Diagnostic(.loader, LoaderMessage.duplicateKey,
                                   ["entity": .message(declaration.noun), "names": names, "line": .text(String(rowLines[Int(first)]))],
                                   source: source, span: Span(reader.recordStart, reader.recordEnd),
                                   hint: Message(LoaderMessage.duplicateKeyHint, ["entity": .message(declaration.noun), "names": names])))
        } else {
            seenKeys[key] = Int32(rowCount)
        }
    }

    /// The value just read into a column, for keys.
    private func lastValue(_ spec: Int) -> Value {
        switch slots[spec] {
        case .text(let column): (buffers.texts[column].last ?? nil).map(Value.text) ?? .null
        case .int(let column): (buffers.ints[column].last ?? nil).map(Value.int) ?? .null
        case .decimal(let column): (buffers.decimals[column].last ?? nil).map(Value.decimal) ?? .null
        case .ordinal(_, let column): buffers.ordinals[column].last.map { Value.int(Int64($0)) } ?? .null
        case .reference(let target, let column): buffers.refs[column].last.map { Value.ref(target, $0) } ?? .null
        }
    }

    /// The line of the first row of a reference and year; only asked for when reporting.
    private func firstLine(referenced: Int32, year: Int64) -> Int32 {
        guard let (referenceSpec, yearSpec) = yearKey,
              case .reference(_, let refs) = slots[referenceSpec], case .int(let years) = slots[yearSpec]
        else { return 0 }
        let references = buffers.refs[refs]
        let yearCells = buffers.ints[years]
        for row in 0..<rowCount where references[row] == referenced && yearCells[row] == year {
            return rowLines[row]
        }
        return 0
    }

    // MARK: - Result

    private func finish(extras: [String], complete: Bool) -> LoadedFile {
        // A file whose rows were never read still yields well-formed empty columns.
        let read = slots.count == specs.count
            ? slots.map { buffers.columnData($0) }
            : specs.map { ColumnBuffers.emptyColumn(for: $0.kind) }
        let extraColumns = zip(extras, extraSlots).map { (name: $0, column: ColumnData.text(buffers.texts[$1])) }
        return LoadedFile(entity: entity, names: specs.map(\.name), columns: read, extras: extraColumns, codes: codes,
                          complete: complete, hiddenReferences: hiddenReferences)
    }
}
