import PilarCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MasterplanSaver {
    /// Replaces the file at `path` with `bytes`, all or nothing, by the rule `.save` keeps for
    /// CSV files: the bytes go to a temporary file beside it, flushed, then renamed over it, and
    /// the folder is flushed so the rename is on disk. For formats that are one file (a workbook).
    public static func replaceFile(_ path: String, with bytes: [UInt8]) throws(Problem) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        // Named for this process and this write: two writers of the same file at once (two
        // shells exporting the same report) each rename a whole file of their own over it.
        let temporary = FolderReader.join(folder, "." + name + ".pilar-new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try SaveFiles.write(bytes, to: temporary)
            try SaveFiles.move(temporary, over: path)
            try SaveFiles.syncFolder(folder)
        } catch {
            try? SaveFiles.remove(temporary)
            // The temporary file's name is this write's own; what failed, for the user, is
            // writing the file they named.
            let reason = error.text.arguments["reason"] ?? .message(error.text)
            throw Problem(Message(SaveMessage.cannotWrite, ["path": .text(path), "reason": reason]),
                          hint: SaveFiles.isFolder(folder) ? nil : Message(SaveMessage.parentMustExistHint))
        }
    }
}

extension MasterplanSaver.Problem {
    /// A problem found by a saver of another format (a workbook), shown as `.save`'s own.
    public init(_ text: Message, hintText: Message?) {
        self.init(text, hint: hintText)
    }
}
