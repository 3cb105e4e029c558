import PilarCore

/// The six smart-city pillars every Indonesian masterplan uses, for folders without
/// `pillars.csv` and for the empty store.
enum DefaultPillars {
    static let rows: [(code: String, name: String, nameID: String)] = [
        ("governance", "Smart Governance", "Tata Kelola"),
        ("people", "Smart People", "Masyarakat"),
        ("economy", "Smart Economy", "Ekonomi"),
        ("environment", "Smart Environment", "Lingkungan"),
        ("living", "Smart Living", "Kehidupan"),
        ("mobility", "Smart Mobility", "Mobilitas"),
    ]

    static var loadedFile: LoadedFile {
        var codes: [String: Int32] = [:]
        for (row, pillar) in rows.enumerated() { codes[pillar.code] = Int32(row) }
        return LoadedFile(
            entity: .pillar,
            columns: [.text(rows.map(\.code)), .text(rows.map(\.name)), .text(rows.map(\.nameID))],
            extras: [],
            codes: codes,
            complete: true
        )
    }
}
