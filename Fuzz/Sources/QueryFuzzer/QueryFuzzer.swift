import Foundation
import FuzzSupport
import PilarCore
import PilarLanguage
import PilarRender
import PilarStore

/// Target (2): scripts built from grammar fragments (see `ScriptGenerator` for how the work per
/// input is bounded) run whole through a `Session` on the demo data; results are rendered into
/// memory in the session's format, errors formatted. Nothing is printed or written. Edits change
/// only this input's session: each input starts from a fresh copy of the demo.
@_cdecl("LLVMFuzzerTestOneInput")
public func queryFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var generator = ScriptGenerator(ByteReader(inputBuffer(data, size)))
    let text = generator.script()
    // To read a reproducer (stderr: unbuffered, so it shows before a crash); off when fuzzing.
    if getenv("PILAR_FUZZ_SHOW") != nil { fputs(text + "\n---\n", stderr) }
    // Safe mode: the generator never writes files (no `.save`, no `.dump FILE`); should it ever
    // produce one, it is refused instead of writing into the working folder.
    let session = Session(store: DemoMasterplan.load(), parameters: ["year": .int(2019), "n": .int(3), "name": .text("Dishub")],
                          safe: true)
    // Results and print text go through the document writer the CLI uses (an html page, and
    // for some inputs a workbook), the rest is formatted.
    var document = DocumentWriter(title: "fuzz", workbook: size % 7 == 3)
    session.run(SourceFile(name: "fuzz.pilar", text: text)) { event in
        var options = session.renderOptions
        options.maxWidth = 80
        if document.bytes(of: event, options: options) != nil { return }
        switch event {
        case .result(let result, let format):
            _ = Renderer.render(result, RenderOptions(format: format, maxWidth: 80))
        case .error(let diagnostic), .warning(let diagnostic):
            _ = DiagnosticFormatter().format(diagnostic)
        case .errors(let list):
            _ = DiagnosticFormatter().format(list)
        case .text, .note, .quit:
            break
        }
    }
    _ = document.finishBytes()
    return 0
}
