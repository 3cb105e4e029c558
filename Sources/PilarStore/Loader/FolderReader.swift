#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PilarCore

/// Reads a masterplan folder's files from disk and names the masterplan after the folder.
enum FolderReader {
    static func read(folder: String, catalog: Catalog) throws(DiagnosticList) -> [Entity: SourceFile] {
        try readStamped(folder: folder, catalog: catalog).files
    }

    /// Reads the files and stamps each (size, modification time, hash) for `.save`'s check
    /// that nobody changed them meanwhile. An interrupted `.save` is finished or undone first
    /// (`SaveJournal.recover`), so the files read are all old or all new.
    static func readStamped(folder: String, catalog: Catalog) throws(DiagnosticList) -> (files: [Entity: SourceFile], stamps: FolderStamps) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder) else {
            throw DiagnosticList([Diagnostic(.loader, LoaderMessage.noSuchFolder, ["folder": .text(folder)], source: nil)])
        }
        // Listing it, rather than `fileExists(atPath:isDirectory:)` (whose flag type differs by
        // platform) or its attributes (which do not follow a symbolic link), tells a folder apart.
        guard (try? manager.contentsOfDirectory(atPath: folder)) != nil else {
            throw DiagnosticList([Diagnostic(.loader, LoaderMessage.notAFolder, ["folder": .text(folder)], source: nil,
                                             hint: Message(LoaderMessage.notAFolderHint, ["files": .message(requiredList(catalog))]))])
        }
        // Held while the files are read, so a save by another pilar cannot swap them halfway.
        let lock = try? SaveFiles.lock(folder)
        defer { if let lock { SaveFiles.unlock(lock) } }
        if case .failed(let reason) = SaveJournal.recoverLocked(folder: folder) {
            throw DiagnosticList([Diagnostic(.loader, reason, source: nil,
                                             hint: Message(LoaderMessage.interruptedSaveHint))])
        }
        var files: [Entity: SourceFile] = [:]
        var stamps: [String: FileStamp] = [:]
        var problems: [Diagnostic] = []
        for declaration in catalog.declarations {
            let path = join(folder, declaration.fileName)
            guard manager.fileExists(atPath: path) else {
                if declaration.isFileRequired {
                    problems.append(Diagnostic(.loader, LoaderMessage.missingFileInFolder,
                                               ["file": .text(declaration.fileName), "folder": .text(folder)], source: nil,
                                               hint: neededFiles(catalog)))
                }
                continue
            }
            guard let data = manager.contents(atPath: path) else {
                problems.append(Diagnostic(.loader, LoaderMessage.cannotRead, ["path": .text(path)], source: nil))
                continue
            }
            let bytes = [UInt8](data)
            files[declaration.entity] = SourceFile(name: path, bytes: bytes)
            stamps[declaration.fileName] = FileStamp.of(bytes, at: path)
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return (files, FolderStamps(folder: folder, files: stamps))
    }

    /// "a masterplan folder needs opds.csv, …; pillars.csv is optional"
    static func neededFiles(_ catalog: Catalog) -> Message {
        let optional = catalog.declarations.filter { !$0.isFileRequired }.map(\.fileName)
        let files = MessageArgument.message(requiredList(catalog))
        if optional.isEmpty { return Message(LoaderMessage.folderNeeds, ["files": files]) }
        return Message(optional.count == 1 ? LoaderMessage.folderNeedsOneOptional : .folderNeedsOptional,
                       ["files": files, "optional": .list(optional.map { .text($0) })])
    }

    /// "opds.csv, programmes.csv, indicators.csv and measurements.csv"
    static func requiredList(_ catalog: Catalog) -> Message {
        .andList(catalog.declarations.filter(\.isFileRequired).map(\.fileName))
    }

    /// `folder/file`, without doubling a slash the user already typed.
    static func join(_ folder: String, _ file: String) -> String {
        folder.hasSuffix("/") ? folder + file : folder + "/" + file
    }

    /// "pekanbaru masterplan" for `examples/data/pekanbaru/`; the working folder's own name
    /// for `.`.
    static func title(forFolder folder: String) -> String {
        var name = folder.split(separator: "/").last.map(String.init) ?? ""
        if name.isEmpty || name == "." || name == ".." {
            let resolved = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
            name = resolved == "/" ? "" : resolved
        }
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).joined(separator: " ")
        if words.isEmpty { return "masterplan" }
        return words.lowercased().contains("masterplan") ? words : words + " masterplan"
    }
}
