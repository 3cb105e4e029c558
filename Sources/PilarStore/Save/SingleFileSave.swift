import PilarCore

extension MasterplanSaver {
    /// Replaces the file at `path` with `bytes`, all or nothing, by the rule `.save` keeps for
    /// CSV files: the bytes go to a temporary file beside it, flushed, then renamed over it, and
    /// the folder is flushed so the rename is on disk. For formats that are one file (a workbook).
    public static func replaceFile(_ path: String, with bytes: [UInt8]) throws(Problem) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = FolderReader.join(folder, "." + name + ".pilar-new")
        do {
            try SaveFiles.write(bytes, to: temporary)
            try SaveFiles.move(temporary, over: path)
            try SaveFiles.syncFolder(folder)
        } catch {
            try? SaveFiles.remove(temporary)
            throw Problem(error.text, hint: SaveFiles.isFolder(folder) ? nil : Message(SaveMessage.parentMustExistHint))
        }
    }
}

extension MasterplanSaver.Problem {
    /// A problem found by a saver of another format (a workbook), shown as `.save`'s own.
    public init(_ text: Message, hintText: Message?) {
        self.init(text, hint: hintText)
    }
}
