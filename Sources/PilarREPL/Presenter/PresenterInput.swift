/// What a key pressed during a presentation asks for.
enum PresenterKey: Equatable {
    /// Enter, → or the space bar: run the statement, or go on once it ran.
    case next
    /// ←: the step before.
    case back
    /// `e`: edit the statement before running it.
    case edit
    /// `q`, Ctrl-D, Ctrl-C or the end of the input.
    case quit
}

/// Where a presentation's keys (and the text of an edited statement) come from: the
/// terminal in raw mode, piped bytes, or a script in tests.
protocol PresenterInput: AnyObject {
    /// The next key that means something; keys that mean nothing are skipped.
    func nextKey() -> PresenterKey
    /// The statement as the presenter edited it, starting from `statement`; nil when the
    /// edit was abandoned (Ctrl-C, Ctrl-D, the end of the input).
    func edit(_ statement: String) -> String?
}

/// Turns bytes into keys: a plain byte stream (a pipe, a test) or a raw-mode terminal
/// delivers the same bytes, arrows as `ESC [ C` / `ESC [ D` (or `ESC O C` / `ESC O D` in a
/// terminal's application mode).
struct KeyDecoder {
    /// Reads the next key through `read`, which gives one byte or nil at the end.
    static func nextKey(_ read: () -> UInt8?) -> PresenterKey {
        while true {
            guard let byte = read() else { return .quit }
            switch byte {
            case 0x0A, 0x0D, UInt8(ascii: " "): return .next
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return .edit
            case UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x03, 0x04: return .quit
            case 0x1B:
                guard let introducer = read() else { return .quit }
                guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else { continue }
                guard let final = read() else { return .quit }
                if final == UInt8(ascii: "C") { return .next }
                if final == UInt8(ascii: "D") { return .back }
            default:
                continue
            }
        }
    }
}

/// Keys and edits read from a stream of bytes, as when standard input is a pipe
/// (`printf '\n\n\x1b[D\nq' | pilar present demo.pilar`): after `e`, the edited statement is
/// the next line.
final class ByteInput: PresenterInput {
    private let read: () -> UInt8?

    init(read: @escaping () -> UInt8?) {
        self.read = read
    }

    /// Bytes from memory, for tests.
    convenience init(_ text: String) {
        var bytes = Array(text.utf8)[...]
        self.init { bytes.popFirst() }
    }

    func nextKey() -> PresenterKey {
        KeyDecoder.nextKey(read)
    }

    func edit(_ statement: String) -> String? {
        var line: [UInt8] = []
        while let byte = read() {
            if byte == 0x0A { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
        return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
    }
}
