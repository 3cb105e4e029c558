import PilarCore

/// Reads one masterplan file into columns, checking every cell and reporting every problem.
///
/// The row loop works on byte ranges: numbers, enum values and references are read from the
/// bytes directly, and a `String` is built only for text cells and codes.
struct FileLoader {
    let entity: Entity
    let source: SourceFile
    let specs: [ColumnSpec]
    let codeBook: CodeBook

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
    /// Years seen per indicator, one bit each: cheaper than hashing a million (indicator, year) pairs.
    private var seenYears: [UInt64] = []
    private static let wordsPerIndicator = (LoaderLimits.years.count + 63) / 64
    /// Positions in `specs` of the cells the cross-cell rules look at.
    private let ruleColumns: (first: Int?, second: Int?)

    private init(entity: Entity, source: SourceFile, codeBook: CodeBook) {
        self.entity = entity
        self.source = source
        self.specs = ColumnSpec.columns(of: entity)
        self.codeBook = codeBook
        self.lastReference = Array(repeating: nil, count: specs.count)
        let specs = self.specs
        func position(_ name: String) -> Int? { specs.firstIndex { $0.name == name } }
        switch entity {
        case .programme: ruleColumns = (position("start_year"), position("end_year"))
        case .measurement: ruleColumns = (position("indicator"), position("year"))
        default: ruleColumns = (nil, nil)
        }
        if entity == .measurement {
            let indicators = codeBook.rows[.indicator]?.count ?? 0
            seenYears = Array(repeating: 0, count: indicators * Self.wordsPerIndicator)
        }
    }

    static func load(_ entity: Entity, from source: SourceFile, codeBook: CodeBook, sink: inout DiagnosticSink) -> LoadedFile {
        var loader = FileLoader(entity: entity, source: source, codeBook: codeBook)
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
                let columns = specs.filter(\.requiredInHeader).map(\.name).joined(separator: ", ")
                sink.report(Diagnostic(.loader, "empty file: expected a header row with the columns \(columns)",
                                       source: source, span: .empty))
            }
            return finish(extras: [], complete: false)
        }
        let header = Header.read(reader, entity: entity, specs: specs, sink: &sink)
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
                sink.report(Diagnostic(.loader, "too many rows: at most \(Int32.max) are supported", source: source,
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
        file.layout = FileLayout.of(source, columns: header.names)
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
        sink.report(Diagnostic(.loader, "this row has \(found) field\(found == 1 ? "" : "s") but the header has \(expected)",
                               source: source, span: span,
                               hint: found > expected ? widthHint(reader.delimiter) : nil))
    }

    private func widthHint(_ delimiter: UInt8) -> String {
        delimiter == ASCII.comma
            ? "a comma inside a value needs the value in quotes: \"a, b\""
            : "this file's cells are separated by the \(FileShape.name(of: delimiter)) of its header; a value holding one needs quotes"
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
        switch entity {
        case .programme: checkYears(reader, header: header, sink: &sink)
        case .measurement:
            checkUniqueMeasurement(reader, header: header, sink: &sink)
            checkAchievementRange(reader, header: header, sink: &sink)
        default: break
        }
    }

    private mutating func readCell(
        _ field: CSVField, spec: ColumnSpec, index: Int, bytes: [UInt8], sink: inout DiagnosticSink
    ) {
        let range = Cell.trimmed(field, in: bytes)
        let slot = slots[index]
        // Messages are built inside autoclosures, so cells that parse cost nothing here.
        func fail(_ message: @autoclosure () -> String, hint: @autoclosure () -> String? = nil) {
            report(message(), at: field, hint: hint(), to: &sink)
        }
        func shown() -> String { Cell.quoted(field.text(in: bytes, range: range)) }

        if range.isEmpty {
            switch spec.kind {
            case .optionalText, .money, .optionalDecimal:
                buffers.appendNull(to: slot)
            default:
                fail("empty value in required column '\(spec.name)'", hint: CellHints.empty(spec.name))
                buffers.appendNull(to: slot)
            }
            return
        }

        switch (spec.kind, slot) {
        case (.code, .text(let column)):
            let code = field.text(in: bytes, range: range)
            if let first = codes[code] {
                let firstLine = rowLines[Int(first)]
                fail("duplicate code '\(Cell.quoted(code))' in column '\(spec.name)' (first defined on line \(firstLine))")
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
            let known = codeBook.ordered[target] ?? []
            fail("unknown \(target.rawValue) '\(Cell.quoted(code))' in column '\(spec.name)'",
                 hint: DidYouMean.suggest(code, from: known).map { "did you mean '\($0)'?" }
                    ?? "\(target.fileName) has no \(target.rawValue) with that code")

        case (.enumeration(let domain), .ordinal(_, let column)):
            let values = EnumBytes.values(of: domain)
            if let ordinal = values.firstIndex(where: { Cell.equal(bytes, range, $0) }), !field.hasEscapedQuotes {
                buffers.ordinals[column].append(UInt8(ordinal))
                return
            }
            buffers.ordinals[column].append(ColumnData.nullOrdinal)
            let text = field.text(in: bytes, range: range)
            fail("unknown \(domain.rawValue) '\(Cell.quoted(text))' in column '\(spec.name)'",
                 hint: DidYouMean.suggest(text, from: domain.values).map { "did you mean '\($0)'?" }
                    ?? "expected one of: \(domain.values.joined(separator: ", "))")

        case (.year, .int(let column)):
            switch ByteNumber.integer(bytes, range) {
            case .value(let year) where LoaderLimits.years.contains(year):
                buffers.ints[column].append(year)
            case .value, .overflow:
                buffers.ints[column].append(nil)
                fail("year '\(shown())' in column '\(spec.name)' is outside the range \(LoaderLimits.years.lowerBound) to \(LoaderLimits.years.upperBound)")
            case .invalid:
                buffers.ints[column].append(nil)
                if let match = Grouping.match(bytes, range) {
                    fail(Grouping.message(match, value: shown(), column: spec.name),
                         hint: Grouping.hint(match, column: spec.name, isMoney: false))
                } else {
                    fail("invalid year '\(shown())' in column '\(spec.name)'", hint: CellHints.badYear(shown()))
                }
            }

        case (.money, .int(let column)):
            switch Money.parse(bytes, range) {
            case .success(let rupiah):
                buffers.ints[column].append(rupiah)
            case .failure(let problem):
                buffers.ints[column].append(nil)
                fail(problem.message(value: shown(), column: spec.name), hint: problem.hint(column: spec.name))
            }

        case (.decimal, .decimal(let column)), (.optionalDecimal, .decimal(let column)):
            switch Figure.parse(bytes[range]) {
            case .success(let value):
                buffers.decimals[column].append(value)
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

    private func report(_ message: String, at field: CSVField, hint: String?, to sink: inout DiagnosticSink) {
        sink.report(Diagnostic(.loader, message, source: source, span: field.span, hint: hint))
    }

    // MARK: - Rules across cells

    private func lastInt(_ spec: Int) -> Int64? {
        guard case .int(let column) = slots[spec] else { return nil }
        return buffers.ints[column].last ?? nil
    }

    private func checkYears(_ reader: CSVReader, header: Header, sink: inout DiagnosticSink) {
        guard let startSpec = ruleColumns.first, let endSpec = ruleColumns.second,
              let start = lastInt(startSpec), let end = lastInt(endSpec), start > end,
              let startField = header.specFields[startSpec], let endField = header.specFields[endSpec]
        else { return }
        let span = reader.fields[startField].span.merged(with: reader.fields[endField].span)
        sink.report(Diagnostic(.loader, "start_year \(start) is after end_year \(end)", source: source, span: span,
                               hint: "a programme cannot end before it starts"))
    }

    private mutating func checkUniqueMeasurement(_ reader: CSVReader, header: Header, sink: inout DiagnosticSink) {
        guard let indicatorSpec = ruleColumns.first, let yearSpec = ruleColumns.second,
              case .reference(_, let column) = slots[indicatorSpec],
              let indicator = buffers.refs[column].last, indicator >= 0, let year = lastInt(yearSpec)
        else { return }
        let offset = Int(year - LoaderLimits.years.lowerBound)
        let word = Int(indicator) * Self.wordsPerIndicator + (offset >> 6)
        let bit = UInt64(1) << UInt64(offset & 63)
        guard word < seenYears.count else { return }
        guard seenYears[word] & bit != 0 else {
            seenYears[word] |= bit
            return
        }
        let code = header.specFields[indicatorSpec].map { reader.fields[$0].text(in: source.bytes) } ?? ""
        sink.report(Diagnostic(.loader, "duplicate measurement of indicator '\(Cell.quoted(code))' for \(year) (first on line \(firstLine(indicator: indicator, year: year)))",
                               source: source, span: Span(reader.recordStart, reader.recordEnd),
                               hint: "each indicator has one row per year"))
    }

    /// Figures within `Achievement.maximumFigureDigits` always give an exact fraction, but a
    /// tiny target can still make a quotient too large to hold; say so here, with the row.
    private func checkAchievementRange(_ reader: CSVReader, header: Header, sink: inout DiagnosticSink) {
        guard let indicatorSpec = ruleColumns.first, case .reference(_, let refColumn) = slots[indicatorSpec],
              let indicator = buffers.refs[refColumn].last, indicator >= 0,
              let targetSpec = specs.firstIndex(where: { $0.name == "target" }),
              let actualSpec = specs.firstIndex(where: { $0.name == "actual" }),
              case .decimal(let targetColumn) = slots[targetSpec], case .decimal(let actualColumn) = slots[actualSpec],
              let target = buffers.decimals[targetColumn].last ?? nil, let actual = buffers.decimals[actualColumn].last ?? nil
        else { return }
        // A quotient far inside the range cannot overflow; only a tiny target needs the exact
        // check. Doubles are close enough for this bound (the limit is 9.2e18, the bound 1e17).
        guard Achievement.mayBeOutOfRange(target: target, actual: actual) else { return }
        let polarity = codeBook.polarity(ofIndicator: indicator)
        guard case .outOfRange = Achievement.compute(target: target, actual: actual, polarity: polarity) else { return }
        let span = header.specFields[actualSpec].map { reader.fields[$0].span } ?? Span(reader.recordStart, reader.recordEnd)
        sink.report(Diagnostic(.loader, "the achievement of actual \(actual) against target \(target) is beyond ±9.2 × 10^18 %",
                               source: source, span: span, hint: "check the figures: the target looks far too small"))
    }

    /// The line of the first measurement of an indicator and year; only asked for when reporting.
    private func firstLine(indicator: Int32, year: Int64) -> Int32 {
        guard let indicatorSpec = ruleColumns.first, let yearSpec = ruleColumns.second,
              case .reference(_, let refs) = slots[indicatorSpec], case .int(let years) = slots[yearSpec]
        else { return 0 }
        let indicators = buffers.refs[refs]
        let yearCells = buffers.ints[years]
        for row in 0..<rowCount where indicators[row] == indicator && yearCells[row] == year {
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
        return LoadedFile(entity: entity, columns: read, extras: extraColumns, codes: codes, complete: complete,
                          hiddenReferences: hiddenReferences)
    }
}
