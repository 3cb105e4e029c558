import Foundation
import PilarCore

/// Writes to standard output and error with `write(2)`, because Foundation's
/// `FileHandle.write(_:)` traps on any error (a full disk, a closed pipe) and a trap loses the
/// session. A failed standard output ends the program: quietly with success when the reader
/// went away (`pilar … | head`, as sqlite3 does), else with one message on standard error and
/// exit status 1. A failed standard error is ignored: there is nowhere left to say so.
enum StandardStreams {
    static func writeOutput(_ bytes: some Collection<UInt8>) {
        if let failure = write(bytes, to: STDOUT_FILENO) {
            if failure == EPIPE { exit(0) }
            writeError(Message(CLIMessage.cannotWriteStdout, ["reason": .message(.verbatim(String(cString: strerror(failure))))]).forCLI + "\n")
            exit(1)
        }
    }

    static func writeOutput(_ text: String) {
        writeOutput(Array(text.utf8))
    }

    static func writeError(_ text: String) {
        _ = write(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Writes every byte, retrying on EINTR and after partial writes; the errno on failure.
    /// SIGPIPE is ignored meanwhile so a closed pipe comes back as EPIPE instead of killing
    /// the process mid-line (set per write, not for the process: programs `.shell` starts
    /// would inherit an ignored SIGPIPE).
    private static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32? {
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        // A streamed chunk is already contiguous: write it where it lies, without a copy.
        if let result = bytes.withContiguousStorageIfAvailable({ writeAll(UnsafeRawBufferPointer($0), to: descriptor) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
