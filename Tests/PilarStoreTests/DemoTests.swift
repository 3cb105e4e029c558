import Foundation
import PilarCore
import Testing
@testable import PilarStore

/// The embedded demo: it loads, it is rich enough for the documented examples, and it is the
/// same data as `examples/data/pekanbaru/`.
@Suite struct DemoTests {
    private let store = DemoMasterplan.load()

    private func texts(_ entity: Entity, _ field: String) -> [String?] {
        store.column(entity, field).map { if case .text(let text) = $0 { text } else { nil } }
    }

    private func rows(_ entity: Entity, _ field: String) -> [Int] {
        store.column(entity, field).map { if case .ref(_, let row) = $0 { Int(row) } else { -1 } }
    }

    @Test func loadsWithoutErrors() throws {
        do throws(DiagnosticList) {
            _ = try MasterplanLoader.load(files: DemoMasterplan.sourceFiles, title: DemoMasterplan.title, isDemo: true)
        } catch {
            Issue.record("the demo failed to load:\n\(DiagnosticFormatter().format(error))")
        }
        #expect(store.title == "Pekanbaru Smart City demo masterplan")
        #expect(store.isDemo)
        #expect(store.origin == nil)
        #expect(DemoMasterplan.notice == "The demo figures are illustrative, not official.")
    }

    @Test func sizes() {
        #expect(store.table(.pillar).count == 6)
        #expect(store.table(.opd).count >= 20)
        #expect(store.table(.programme).count >= 60)
        #expect(store.table(.indicator).count >= 150)
        #expect(store.table(.measurement).count == store.table(.indicator).count * 6)
    }

    @Test func everyIndicatorIsMeasuredFrom2018To2023() throws {
        let index = try #require(store.childIndex(of: .indicator, collection: "measurements"))
        let years = store.column(.measurement, "year")
        for indicator in 0..<store.table(.indicator).count {
            let measured = index.children(of: indicator).map { years[Int($0)] }
            #expect(measured == (2018...2023).map { Value.int(Int64($0)) }, "indicator row \(indicator)")
        }
    }

    @Test func coversEveryPillarHorizonStatusAndPolarity() {
        #expect(Set(rows(.programme, "pillar")) == Set(0..<6))
        #expect(Set(texts(.programme, "horizon")) == Set(Domain.horizon.values))
        #expect(Set(texts(.programme, "status")) == Set(Domain.status.values))
        #expect(Set(texts(.indicator, "polarity")) == Set(Domain.polarity.values))
    }

    @Test func everyBandIn2019AndAcrossYears() {
        let years = store.column(.measurement, "year")
        let bands = texts(.measurement, "band")
        let in2019 = Set(zip(years, bands).filter { $0.0 == .int(2019) }.compactMap(\.1))
        #expect(in2019 == Set(Domain.band.values))
        for year in 2018...2022 {
            let seen = Set(zip(years, bands).filter { $0.0 == .int(Int64(year)) }.compactMap(\.1))
            #expect(seen.count >= 4, "\(year): \(seen)")
        }
    }

    @Test func reportingGapsMostlyIn2023() {
        let years = store.column(.measurement, "year")
        let actuals = store.column(.measurement, "actual")
        func missing(_ year: Int64) -> Int { zip(years, actuals).filter { $0.0 == .int(year) && $0.1 == .null }.count }
        #expect(missing(2023) > missing(2022))
        #expect(missing(2022) > 0)
        #expect(missing(2023) < store.table(.indicator).count)
    }

    @Test func someProgrammesMetEveryTargetIn2019() throws {
        let indicators = try #require(store.childIndex(of: .programme, collection: "indicators"))
        let measurements = try #require(store.childIndex(of: .indicator, collection: "measurements"))
        let years = store.column(.measurement, "year")
        let achievements = store.column(.measurement, "achievement")
        var allMet: [String] = []
        for programme in 0..<store.table(.programme).count {
            let figures = indicators.children(of: programme).flatMap { measurements.children(of: Int($0)) }
                .filter { years[Int($0)] == .int(2019) }.map { achievements[Int($0)].asDecimal }
            if !figures.isEmpty, figures.allSatisfy({ ($0 ?? 0) >= 100 }) {
                allMet.append(store.code(of: .programme, row: Int32(programme)))
            }
        }
        #expect(allMet.count >= 3, "\(allMet)")
    }

    @Test func quickWinFacts() {
        let horizons = texts(.programme, "horizon")
        let statuses = texts(.programme, "status")
        let starts = store.column(.programme, "start_year")
        let opds = rows(.programme, "opd")
        let lateQuickWins = horizons.indices.filter {
            horizons[$0] == "quick-win" && statuses[$0] == "planned" && (starts[$0].asDecimal ?? 9999) <= 2019
        }
        #expect(!lateQuickWins.isEmpty)
        let withQuickWin = Set(horizons.indices.filter { horizons[$0] == "quick-win" }.map { opds[$0] })
        #expect(withQuickWin.count < store.table(.opd).count)
        #expect(withQuickWin.count >= 5)
    }

    @Test func budgetsAndNames() {
        let budgets = store.column(.programme, "budget")
        let known = budgets.compactMap(\.asDecimal)
        #expect(known.count < budgets.count)
        #expect(known.min().map { $0 >= 150_000_000 } == true)
        #expect(known.max().map { $0 <= 25_000_000_000 } == true)
        let names = texts(.programme, "name").compactMap { $0 }
        #expect(names.contains { $0.contains("Digital") })
        #expect(names.contains { $0.contains("digital") })
        #expect(names.contains { $0.contains("DIGITAL") })
        #expect(names.contains("Digital Village (Kampung Digital)"))
        #expect(texts(.opd, "code").contains("DISKOMINFO"))
        #expect(texts(.opd, "name").contains("Dinas Komunikasi, Informatika, Statistik dan Persandian"))
        #expect(Set(texts(.opd, "kind").compactMap { $0 }) == ["dinas", "badan", "satuan"])
    }

    @Test func fundingSourceIsAnExtraColumn() throws {
        let field = try #require(store.schema(.programme).field(named: "funding_source"))
        #expect(field.isExtra)
        #expect(Set(texts(.programme, "funding_source").compactMap { $0 }) == ["APBD", "APBN", "CSR", "KPBU"])
    }

    @Test func embeddedFilesMatchTheExampleFolderByteForByte() throws {
        let folder = repositoryRoot.appendingPathComponent("examples/data/pekanbaru")
        for (entity, source) in DemoMasterplan.sourceFiles {
            let onDisk = try Data(contentsOf: folder.appendingPathComponent(Catalog.masterplan[entity].fileName))
            #expect([UInt8](onDisk) == source.bytes, "\(Catalog.masterplan[entity].fileName) differs: run python3 tools/demo/generate.py")
            #expect(source.name == "demo/" + Catalog.masterplan[entity].fileName)
        }
        #expect(DemoMasterplan.sourceFiles.count == 5)
    }
}
