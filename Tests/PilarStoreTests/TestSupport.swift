import Foundation
import PilarCore
@testable import PilarStore

/// A small valid masterplan; each loader test changes one file and looks at what happens.
struct Fixture {
    var pillars: String? = nil
    var opds = """
        code,name,kind,head
        DISHUB,Dinas Perhubungan,dinas,Budi Santoso
        DLHK,Dinas Lingkungan Hidup dan Kebersihan,dinas,

        """
    var programmes = """
        code,name,opd,pillar,horizon,start_year,end_year,budget,status
        MOB-01,Bus fleet renewal,DISHUB,mobility,medium,2019,2023,1500000000,ongoing
        ENV-01,Waste tracking,DLHK,environment,short,2020,2021,,done

        """
    var indicators = """
        code,programme,name,unit,polarity,baseline
        MOB-01.1,MOB-01,Daily passengers,passengers,positive,9000
        MOB-01.2,MOB-01,Travel time,minutes,negative,48
        ENV-01.1,ENV-01,Waste handled,%,positive,

        """
    var measurements = """
        indicator,year,target,actual
        MOB-01.1,2019,10000,9500
        MOB-01.1,2020,12000,
        MOB-01.2,2019,40,44
        ENV-01.1,2020,80,100

        """

    func files() -> [Entity: SourceFile] {
        var files: [Entity: SourceFile] = [
            .opd: SourceFile(name: "t/opds.csv", text: opds),
            .programme: SourceFile(name: "t/programmes.csv", text: programmes),
            .indicator: SourceFile(name: "t/indicators.csv", text: indicators),
            .measurement: SourceFile(name: "t/measurements.csv", text: measurements),
        ]
        if let pillars { files[.pillar] = SourceFile(name: "t/pillars.csv", text: pillars) }
        return files
    }

    func load() throws(DiagnosticList) -> Store {
        try MasterplanLoader.load(files: files(), title: "test masterplan")
    }

    /// The problems loading reports, one line each (see `Diagnostic.summary`); empty if it loads.
    func problems() -> [String] {
        do {
            _ = try load()
            return []
        } catch {
            return error.diagnostics.map(\.summary)
        }
    }
}

extension Diagnostic {
    /// `file:line:col: message [underlined text] (help: hint)` — everything a user sees, on one line.
    var summary: String {
        var text = "\(location.map { "\($0)" } ?? "-"): \(message)"
        if let source {
            text += " [\(source.text(of: span))]"
        }
        if let hint { text += " (help: \(hint))" }
        return text
    }
}

extension Store {
    /// Every value of a column by field name, for compact assertions.
    func column(_ entity: Entity, _ field: String) -> [Value] {
        let table = table(entity)
        guard let column = table.columnIndex(of: field) else { return [] }
        return (0..<table.count).map { table.value(column: column, row: $0) }
    }
}

/// A fresh folder under the system temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    /// The folder that `remove()` deletes (the parent of `path` when there is a subfolder).
    private let root: String

    init(files: [String: String], subfolder: String? = nil) throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("pilar-store-tests-\(UUID().uuidString)", isDirectory: true)
        let url = subfolder.map { base.appendingPathComponent($0, isDirectory: true) } ?? base
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        root = base.path
        path = url.path
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
    }

    init(fixture: Fixture, subfolder: String? = nil) throws {
        var files = [
            "opds.csv": fixture.opds, "programmes.csv": fixture.programmes,
            "indicators.csv": fixture.indicators, "measurements.csv": fixture.measurements,
        ]
        if let pillars = fixture.pillars { files["pillars.csv"] = pillars }
        try self.init(files: files, subfolder: subfolder)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// The repository root, found from this file's path (Tests/PilarStoreTests/TestSupport.swift).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
