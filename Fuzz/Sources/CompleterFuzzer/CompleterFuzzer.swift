import FuzzSupport
import PilarCore
import PilarLanguage
import PilarStore

/// Target (4): completion of arbitrary lines at arbitrary cursor positions. The first two bytes
/// are the cursor (a byte offset, taken modulo the line's length + 1, so it may fall inside a
/// UTF-8 sequence, as a terminal's cursor never would but a bug might); the rest is the line.
/// The completer sees the text before the cursor, as the shell gives it. A session with a `let`
/// binding makes binding names and their fields candidates too.
private let session: Session = {
    let session = Session(store: DemoMasterplan.load())
    session.run(SourceFile(name: "setup", text: "let weak = measurements | where band in [\"low\", \"very low\"] | extend gap = target - actual")) { _ in }
    return session
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func completerFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = inputBuffer(data, size)
    guard input.count >= 2 else { return 0 }
    let line = Array(input.dropFirst(2))
    let cursor = (Int(input[0]) << 8 | Int(input[1])) % (line.count + 1)
    let text = String(decoding: line[..<cursor], as: UTF8.self)
    let completion = Completer(session: session).complete(text)
    // The shell replaces text from `start`; an offset outside the text would be a bug.
    precondition(completion.start >= 0 && completion.start <= text.utf8.count, "completion start \(completion.start) outside the text")
    _ = Lexer.needsContinuation(text)
    return 0
}
