#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PilarCore

/// Replaces several files of one folder so that a crash or kill at any moment leaves either
/// all the old files or all the new ones.
///
/// **The protocol.** Renaming files one by one is atomic per file only, so a journal makes the
/// set atomic:
/// 1. each new file is written as a temporary `.NAME.pilar-new` in the same folder (so the
///    rename below stays within one file system) and `fsync`ed;
/// 2. the commit marker `.pilar-save-journal` — a header line, then one `TEMPORARY<TAB>TARGET`
///    line per file, then `end` — is written as `.pilar-save-journal.pilar-new`, `fsync`ed,
///    renamed into place and the folder `fsync`ed. The rename is the commit point: before it
///    the save never happened, after it the save will be completed;
/// 3. each temporary is renamed over its target, and the folder `fsync`ed;
/// 4. the marker is removed and the folder `fsync`ed.
///
/// **Recovery** (`recover(folder:)`, run before a folder is loaded or saved): a marker
/// present means step 2 completed, so the renames still to do are done (roll forward: a
/// listed temporary that is gone was already renamed) and the marker removed; without a
/// marker, any `*.pilar-new` temporaries are leftovers of an unfinished save and are removed
/// (roll back).
///
/// **Two processes.** Saving and recovery hold an exclusive lock on the folder (`flock` on
/// the folder itself), so a pilar loading the folder while another saves into it waits rather
/// than removing the saver's temporaries as leftovers. A failure after the commit point is
/// finished by recovery: the save then succeeded. A roll-forward that cannot finish (a
/// read-only folder) leaves the marker, and the folder is not loaded until it can.
///
/// **Test hook.** When the environment variable `PILAR_TEST_SAVE_KILL_AT=N` is set, the
/// process sends itself SIGKILL at the N-th protocol step (1 is halfway through the first
/// temporary). It exists only for the kill test (`SaveKillTests`), which needs to stop a real
/// save at each step; nothing else sets it.
enum SaveJournal {
    static let marker = ".pilar-save-journal"
    static let suffix = ".pilar-new"
    static let header = "pilar save journal 1"

    /// One file to replace: its name in the folder and its new bytes.
    struct Entry {
        var name: String
        var bytes: [UInt8]
        var temporary: String { "." + name + SaveJournal.suffix }
    }

    /// Writes `entries` into `folder` following the protocol above.
    static func commit(_ entries: [Entry], in folder: String) throws(SaveFiles.Failure) {
        let lock = try SaveFiles.lock(folder)
        defer { SaveFiles.unlock(lock) }
        let hook = KillHook()
        for (index, entry) in entries.enumerated() {
            try SaveFiles.write(entry.bytes, to: path(folder, entry.temporary), pause: { if index == 0 { hook.step() } })
            hook.step()
        }
        var journal = header + "\n"
        for entry in entries { journal += entry.temporary + "\t" + entry.name + "\n" }
        journal += "end\n"
        let markerTemporary = path(folder, marker + suffix)
        try SaveFiles.write(Array(journal.utf8), to: markerTemporary)
        hook.step()
        // Every temporary must still be there when the save commits to them.
        if let missing = entries.first(where: { !SaveFiles.exists(path(folder, $0.temporary)) }) {
            throw SaveFiles.Failure(text: Message(SaveMessage.newFileDisappeared, ["file": .text(missing.name), "folder": .text(folder)]))
        }
        try SaveFiles.move(markerTemporary, over: path(folder, marker))
        try SaveFiles.syncFolder(folder)
        hook.step()
        // Past the commit point: what fails from here on, recovery finishes.
        do throws(SaveFiles.Failure) {
            for entry in entries {
                try SaveFiles.move(path(folder, entry.temporary), over: path(folder, entry.name))
                hook.step()
            }
            try SaveFiles.syncFolder(folder)
            hook.step()
            try SaveFiles.remove(path(folder, marker))
            try SaveFiles.syncFolder(folder)
            hook.step()
        } catch {
            if case .failed(let reason) = recoverLocked(folder: folder) { throw SaveFiles.Failure(text: reason) }
        }
    }

    /// What recovery did, for tests and messages.
    enum Recovery: Equatable {
        case nothing
        case rolledForward(files: Int)
        case rolledBack(temporaries: Int)
        /// A marker is in place but its renames could not be finished: the folder holds a mix
        /// until they can be, so it must not be loaded.
        case failed(Message)
    }

    /// Finishes or undoes an interrupted save in `folder` (see the protocol above), holding the
    /// folder's lock.
    @discardableResult
    static func recover(folder: String) -> Recovery {
        guard let lock = try? SaveFiles.lock(folder) else { return recoverLocked(folder: folder) }
        defer { SaveFiles.unlock(lock) }
        return recoverLocked(folder: folder)
    }

    /// Recovery for a caller that already holds the folder's lock (a load reading its files).
    static func recoverLocked(folder: String) -> Recovery {
        guard let names = SaveFiles.list(folder) else { return .nothing }
        var result = Recovery.nothing
        if names.contains(marker), let pairs = readJournal(path(folder, marker)) {
            var moved = 0
            for (temporary, target) in pairs where SaveFiles.exists(path(folder, temporary)) {
                do {
                    try SaveFiles.move(path(folder, temporary), over: path(folder, target))
                } catch {
                    return .failed(Message(SaveMessage.interruptedSaveFailed, ["folder": .text(folder), "reason": .message(error.text)]))
                }
                moved += 1
            }
            do {
                try SaveFiles.syncFolder(folder)
                try SaveFiles.remove(path(folder, marker))
            } catch {
                return .failed(Message(SaveMessage.interruptedSaveFailed, ["folder": .text(folder), "reason": .message(error.text)]))
            }
            result = .rolledForward(files: moved)
        } else if names.contains(marker) {
            // A marker is only ever renamed into place whole; one that does not parse was not
            // written by pilar's save, so it is left alone rather than guessed at.
            return .nothing
        }
        let leftovers = (SaveFiles.list(folder) ?? []).filter { $0.hasPrefix(".") && $0.hasSuffix(suffix) }
        for name in leftovers { try? SaveFiles.remove(path(folder, name)) }
        if !leftovers.isEmpty {
            try? SaveFiles.syncFolder(folder)
            if result == .nothing { result = .rolledBack(temporaries: leftovers.count) }
        }
        return result
    }

    /// The (temporary, target) pairs of a complete journal; nil when it is not one.
    static func readJournal(_ file: String) -> [(String, String)]? {
        guard let bytes = SaveFiles.readAll(file) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header), lines.count >= 3, lines[lines.count - 2] == "end", lines.last == "" else { return nil }
        var pairs: [(String, String)] = []
        for line in lines[1..<(lines.count - 2)] {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // Names only: a journal never points outside its folder.
            guard parts.count == 2, !parts.contains(where: { $0.isEmpty || $0.contains("/") || $0 == "." || $0 == ".." }),
                  parts[0].hasSuffix(suffix) else { return nil }
            pairs.append((parts[0], parts[1]))
        }
        return pairs
    }

    static func path(_ folder: String, _ name: String) -> String {
        FolderReader.join(folder, name)
    }
}

/// The test-only kill switch described in `SaveJournal`.
final class KillHook {
    private let killAt: Int?
    private var count = 0

    init() {
        killAt = getenv("PILAR_TEST_SAVE_KILL_AT").flatMap { Int(String(cString: $0)) }
    }

    func step() {
        count += 1
        if count == killAt { kill(getpid(), SIGKILL) }
    }
}
