// swift-tools-version: 6.0
import PackageDescription

// One target per stage, so the layering is enforced by the compiler:
// PilarCore ← PilarStore ← PilarLanguage (lexer → parser → checker → plan → executor)
//           ← PilarRender (result sets → table, csv, json, …)
// PilarREPL (libedit, terminal) and the `pilar` executable are thin shells on top.
let package = Package(
    name: "pilar",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pilar", targets: ["pilar"]),
        .library(name: "PilarLanguage", targets: ["PilarLanguage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Shared vocabulary: source files, spans, diagnostics, values, did-you-mean.
        .target(name: "PilarCore"),
        // The in-memory masterplan store and its loaders (CSV folder, embedded demo).
        .target(name: "PilarStore", dependencies: ["PilarCore"]),
        // Result sets and their renderers: table, csv, tsv, json, jsonl, markdown.
        .target(name: "PilarRender", dependencies: ["PilarCore"]),
        // Excel workbooks (.xlsx) in and out: sheets fed to the store's loader, result sets written as sheets.
        .target(
            name: "PilarExcel",
            dependencies: ["PilarCore", "PilarStore", "PilarRender", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Lexer → Parser → AST → Checker → Plan → Executor. Knows nothing of terminals.
        .target(name: "PilarLanguage", dependencies: ["PilarCore", "PilarStore", "PilarRender", "PilarExcel"]),
        // libedit, the system line editor (apt: libedit-dev).
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // The interactive shell: line editing, history, completion, signals, pager.
        .target(name: "PilarREPL", dependencies: ["PilarLanguage", "PilarStore", "PilarRender", "CEditLine"]),
        // The command line: a thin shell over PilarLanguage and PilarREPL.
        .executableTarget(
            name: "pilar",
            dependencies: [
                "PilarLanguage",
                "PilarREPL",
                "PilarExcel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PilarCoreTests", dependencies: ["PilarCore"]),
        .testTarget(name: "PilarStoreTests", dependencies: ["PilarStore"]),
        .testTarget(name: "PilarRenderTests", dependencies: ["PilarRender"]),
        .testTarget(
            name: "PilarExcelTests",
            dependencies: ["PilarExcel", "PilarStore", "PilarRender", "PilarCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PilarLanguageTests", dependencies: ["PilarLanguage", "PilarStore", "PilarRender"]),
        .testTarget(name: "PilarREPLTests", dependencies: ["PilarREPL", "PilarLanguage", "PilarStore"]),
        // The command line's own catalogue (usage errors) is tested where the executable is imported.
        .testTarget(name: "PilarCLITests", dependencies: ["pilar", "PilarCore"]),
        .testTarget(
            name: "GoldenTests",
            dependencies: ["PilarLanguage", "PilarStore", "PilarRender"],
            exclude: ["Cases", "BadInput"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
