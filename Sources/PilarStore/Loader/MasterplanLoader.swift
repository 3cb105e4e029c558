import PilarCore

/// Loads a masterplan — a folder of CSV files, or the same files held in memory — into a
/// `Store`, checking every cell.
///
/// Loading is all or nothing: every problem found in every file is reported together in one
/// `DiagnosticList` (the first 50 kept, the rest counted), and no store is returned if there
/// is any. Files are read in the catalog's order — pillars, OPDs, programmes, indicators,
/// measurements — so that each file's references resolve against the files before it.
public enum MasterplanLoader {
    /// How many problems are kept in a thrown `DiagnosticList`; the rest are only counted.
    public static let diagnosticLimit = 50

    /// Loads one CSV file per entity of the catalog from a folder (`pillars.csv` may be
    /// absent). Diagnostics name each file as `folder/file.csv`.
    public static func load(folder: String, catalog: Catalog = .masterplan) throws(DiagnosticList) -> Store {
        let files = try FolderReader.read(folder: folder, catalog: catalog)
        return try load(files: files, title: FolderReader.title(forFolder: folder), origin: folder, isDemo: false, catalog: catalog)
    }

    /// Loads a masterplan from files already in memory, keyed by entity. An entity with default
    /// rows (the six pillars) gets them when its file is absent.
    public static func load(
        files: [Entity: SourceFile], title: String, origin: String? = nil, isDemo: Bool = false, catalog: Catalog = .masterplan
    ) throws(DiagnosticList) -> Store {
        var sink = DiagnosticSink(limit: diagnosticLimit)
        for declaration in catalog.declarations where declaration.isFileRequired && files[declaration.entity] == nil {
            sink.report(Diagnostic(.loader, LoaderMessage.missingFile, ["file": .text(declaration.fileName)], source: nil))
        }
        var codeBook = CodeBook()
        var loaded: [Entity: LoadedFile] = [:]
        for declaration in catalog.declarations {
            let entity = declaration.entity
            let file: LoadedFile
            if let source = files[entity] {
                file = FileLoader.load(declaration, catalog: catalog, from: source, codeBook: codeBook, sink: &sink)
            } else if let rows = declaration.defaultRows {
                file = StoreAssembly.defaultFile(declaration, rows: rows)
            } else {
                continue
            }
            codeBook.record(file, codeField: declaration.codeField)
            loaded[entity] = file
            if let source = files[entity] {
                noteHiddenReferences(file, in: source, files: files, catalog: catalog, sink: &sink)
            }
        }
        guard sink.total == 0, loaded.count == catalog.declarations.count else { throw sink.list }
        guard StoreAssembly.referencesAreValid(loaded) else {
            throw DiagnosticList([Diagnostic(.loader, LoaderMessage.unresolvedReference,
                                             source: nil, hint: Message(LoaderMessage.unresolvedReferenceHint))])
        }
        var tables: [Table] = []
        for declaration in catalog.declarations {
            let file = loaded[declaration.entity]!
            let (table, problems) = StoreAssembly.table(file, declaration: declaration, catalog: catalog, earlier: tables)
            for problem in problems {
                sink.report(StoreAssembly.diagnostic(problem, file: file, source: files[declaration.entity]))
            }
            tables.append(table)
        }
        guard sink.total == 0 else { throw sink.list }
        return Store(catalog: catalog, title: title, origin: origin, isDemo: isDemo, tables: tables)
    }

    /// Says how many unknown-code errors were left out because the file they refer to could
    /// not be read whole, so the cause is read first and not buried under its consequences.
    private static func noteHiddenReferences(
        _ file: LoadedFile, in source: SourceFile, files: [Entity: SourceFile], catalog: Catalog, sink: inout DiagnosticSink
    ) {
        for target in catalog.entities {
            guard let count = file.hiddenReferences[target], count > 0 else { continue }
            let targetName = files[target]?.name ?? catalog[target].fileName
            sink.note(Diagnostic(.loader, LoaderMessage.hiddenReferences,
                                 ["count": .number(count), "file": .text(source.name), "target": .text(targetName)], source: nil,
                                 hint: Message(LoaderMessage.hiddenReferencesHint, ["entity": .message(catalog[target].noun), "target": .text(targetName)]),
                                 severity: .note))
        }
    }

    /// A store with the default rows (the six pillars) and nothing else (`pilar --empty`).
    public static func emptyStore(catalog: Catalog = .masterplan) -> Store {
        var tables: [Table] = []
        for declaration in catalog.declarations {
            let file = declaration.defaultRows.map { StoreAssembly.defaultFile(declaration, rows: $0) }
                ?? StoreAssembly.emptyFile(declaration)
            tables.append(StoreAssembly.table(file, declaration: declaration, catalog: catalog, earlier: tables).table)
        }
        return Store(catalog: catalog, title: "empty masterplan", origin: nil, isDemo: false, tables: tables)
    }
}
