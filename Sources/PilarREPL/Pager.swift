@preconcurrency import CEditLine
import Foundation

/// Shows long text through a pager such as `less`.
enum Pager {
    /// Runs `command` with `/bin/sh -c`, writes `text` to its standard input and waits for it
    /// to finish. False when the pager could not be started (then nothing was shown and the
    /// caller prints the text itself).
    static func show(_ text: String, command: String) -> Bool {
        fflush(stdout)
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return false }
        let (readEnd, writeEnd) = (fds[0], fds[1])

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)

        let words: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, pilar_environment())
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }

        // Quitting the pager early closes the pipe: take that as EPIPE, not a fatal SIGPIPE.
        var previousPipe = sigaction()
        _ = pilar_ignore_signal(SIGPIPE, &previousPipe)
        defer { _ = pilar_restore_signal(SIGPIPE, &previousPipe) }
        writeAll(Array(text.utf8), to: writeEnd)
        close(writeEnd)

        var status: Int32 = 0
        // Ctrl-C in the pager reaches this process too; the handler has no SA_RESTART.
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // 127 is the shell's "command not found": the pager never showed anything.
        let exitedNormally = (status & 0x7f) == 0
        return !(exitedNormally && (status >> 8) & 0xff == 127)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written == -1, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
