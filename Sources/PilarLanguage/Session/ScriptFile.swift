import Foundation
import PilarCore

/// Reads a script the way a shell's `source` would: anything readable that is not a folder,
/// so `<(…)`, `/dev/stdin`, a FIFO and `/dev/null` work as well as plain files.
///
/// Foundation's `contents(atPath:)` refuses files whose size it cannot know in advance, which
/// is why those were reported as "permission denied or a folder".
public enum ScriptFile {
    /// Why a script could not be read, in words for a message.
    public enum Failure: Error, Equatable {
        case noSuchFile
        case isFolder
        case permissionDenied
        case other(String)

        /// The reason as a catalogue message, written in the user's language.
        public var text: Message {
            switch self {
            case .noSuchFile: Message(SessionMessage.noSuchFile)
            case .isFolder: Message(SessionMessage.isFolder)
            case .permissionDenied: Message(SessionMessage.permissionDenied)
            case .other(let text): .verbatim(text)  // verbatim-allowed: strerror text
            }
        }

        public var reason: String {
            switch self {
            case .noSuchFile: "no such file"
            case .isFolder: "it is a folder"
            case .permissionDenied: "permission denied"
            case .other(let text): text
            }
        }
    }

    public static func read(_ path: String) -> Result<[UInt8], Failure> {
        var descriptor: Int32
        repeat {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        } while descriptor == -1 && errno == EINTR
        guard descriptor >= 0 else { return .failure(failure(errno)) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            return .failure(.isFolder)
        }
        var bytes: [UInt8] = []
        if info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                return .success(bytes)
            } else if errno != EINTR {
                return .failure(failure(errno))
            }
        }
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: .noSuchFile
        case EISDIR: .isFolder
        case EACCES, EPERM: .permissionDenied
        default: .other(String(cString: strerror(code)))
        }
    }
}
