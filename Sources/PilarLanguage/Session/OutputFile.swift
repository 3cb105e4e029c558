import Foundation
import PilarCore

/// The destination of `.output`/`.once`, opened the way a shell opens `> path`: the path is
/// opened for writing (created if missing, emptied if it is a regular file) and never
/// unlinked or renamed over, so a symlink keeps pointing at its target, which receives the
/// output, and a FIFO or a device such as /dev/null is written through rather than replaced
/// by a plain file.
///
/// The file stays open until the redirection ends, so a reader of a FIFO sees one stream
/// rather than an end of file after every result.
final class OutputFile {
    let path: String
    private var descriptor: Int32
    /// What has been written is a document (an html page is closed when the file is).
    var document: DocumentWriter

    /// Why the path cannot take output, in words for a message.
    struct Failure: Error {
        var reason: Message
        var hint: Message?
    }

    /// Opens `path`; for a FIFO this waits for a reader, as a shell redirection does (Ctrl-C
    /// ends the wait).
    init(path: String) throws(Failure) {
        self.path = path
        // A workbook is a file of sheets, whatever the session's format: `.output report.xlsx`
        // never means table text in a file Excel cannot open.
        document = DocumentWriter(title: DocumentWriter.title(forScript: (path as NSString).deletingPathExtension),
                                  workbook: (path as NSString).pathExtension.lowercased() == DocumentWriter.workbookFormatName)
        var opened: Int32
        // O_TRUNC empties a regular file and is ignored by FIFOs and terminals; /dev/null
        // does not mind it either.
        opened = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if opened < 0 {
            let code = errno
            switch code {
            case EISDIR:
                throw Failure(reason: Message(SessionMessage.isFolder), hint: nil)
            case ENOENT, ENOTDIR:
                let folder = (path as NSString).deletingLastPathComponent
                throw Failure(reason: Message(SessionMessage.noSuchFolder),
                              hint: folder.isEmpty ? nil : Message(SessionMessage.folderMissing, ["folder": .text(folder)]))
            case EACCES, EPERM, EROFS:
                throw Failure(reason: Message(SessionMessage.permissionDenied), hint: Message(SessionMessage.checkPermissions))
            case EINTR:
                throw Failure(reason: Message(SessionMessage.interruptedWaitingForReader), hint: nil)
            default:
                throw Failure(reason: .verbatim(String(cString: strerror(code))), hint: nil)
            }
        }
        descriptor = opened
    }

    deinit {
        close()
    }

    func close() {
        if descriptor >= 0 {
            _ = Foundation.close(descriptor)
            descriptor = -1
        }
    }

    /// Writes all of `text`, retrying short writes; a reader that went away is an error, not
    /// a SIGPIPE that would end the whole session.
    func write(_ text: String) throws(Failure) {
        try write(bytes: Array(text.utf8))
    }

    /// Replaces what the file holds with `bytes`: a workbook is rewritten whole each time it
    /// grows. A FIFO or a device cannot go back, so there the bytes are only written.
    func rewrite(_ bytes: [UInt8]) throws(Failure) {
        if lseek(descriptor, 0, SEEK_SET) == 0 {
            _ = ftruncate(descriptor, 0)
        }
        try write(bytes: bytes)
    }

    func write(bytes all: [UInt8]) throws(Failure) {
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        var bytes = all[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0, errno == EINTR {
                // Only Ctrl-C interrupts a write here: a FIFO nobody reads must not hang the session.
                throw Failure(reason: Message(SessionMessage.interrupted), hint: nil)
            } else {
                throw Failure(reason: written < 0 ? .verbatim(String(cString: strerror(errno))) : Message(SessionMessage.nothingWritten), hint: nil)
            }
        }
    }
}
