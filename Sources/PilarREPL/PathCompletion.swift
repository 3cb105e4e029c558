import Foundation

/// File-name completion for the arguments of `.read`, `.output`, `.once` and `.load`.
public enum PathCompletion {
    /// Completions for a partly typed path: the entries of the folder named by `prefix` up to
    /// its last "/" (the current folder when there is none) whose names start with the rest,
    /// each returned as the whole replacement for `prefix`. Folders end with "/" so TAB can go
    /// on into them. Hidden entries are offered only when the typed name starts with ".".
    /// `directoriesOnly` is for `.load`, which takes a folder.
    public static func candidates(
        prefix: String,
        directoriesOnly: Bool = false,
        fileManager: FileManager = .default
    ) -> [String] {
        let folderPart: String
        let namePart: String
        if let slash = prefix.lastIndex(of: "/") {
            folderPart = String(prefix[...slash])
            namePart = String(prefix[prefix.index(after: slash)...])
        } else {
            folderPart = ""
            namePart = prefix
        }
        // The engine resolves relative paths against the current folder; so does completion.
        let current = fileManager.currentDirectoryPath
        let folder = folderPart.hasPrefix("/") ? folderPart
            : (current.hasSuffix("/") ? current : current + "/") + folderPart
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else { return [] }
        let showHidden = namePart.hasPrefix(".")
        var results: [String] = []
        for name in names where name.hasPrefix(namePart) && (showHidden || !name.hasPrefix(".")) {
            var isDirectory: ObjCBool = false
            let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard fileManager.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                results.append(folderPart + name + "/")
            } else if !directoriesOnly {
                results.append(folderPart + name)
            }
        }
        return results.sorted()
    }
}
