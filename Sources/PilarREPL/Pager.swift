@preconcurrency import CEditLine
import Foundation

/// How the pager is started: the program, its arguments (argv[0] included) and, when not
/// inherited, its environment.
struct PagerLaunch: Equatable {
    var executable: String
    var arguments: [String]
    /// nil inherits pilar's own environment.
    var environment: [String: String]?

    /// The user's `$PAGER` command line, run with `/bin/sh -c` so its options and quoting work.
    static func shell(_ command: String) -> PagerLaunch {
        PagerLaunch(executable: "/bin/sh", arguments: ["/bin/sh", "-c", command], environment: nil)
    }

    /// Variables that would let the pager run commands or read files even in its secure mode:
    /// less 643+ re-enables features listed in LESSSECURE_ALLOW, and LESSOPEN/LESSCLOSE run
    /// input preprocessors.
    static let unsafeVariables = ["LESSSECURE_ALLOW", "LESSOPEN", "LESSCLOSE", "LESSKEYIN", "LESSKEY"]

    /// The pager in safe mode: `less -FRSX`, found on `PATH` and started without a shell, with
    /// `LESSSECURE=1` so `!sh`, `|`, `v`, `:e`, `s` and log files are refused. `$PAGER` is not
    /// used (any other program may have shell escapes of its own); nil when there is no less,
    /// and then the text is printed without paging.
    static func secure(environment: [String: String]) -> PagerLaunch? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let less = folders.lazy.filter({ $0.hasPrefix("/") }).map({ $0 + "/less" })
            .first(where: { access($0, X_OK) == 0 }) else { return nil }
        var safe = environment.filter { !unsafeVariables.contains($0.key) }
        safe["LESSSECURE"] = "1"
        return PagerLaunch(executable: less, arguments: ["less", "-FRSX"], environment: safe)
    }

    /// What `.pager` shows in safe mode.
    static let secureCommand = "less -FRSX"
}

/// Shows long text through a pager such as `less`.
enum Pager {
    /// Runs `command` with `/bin/sh -c`, writes `text` to its standard input and waits for it
    /// to finish. False when the pager could not be started (then nothing was shown and the
    /// caller prints the text itself).
    static func show(_ text: String, command: String) -> Bool {
        show(text, launch: .shell(command))
    }

    static func show(_ text: String, launch: PagerLaunch) -> Bool {
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

        let arguments: [UnsafeMutablePointer<CChar>?] = launch.arguments.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        let environment: [UnsafeMutablePointer<CChar>?]? = launch.environment.map {
            $0.map { strdup("\($0.key)=\($0.value)") } + [nil]
        }
        defer { environment?.forEach { free($0) } }
        var pid = pid_t()
        let spawned = environment.map { posix_spawn(&pid, launch.executable, &actions, nil, arguments, $0) }
            ?? posix_spawn(&pid, launch.executable, &actions, nil, arguments, pilar_environment())
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
