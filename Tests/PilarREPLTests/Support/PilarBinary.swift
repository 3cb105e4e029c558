import Foundation

/// The `pilar` executable the end-to-end tests drive: `$PILAR_BINARY` when set, else the
/// debug build in this package's `.build`; nil (the tests skip) when neither exists.
enum PilarBinary {
    static let path: String? = {
        if let explicit = ProcessInfo.processInfo.environment["PILAR_BINARY"], !explicit.isEmpty {
            return explicit
        }
        guard let root = packageRoot() else { return nil }
        let candidate = root + "/.build/debug/pilar"
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }()

    /// The folder holding Package.swift, found by walking up from this file.
    private static func packageRoot(from file: String = #filePath) -> String? {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder.path
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
