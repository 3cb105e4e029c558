import Foundation
import PilarCore
import PilarStore

/// Fixtures, temporary files and outside programs (openpyxl, LibreOffice) for the Excel tests.
enum ExcelSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "pilar-excel-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs a program; nil when it cannot be started.
    @discardableResult
    static func run(_ arguments: [String], in folder: String? = nil) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static var hasOpenpyxl: Bool { run(["python3", "-c", "import openpyxl"])?.status == 0 }
    static var hasLibreOffice: Bool { run(["soffice", "--version"])?.status == 0 }

    /// Every table of a store as CSV bytes, the way `.save` writes them: equal stores, equal bytes.
    static func csv(_ store: Store) -> [String] {
        store.catalog.declarations.map { String(decoding: CSVEncoder.encode(store.table($0.entity), in: store), as: UTF8.self) }
    }
}
