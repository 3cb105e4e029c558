// swift-tools-version:5.4
// Tools version 5.4 on purpose: from 5.5 on SwiftPM links executables with
// `--defsym main=<Target>_main`, which a libFuzzer binary (whose `main` is libFuzzer's) lacks.
// See Fuzz/run.sh for how these targets are built (release, -sanitize=fuzzer,address) and run.
import PackageDescription

let package = Package(
    name: "PilarFuzz",
    dependencies: [
        .package(name: "pilar", path: ".."),
    ],
    targets: [
        // Byte-driven choices and the script generator shared by the targets.
        .target(name: "FuzzSupport", dependencies: [.product(name: "PilarLanguage", package: "pilar")]),
        // (1) lexer + parser (+ checker, without running) on arbitrary bytes.
        .executableTarget(name: "LexParseFuzzer", dependencies: ["FuzzSupport"]),
        // (2) checker + executor + renderers on scripts built from grammar fragments.
        .executableTarget(name: "QueryFuzzer", dependencies: ["FuzzSupport"]),
        // (3) the masterplan loader on arbitrary bytes as its CSV files.
        .executableTarget(name: "LoaderFuzzer", dependencies: ["FuzzSupport"]),
        // (4) the completer on arbitrary lines and cursor positions.
        .executableTarget(name: "CompleterFuzzer", dependencies: ["FuzzSupport"]),
    ]
)
