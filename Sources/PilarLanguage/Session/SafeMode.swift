import PilarCore

/// Safe mode for workshops (`pilar --safe`, `.safe on`): participants at a shared shell may
/// query and (later) edit the loaded data in memory, but nothing they type may write a file,
/// read a file other than the loaded data, load other data or start a program.
///
/// **The gate.** Every command that touches the file system — `.output`, `.once`,
/// `.load`, `.read`, `.save`, `.dump FILE` and `| export` — must call `require(_:for:at:in:)`
/// before it resolves, probes or opens any path, and must not reach the file system another
/// way. `SafeModeEnumerationTests` scans `Sources/` for file-system calls and fails on any call
/// site that is not behind this gate or on its allow-list with a reason, so a new command that
/// forgets the gate fails the build's tests rather than opening a bypass (sqlite's safe mode
/// had one, CVE-2022-46908).
///
/// One-way: once on, it stays on for the session (`.safe off` is refused), so a participant
/// cannot undo what the trainer set.
public struct SafeMode: Sendable, Equatable {
    /// What a command wants to do outside the loaded data.
    public enum Access: Sendable, Equatable {
        case writeFile
        case readFile
        case loadData

        var refusal: Message {
            switch self {
            case .writeFile: Message(SessionMessage.cannotWriteFiles)
            case .readFile: Message(SessionMessage.cannotReadFiles)
            case .loadData: Message(SessionMessage.cannotLoadData)
            }
        }
    }

    public private(set) var isOn: Bool

    public init(isOn: Bool = false) {
        self.isOn = isOn
    }

    /// Turns safe mode on; there is no way back.
    public mutating func turnOn() {
        isOn = true
    }

    /// The one gate: throws `safe mode: .output cannot write files` (with the statement's
    /// location) when safe mode is on; does nothing otherwise.
    public func require(_ access: Access, for command: String, at span: Span, in source: SourceFile?) throws(Diagnostic) {
        guard isOn else { return }
        throw Self.refusal(access, for: command, at: span, in: source)
    }

    /// The message every refusal uses, also for the shell's own refusals (a pager other than
    /// less), so the wording is the same everywhere.
    public static func refusal(_ access: Access, for command: String, at span: Span = .empty,
                               in source: SourceFile? = nil) -> Diagnostic {
        Diagnostic(.runtime, SessionMessage.safeModeRefusal, ["command": .text(command), "refusal": .message(access.refusal)],
                   source: source, span: span, hint: hint)
    }

    /// Why, and that it cannot be undone: a participant should not keep trying.
    public static let hint = Message(SessionMessage.safeModeHint)
}
