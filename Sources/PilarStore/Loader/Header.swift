import PilarCore

/// Where each column of a file's header landed: which header field holds each known column,
/// and which fields are extra columns (kept as nullable text).
struct Header {
    /// For each `ColumnSpec` of the entity, the index of its header field, or nil when absent.
    var specFields: [Int?]
    /// Extra columns: their names and header field indexes, in header order.
    var extras: [(name: String, field: Int)]
    /// How many fields each record must have.
    var width: Int
    /// False when the header is unusable and the rows should not be read at all.
    var rowsReadable: Bool
    /// Every column name in header order, as saving writes them back.
    var names: [String] = []

    /// Reads the header record the reader is positioned on, reporting every problem.
    static func read(
        _ reader: CSVReader, declaration: EntityDeclaration, schema: EntitySchema, specs: [ColumnSpec],
        sink: inout DiagnosticSink
    ) -> Header {
        let source = reader.source
        let bytes = source.bytes
        let fields = reader.fields
        var header = Header(specFields: Array(repeating: nil, count: specs.count), extras: [], width: fields.count, rowsReadable: true)
        guard fields.count <= LoaderLimits.maxColumns else {
            let first = fields[LoaderLimits.maxColumns]
            sink.report(Diagnostic(.loader, LoaderMessage.tooManyColumns,
                                   ["count": .number(fields.count), "limit": .text(String(LoaderLimits.maxColumns))],
                                   source: source, span: first.span))
            header.rowsReadable = false
            return header
        }
        let derived = declaration.derived
        var seen: [String: Int] = [:]
        var unmatched: [(name: String, field: Int)] = []
        for (index, field) in fields.enumerated() {
            let name = field.text(in: bytes, range: Cell.trimmed(field, in: bytes))
            header.names.append(name)
            guard !name.isEmpty else {
                sink.report(Diagnostic(.loader, LoaderMessage.emptyColumnName, ["index": .number(index + 1)], source: source,
                                       span: field.span, hint: Message(LoaderMessage.emptyColumnNameHint)))
                continue
            }
            if let first = seen[name] {
                sink.report(Diagnostic(.loader, LoaderMessage.duplicateColumn, ["name": .text(Cell.quoted(name)), "index": .number(first + 1)],
                                       source: source, span: field.span))
                continue
            }
            seen[name] = index
            if let spec = specs.firstIndex(where: { $0.name == name }) {
                header.specFields[spec] = index
            } else if let computation = derived.first(where: { $0.fields.contains { $0.name == name } }) {
                let inputs = computation.inputs.map { $0.split(separator: ".").last.map(String.init) ?? $0 }
                sink.report(Diagnostic(.loader, LoaderMessage.computedColumn, ["name": .text(name)], source: source, span: field.span,
                                       hint: Message(LoaderMessage.computedColumnHint, ["name": .text(name), "inputs": .message(.andList(inputs))])))
            } else if let collection = schema.collection(named: name) {
                sink.report(Diagnostic(.loader, LoaderMessage.collectionClash,
                                       ["name": .text(name), "path": .text("\(declaration.singular).\(collection.name)"),
                                        "collection": .text(collection.name), "entity": .message(declaration.noun)],
                                       source: source, span: field.span, hint: Message(LoaderMessage.renameColumnHint)))
            } else {
                unmatched.append((name, index))
            }
        }
        header.extras = unmatched
        for (specIndex, spec) in specs.enumerated() where spec.requiredInHeader && header.specFields[specIndex] == nil {
            reportMissing(spec, declaration: declaration, specs: specs, unmatched: unmatched, reader: reader, sink: &sink)
        }
        return header
    }

    /// Points at a misspelt header cell when there is one (`budjet` for `budget`), else at the
    /// whole header line.
    private static func reportMissing(
        _ spec: ColumnSpec, declaration: EntityDeclaration, specs: [ColumnSpec], unmatched: [(name: String, field: Int)],
        reader: CSVReader, sink: inout DiagnosticSink
    ) {
        let message = Message(LoaderMessage.missingColumn, ["name": .text(spec.name)])
        if let guess = DidYouMean.suggest(spec.name, from: unmatched.map(\.name)),
           let field = unmatched.first(where: { $0.name == guess })?.field {
            sink.report(Diagnostic(.loader, message, source: reader.source, span: reader.fields[field].span,
                                   hint: Message(LoaderMessage.headerHasHint, ["found": .text(Cell.quoted(guess)), "name": .text(spec.name)])))
        } else {
            // From byte 0 so that a byte-order mark does not shift the column.
            let required = specs.filter(\.requiredInHeader).map { MessageArgument.text($0.name) }
            sink.report(Diagnostic(.loader, message, source: reader.source, span: Span(0, reader.recordEnd),
                                   hint: Message(LoaderMessage.fileNeedsColumnsHint, ["file": .text(declaration.fileName), "columns": .list(required)])))
        }
    }
}
