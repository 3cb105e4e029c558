import PilarCore

/// Writes a store back to a folder of CSV files, all or nothing (`SaveJournal`), in each
/// table's loaded layout (`CSVEncoder`), refusing to overwrite files changed on disk since
/// they were read unless forced.
public enum MasterplanSaver {
    /// Why a save did not happen; nothing on disk changed.
    public struct Problem: Error, Equatable, Sendable {
        public var text: Message
        public var hintText: Message?
        /// The message in English (tests compare it; hosts show `text` in their language).
        public var message: String { text.english }
        public var hint: String? { hintText?.english }

        init(_ text: Message, hint: Message?) {
            self.text = text
            self.hintText = hint
        }
    }

    /// What a save did.
    public struct Outcome: Sendable {
        /// How many files were written.
        public var files: Int
        /// The stamps of the folder's files as now on disk, for the next `.save`.
        public var stamps: FolderStamps
    }

    /// Saves `store` into `folder` (created when missing, its parent must exist). `stamps` are
    /// the folder's files as pilar last read or wrote them; a file that differs from its stamp
    /// now is not overwritten unless `force`. Without stamps for this folder, a folder that
    /// already holds masterplan files is not overwritten unless `force`.
    public static func save(_ store: Store, to folder: String, stamps: FolderStamps?, force: Bool) throws(Problem) -> Outcome {
        if SaveFiles.exists(folder) {
            guard SaveFiles.isFolder(folder) else {
                throw Problem(Message(SaveMessage.notAFolder, ["folder": .text(folder)]), hint: Message(SaveMessage.notAFolderHint))
            }
        } else {
            do {
                try SaveFiles.makeFolder(folder)
            } catch {
                throw Problem(error.text, hint: Message(SaveMessage.parentMustExistHint))
            }
        }
        if case .failed(let reason) = SaveJournal.recover(folder: folder) {
            throw Problem(reason, hint: Message(SaveMessage.makeWritableHint))
        }
        let entries = files(of: store, folder: folder)
        let names = store.catalog.declarations.map(\.fileName)
        if !force {
            if let stamps, same(stamps.folder, folder) {
                if let changed = stamps.changedFile(among: names) {
                    throw Problem(Message(SaveMessage.changedOnDisk, ["file": .text(changed)]), hint: Message(SaveMessage.changedOnDiskHint))
                }
            } else if let existing = names.first(where: { SaveFiles.exists(FolderReader.join(folder, $0)) }) {
                throw Problem(Message(SaveMessage.holdsMasterplan, ["folder": .text(folder), "file": .text(existing)]),
                              hint: Message(SaveMessage.holdsMasterplanHint, ["folder": .text(folder)]))
            }
        }
        do {
            try SaveJournal.commit(entries, in: folder)
        } catch {
            SaveJournal.recover(folder: folder)
            throw Problem(error.text, hint: nil)
        }
        var stamped: [String: FileStamp] = [:]
        for name in names {
            let path = FolderReader.join(folder, name)
            let bytes = entries.first { $0.name == name }?.bytes ?? (SaveFiles.exists(path) ? SaveFiles.readAll(path) : nil)
            if let bytes, let stamp = FileStamp.of(bytes, at: path) { stamped[name] = stamp }
        }
        return Outcome(files: entries.count, stamps: FolderStamps(folder: folder, files: stamped))
    }

    /// The files to write: every table, but one with default rows (pillars.csv) only when it
    /// came from a file, differs from its defaults, or the folder already has one (else a
    /// stale file there would be loaded instead of the defaults).
    static func files(of store: Store, folder: String) -> [SaveJournal.Entry] {
        store.catalog.declarations.compactMap { declaration in
            let table = store.table(declaration.entity)
            if let defaults = declaration.defaultRows, table.layout == nil, holds(table, exactly: defaults, declaration),
               !SaveFiles.exists(FolderReader.join(folder, declaration.fileName)) {
                return nil
            }
            return SaveJournal.Entry(name: declaration.fileName, bytes: CSVEncoder.encode(table, in: store))
        }
    }

    /// Whether the table holds exactly the declaration's default rows (cells in field order,
    /// empty for null) and no extra column.
    public static func holds(_ table: Table, exactly defaults: [[String]], _ declaration: EntityDeclaration) -> Bool {
        guard table.count == defaults.count, table.schema.fields.allSatisfy({ !$0.isExtra }) else { return false }
        for (row, cells) in defaults.enumerated() {
            for (field, cell) in zip(declaration.fields, cells) {
                guard let column = table.columnIndex(of: field.name) else { return false }
                let value = table.value(column: column, row: row)
                switch value {
                case .null: if !cell.isEmpty { return false }
                case .text(let text): if text != cell { return false }
                case .int(let number): if String(number) != cell { return false }
                case .decimal(let number): if number.description != cell { return false }
                default: return false  // a reference or anything else: write the file, to be safe
                }
            }
        }
        return true
    }

    static func same(_ a: String, _ b: String) -> Bool {
        func trimmed(_ path: String) -> String {
            var path = path
            while path.count > 1, path.hasSuffix("/") { path.removeLast() }
            return path
        }
        return trimmed(a) == trimmed(b)
    }
}

extension MasterplanLoader {
    /// Loads a folder as `load(folder:)` does and also returns the stamps of the files read,
    /// for `.save` to notice files changed meanwhile.
    public static func loadStamped(folder: String, catalog: Catalog = .masterplan) throws(DiagnosticList) -> (Store, FolderStamps) {
        let (files, stamps) = try FolderReader.readStamped(folder: folder, catalog: catalog)
        let store = try load(files: files, title: FolderReader.title(forFolder: folder), origin: folder, isDemo: false, catalog: catalog)
        return (store, stamps)
    }
}
