#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PilarCore

/// What a data file looked like when pilar last read or wrote it: its size, modification time
/// and a cheap hash of its bytes. `.save` compares them with the disk to refuse overwriting a
/// file someone changed meanwhile (a planner saving from Excel while pilar is open).
public struct FileStamp: Sendable, Hashable {
    public var size: Int
    /// Modification time, seconds and nanoseconds.
    public var modified: Modified
    public var hash: UInt64

    public struct Modified: Sendable, Hashable {
        var seconds: Int
        var nanoseconds: Int
    }

    /// The stamp of bytes just read from (or written to) `path`; nil when it cannot be stat'ed.
    static func of(_ bytes: [UInt8], at path: String) -> FileStamp? {
        guard let modified = modificationTime(path) else { return nil }
        return FileStamp(size: bytes.count, modified: modified, hash: fnv1a(bytes))
    }

    /// FNV-1a, 64 bits: not cryptographic, only to notice an edit that kept size and time.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    static func modificationTime(_ path: String) -> Modified? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Modified(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }
}

/// The stamps of a masterplan folder's files, by file name (`opds.csv`); a file that was not
/// there has no stamp.
public struct FolderStamps: Sendable, Equatable {
    public var folder: String
    public var files: [String: FileStamp]

    public init(folder: String, files: [String: FileStamp]) {
        self.folder = folder
        self.files = files
    }

    /// The first of `names` whose file differs from its stamp (changed, created or removed
    /// since), or nil. Size and time equal means unchanged; otherwise the hash decides, so a
    /// file only touched is not reported.
    public func changedFile(among names: [String]) -> String? {
        for name in names {
            let path = FolderReader.join(folder, name)
            let now = FileStamp.modificationTime(path)
            switch (files[name], now) {
            case (nil, nil): continue
            case (nil, _?), (_?, nil): return name
            case (let stamp?, let modified?):
                let size = Self.size(path)
                if size == stamp.size, modified == stamp.modified { continue }
                guard size == stamp.size, let bytes = SaveFiles.readAll(path), FileStamp.fnv1a(bytes) == stamp.hash else { return name }
            }
        }
        return nil
    }

    static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }
}
