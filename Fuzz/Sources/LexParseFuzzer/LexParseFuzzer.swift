import FuzzSupport
import PilarCore
import PilarLanguage
import PilarStore

/// Target (1): any bytes as a script. Lexes, parses, asks the continuation rule the REPL asks,
/// checks what parses against the demo data (without running it) and formats every error,
/// since the caret and source-line code sees the same hostile bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func lexParseFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(inputBuffer(data, size))
    let source = SourceFile(name: "fuzz.pilar", bytes: bytes)
    _ = Lexer.needsContinuation(source.text)
    do {
        let script = try Parser.parse(source)
        var checker = Checker(store: DemoMasterplan.load(), source: source, parameters: ["year": .int(2019)], bindings: [:])
        for statement in script.statements {
            _ = try checker.check(statement)
        }
    } catch {
        _ = DiagnosticFormatter().format(error)
    }
    return 0
}
