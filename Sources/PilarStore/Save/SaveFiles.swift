#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PilarCore

/// The POSIX calls saving needs and Foundation does not give: writing a file and `fsync`ing
/// it, `fsync` on a folder (so a rename is on disk), rename, unlink and listing. Reached only
/// from `MasterplanSaver.save` (behind `.save`'s safe-mode gate) and from the loader's
/// journal recovery in the folder being loaded.
enum SaveFiles {
    /// A failed call: what was being done and `strerror`'s reason.
    struct Failure: Error, Equatable {
        var text: Message
        /// The message in English (tests compare it).
        var message: String { text.english }
    }

    /// Creates or replaces `path` with `bytes` and flushes it to disk. `pause` runs between
    /// the first and second half (for the kill test's hook).
    static func write(_ bytes: [UInt8], to path: String, pause: () -> Void = {}) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(.cannotCreate, path) }
        defer { close(fd) }
        let half = bytes.count / 2
        try writeAll(fd, bytes, 0..<half, path)
        pause()
        try writeAll(fd, bytes, half..<bytes.count, path)
        guard fsync(fd) == 0 else { throw failure(.cannotFlush, path) }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], _ range: Range<Int>, _ path: String) throws(Failure) {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, range.upperBound - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(.cannotWrite, path)
            }
            offset += written
        }
    }

    /// The whole file, or nil when it cannot be read.
    static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return out }
            out += chunk[..<count]
        }
    }

    /// Makes the folder's entries (renames, creations, removals) durable.
    static func syncFolder(_ folder: String) throws(Failure) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(.cannotOpenFolder, folder) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(.cannotFlushFolder, folder) }
    }

    /// Holds an exclusive lock on a folder until `unlock`: two pilar processes saving or
    /// recovering the same folder take turns, so one never removes the other's temporaries.
    /// The lock is on the folder itself, so no lock file is left in it.
    static func lock(_ folder: String) throws(Failure) -> Int32 {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(.cannotOpenFolder, folder) }
        guard flock(fd, LOCK_EX) == 0 else {
            let problem = failure(.cannotLockFolder, folder)
            close(fd)
            throw problem
        }
        return fd
    }

    static func unlock(_ fd: Int32) {
        close(fd)
    }

    static func move(_ from: String, over to: String) throws(Failure) {
        guard rename(from, to) == 0 else { throw failure(.cannotRename, to, from: from) }
    }

    static func remove(_ path: String) throws(Failure) {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure(.cannotRemove, path) }
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func makeFolder(_ path: String) throws(Failure) {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(.cannotCreateFolder, path) }
    }

    /// The names in a folder (without . and ..), or nil when it cannot be listed.
    static func list(_ folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func failure(_ what: SaveMessage, _ path: String, from: String? = nil) -> Failure {
        var arguments: [String: MessageArgument] = ["path": .text(path), "reason": .message(.verbatim(String(cString: strerror(errno))))]
        if let from { arguments["from"] = .text(from) }
        return Failure(text: Message(what, arguments))
    }
}
