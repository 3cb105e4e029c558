import PilarCore

/// Loads a masterplan — a folder of CSV files, or the same files held in memory — into a
/// `Store`, checking every cell.
///
/// Loading is all or nothing: every problem found in every file is reported together in one
/// `DiagnosticList` (the first 50 kept, the rest counted), and no store is returned if there
/// is any. Files are read in reference order — pillars, OPDs, programmes, indicators,
/// measurements — so that each file's references resolve against the files before it.
public enum MasterplanLoader {
    /// The files a masterplan folder must have (`pillars.csv` is optional).
    public static let requiredEntities: [Entity] = [.opd, .programme, .indicator, .measurement]

    /// How many problems are kept in a thrown `DiagnosticList`; the rest are only counted.
    public static let diagnosticLimit = 50

    /// Loads `pillars.csv` (optional), `opds.csv`, `programmes.csv`, `indicators.csv` and
    /// `measurements.csv` from a folder. Diagnostics name each file as `folder/file.csv`.
    public static func load(folder: String) throws(DiagnosticList) -> Store {
        let files = try FolderReader.read(folder: folder)
        return try load(files: files, title: FolderReader.title(forFolder: folder), origin: folder, isDemo: false)
    }

    /// Loads a masterplan from files already in memory, keyed by entity. Without a pillar file
    /// the six default pillars are used.
    public static func load(
        files: [Entity: SourceFile], title: String, origin: String? = nil, isDemo: Bool = false
    ) throws(DiagnosticList) -> Store {
        var sink = DiagnosticSink(limit: diagnosticLimit)
        for entity in requiredEntities where files[entity] == nil {
            sink.report(Diagnostic(.loader, "missing file '\(entity.fileName)'", source: nil))
        }
        var codeBook = CodeBook()
        var loaded: [Entity: LoadedFile] = [:]
        for entity in Entity.allCases {
            let file: LoadedFile
            if let source = files[entity] {
                file = FileLoader.load(entity, from: source, codeBook: codeBook, sink: &sink)
            } else if entity == .pillar {
                file = DefaultPillars.loadedFile
            } else {
                continue
            }
            codeBook.record(file)
            loaded[entity] = file
            if let source = files[entity] {
                noteHiddenReferences(file, in: source, files: files, sink: &sink)
            }
        }
        guard sink.total == 0,
              let pillars = loaded[.pillar], let opds = loaded[.opd], let programmes = loaded[.programme],
              let indicators = loaded[.indicator], let measurements = loaded[.measurement]
        else { throw sink.list }
        guard StoreAssembly.referencesAreValid(loaded) else {
            throw DiagnosticList([Diagnostic(.loader, "internal error: a reference was left unresolved without a reported problem",
                                             source: nil, hint: "please report this with the files that caused it")])
        }
        let tables = [
            StoreAssembly.table(pillars),
            StoreAssembly.table(opds),
            StoreAssembly.table(programmes),
            StoreAssembly.table(indicators),
            StoreAssembly.measurementTable(measurements, indicators: indicators),
        ]
        return Store(title: title, origin: origin, isDemo: isDemo, tables: tables)
    }

    /// Says how many unknown-code errors were left out because the file they refer to could
    /// not be read whole, so the cause is read first and not buried under its consequences.
    private static func noteHiddenReferences(
        _ file: LoadedFile, in source: SourceFile, files: [Entity: SourceFile], sink: inout DiagnosticSink
    ) {
        for target in Entity.allCases {
            guard let count = file.hiddenReferences[target], count > 0 else { continue }
            let targetName = files[target]?.name ?? target.fileName
            let errors = count == 1 ? "1 error in \(source.name) that follows" : "\(count) errors in \(source.name) that follow"
            sink.note(Diagnostic(.loader, "\(errors) from the errors in \(targetName) \(count == 1 ? "is" : "are") not shown",
                                 source: nil, hint: "unknown \(target.rawValue) codes; fix \(targetName) first", severity: .note))
        }
    }

    /// A store with the six default pillars and nothing else (`pilar --empty`).
    public static func emptyStore() -> Store {
        Store(title: "empty masterplan", origin: nil, isDemo: false, tables: [StoreAssembly.table(DefaultPillars.loadedFile)])
    }
}
