import PilarCore

/// The codes of the files read so far, so that later files can resolve references to them.
struct CodeBook: Sendable {
    private(set) var rows: [Entity: [String: Int32]] = [:]
    /// Codes in file order, so did-you-mean breaks ties the same way every run.
    private(set) var ordered: [Entity: [String]] = [:]
    /// Entities whose every code was read. A reference that fails to resolve is reported only
    /// against these, so one broken file does not drown the report in follow-on errors.
    private(set) var complete: Set<Entity> = []
    mutating func record(_ file: LoadedFile, codeField: String?) {
        rows[file.entity] = file.codes
        if let codeField, case .text(let codes) = file.column(codeField) {
            ordered[file.entity] = codes.compactMap { $0 }
        }
        if file.complete { complete.insert(file.entity) } else { complete.remove(file.entity) }
    }
}

/// The columns read from one file: the known ones in spec order, and the extras.
struct LoadedFile: Sendable {
    let entity: Entity
    /// The declared fields' names, in order.
    let names: [String]
    /// One column per `ColumnSpec.columns(of:)`, in that order.
    let columns: [ColumnData]
    /// Columns the header carried beyond the known ones, as nullable text, in header order.
    let extras: [(name: String, column: ColumnData)]
    let codes: [String: Int32]
    /// False when some rows could not be read at all (bad header, broken quoting, bad bytes).
    let complete: Bool
    /// Per referred-to entity, how many references could not be resolved while that entity's
    /// file was incomplete (and so were not reported).
    var hiddenReferences: [Entity: Int] = [:]
    /// How the file was written, for saving it back the same way (nil when not from a file).
    var layout: FileLayout? = nil
    /// The file's name as messages show it, and the line each row starts on (for `check`).
    var sourceName: String? = nil
    var rowLines: [Int32] = []

    var count: Int { columns.first?.count ?? 0 }

    /// A declared column by name (nil for names the entity does not read).
    func column(_ name: String) -> ColumnData? {
        names.firstIndex(of: name).map { columns[$0] }
    }
}
