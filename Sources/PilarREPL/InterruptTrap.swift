@preconcurrency import CEditLine
import PilarCore
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Routes Ctrl-C (SIGINT) to an `InterruptFlag` for the length of a session, so it never ends
/// the process: at the prompt it abandons the line, during a statement it asks the engine to
/// stop. Ctrl-Z (SIGTSTP) is ignored for the session.
///
/// The handler is installed without SA_RESTART, so a read blocked in libedit fails with EINTR
/// and readline() returns at once instead of carrying on with the typed text. A Ctrl-C that
/// lands while libedit is between two reads (echoing a key, redrawing) would be missed, since
/// the next read blocks again; so while the line editor runs, the handler also schedules a
/// SIGALRM shortly after, whose only job is to cut that next read short.
final class InterruptTrap {
    /// The one flag SIGINT raises; a signal handler cannot capture context, so it is global.
    static let flag = InterruptFlag()
    private static let editing = EditingState()

    private var previousInterrupt = sigaction()
    private var previousAlarm = sigaction()
    private var previousStop = sigaction()
    private var installed = false

    /// Installs the handlers; `restore()` puts the old ones back.
    func install() {
        // Initialise the globals before a handler can run: lazy initialisation is not
        // something to do inside a signal handler.
        Self.flag.clear()
        Self.editing.active.store(false, ordering: .relaxed)
        installed = pilar_install_signal_handler(SIGINT, { _ in
            InterruptTrap.flag.raise()
            if InterruptTrap.editing.active.load(ordering: .relaxed) {
                // 50 ms: unnoticeable, and long enough for libedit to reach its next read.
                pilar_schedule_alarm(50_000)
            }
        }, &previousInterrupt) == 0
        // Without a handler SIGALRM would end the process.
        _ = pilar_install_signal_handler(SIGALRM, { _ in }, &previousAlarm)
        // Ctrl-Z is ignored: a suspended session would come back with libedit's line state
        // and the terminal modes out of step (libedit is told not to catch signals), and a
        // half-drawn prompt is worse than a key that does nothing.
        _ = pilar_ignore_signal(SIGTSTP, &previousStop)
    }

    func restore() {
        guard installed else { return }
        pilar_schedule_alarm(0)
        _ = pilar_restore_signal(SIGTSTP, &previousStop)
        _ = pilar_restore_signal(SIGALRM, &previousAlarm)
        _ = pilar_restore_signal(SIGINT, &previousInterrupt)
        installed = false
    }

    /// Runs `body` (a readline() call) with the alarm nudge armed for Ctrl-C, and cancels any
    /// nudge still pending afterwards so it cannot cut the next prompt's read short.
    static func whileEditing<Result>(_ body: () -> Result) -> Result {
        editing.active.store(true, ordering: .relaxed)
        let result = body()
        editing.active.store(false, ordering: .relaxed)
        pilar_schedule_alarm(0)
        return result
    }
}

/// Whether the line editor is running, readable from the signal handler.
private final class EditingState: Sendable {
    let active = Atomic<Bool>(false)
}
