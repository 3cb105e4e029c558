import PilarCore

/// Turns the files read without error into tables in schema order, derived fields computed.
enum StoreAssembly {
    /// The table of a file: declared columns, then derived ones, then extras. `earlier` holds
    /// the tables of the entities before it, which derived fields may read through references.
    static func table(
        _ file: LoadedFile, declaration: EntityDeclaration, catalog: Catalog, earlier: [Table]
    ) -> (table: Table, problems: [RowProblem]) {
        let schema = catalog.schema(of: declaration.entity, extraColumns: file.extras.map(\.name))
        let own = Dictionary(uniqueKeysWithValues: zip(file.names, file.columns))
        let derived = DerivedValues.compute(declaration, own: own, count: file.count) { earlier[$0.id] }
        var table = Table(schema: schema, columns: file.columns + derived.columns + file.extras.map(\.column), layout: file.layout)
        table.sourceName = file.sourceName
        table.sourceLines = file.rowLines
        return (table, derived.problems)
    }

    /// A problem found by a derived computation, located at its row's cell when the file is known.
    static func diagnostic(_ problem: RowProblem, file: LoadedFile, source: SourceFile?) -> Diagnostic {
        guard let source else { return Diagnostic(.loader, problem.text, source: nil, hint: problem.hintText) }
        let span = RecordLocator.span(ofRow: problem.row, field: problem.field, in: source) ?? .empty
        return Diagnostic(.loader, problem.text, source: source, span: span, hint: problem.hintText)
    }

    /// The rows an entity has when its file is absent, given as text cells in field order.
    static func defaultFile(_ declaration: EntityDeclaration, rows: [[String]]) -> LoadedFile {
        var codes: [String: Int32] = [:]
        let codeIndex = declaration.codeField.flatMap { name in declaration.fields.firstIndex { $0.name == name } }
        for (row, cells) in rows.enumerated() {
            if let codeIndex { codes[cells[codeIndex]] = Int32(row) }
        }
        // Default rows are text fields only (the pillars); the catalog's own test keeps it so.
        let columns: [ColumnData] = declaration.fields.indices.map { column in .text(rows.map { $0[column] }) }
        return LoadedFile(entity: declaration.entity, names: declaration.fields.map(\.name), columns: columns,
                          extras: [], codes: codes, complete: true)
    }

    /// No rows at all.
    static func emptyFile(_ declaration: EntityDeclaration) -> LoadedFile {
        LoadedFile(entity: declaration.entity, names: declaration.fields.map(\.name),
                   columns: declaration.fields.map { ColumnData.empty(of: $0.type) }, extras: [], codes: [:], complete: true)
    }
}

extension StoreAssembly {
    /// Whether every reference cell names a row of its target table. The loader only builds a
    /// store after a clean read, which guarantees it; this check turns a loader bug into an
    /// error message instead of a crash inside `Store`.
    static func referencesAreValid(_ files: [Entity: LoadedFile]) -> Bool {
        for file in files.values {
            for column in file.columns {
                guard case .reference(let target, let rows) = column else { continue }
                let count = Int32(clamping: files[target]?.count ?? 0)
                if rows.contains(where: { $0 < 0 || $0 >= count }) { return false }
            }
        }
        return true
    }
}
