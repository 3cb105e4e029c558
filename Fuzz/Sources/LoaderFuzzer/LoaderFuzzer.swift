import FuzzSupport
import PilarCore
import PilarLanguage
import PilarStore

/// Target (3): the masterplan loader, from memory, on arbitrary bytes as its CSV files.
/// The first byte chooses: 0–4 replace that one file of the demo masterplan (pillars, opds,
/// programmes, indicators, measurements) by the rest of the input, so references into the
/// other files still resolve; 5 splits the rest at each "\n----\n" into the five files in that
/// order (fewer pieces leave files missing). A store that loads is queried once, so the derived
/// fields (achievement, band) are computed from the fuzzed figures.
@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = inputBuffer(data, size)
    guard let mode = input.first else { return 0 }
    let rest = Array(input.dropFirst())
    let order = Catalog.masterplan.entities
    var files: [Entity: SourceFile]
    if Int(mode) % 6 < order.count {
        files = DemoMasterplan.sourceFiles
        let entity = order[Int(mode) % 6]
        files[entity] = SourceFile(name: Catalog.masterplan[entity].fileName, bytes: rest)
    } else {
        files = [:]
        for (entity, piece) in zip(order, split(rest)) {
            files[entity] = SourceFile(name: Catalog.masterplan[entity].fileName, bytes: piece)
        }
    }
    do {
        let store = try MasterplanLoader.load(files: files, title: "fuzz")
        let session = Session(store: store)
        session.run(SourceFile(name: "q", text: "measurements | summarize n = count(), a = avg(achievement) by band")) { _ in }
    } catch {
        _ = DiagnosticFormatter().format(error)
    }
    return 0
}

private func split(_ bytes: [UInt8]) -> [[UInt8]] {
    let separator = Array("\n----\n".utf8)
    var pieces: [[UInt8]] = []
    var start = 0
    var index = 0
    while index + separator.count <= bytes.count {
        if bytes[index..<(index + separator.count)].elementsEqual(separator) {
            pieces.append(Array(bytes[start..<index]))
            index += separator.count
            start = index
        } else {
            index += 1
        }
    }
    pieces.append(Array(bytes[start...]))
    return pieces
}
