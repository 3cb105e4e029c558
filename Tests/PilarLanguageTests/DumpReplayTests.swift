import PilarCore
import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// `.dump` writes a script that rebuilds the store: run on `--empty`, it gives the same tables,
/// cell for cell, extra columns included.
struct DumpReplayTests {
    /// Runs a script, returning its text output and its errors.
    private func run(_ session: Session, _ text: String) -> (output: String, errors: [String]) {
        var output = ""
        var errors: [String] = []
        session.run(SourceFile(name: "dump.pilar", text: text)) { event in
            switch event {
            case .text(let text): output += text
            case .result(let result, let format): output += Renderer.render(result, RenderOptions(format: format))
            case .error(let diagnostic): errors.append(diagnostic.message)
            case .errors(let list): errors += list.diagnostics.map(\.message)
            case .warning(let diagnostic): errors.append("warning: " + diagnostic.message)
            case .note, .quit: break
            }
        }
        return (output, errors)
    }

    private func expectSame(_ rebuilt: Store, _ original: Store) {
        for entity in original.catalog.entities {
            let (a, b) = (rebuilt.table(entity), original.table(entity))
            #expect(a.schema.fields.map(\.name) == b.schema.fields.map(\.name), "\(original.catalog[entity].plural)")
            #expect(a.count == b.count, "\(original.catalog[entity].plural)")
            guard a.count == b.count, a.schema.fields.count == b.schema.fields.count else { continue }
            for column in b.schema.fields.indices {
                for row in 0..<b.count where a.value(column: column, row: row) != b.value(column: column, row: row) {
                    Issue.record("\(original.catalog[entity].plural).\(b.schema.fields[column].name) row \(row): \(a.value(column: column, row: row)) != \(b.value(column: column, row: row))")
                    return
                }
            }
        }
    }

    private func replay(_ original: Store) throws -> Store {
        let dump = run(Session(store: original), ".dump")
        #expect(dump.errors.isEmpty)
        let empty = Session(store: MasterplanLoader.emptyStore())
        let replayed = run(empty, dump.output)
        #expect(replayed.errors.isEmpty, "\(replayed.errors)")
        return empty.store
    }

    @Test func theDemoDumpRebuildsTheDemoOnAnEmptyStore() throws {
        let demo = DemoMasterplan.load()
        // The demo's programmes carry an extra column; the dump adds it before the rows.
        #expect(demo.schema(.programme).fields.contains { $0.isExtra })
        expectSame(try replay(demo), demo)
    }

    @Test func quotesControlCharactersDecimalsAndOwnPillarsSurviveTheDump() throws {
        var edited = MasterplanLoader.emptyStore()
        let pillars = try edited.applying(.update(.pillar, rows: [0], fields: ["name_id"], values: [[.text("Tata \"Kelola\"\tPemerintahan")]]))
        edited = pillars.store
        edited = try edited.applying(.addColumn(.opd, name: "sumber dana")).store
        edited = try edited.applying(.addColumn(.opd, name: "by")).store
        edited = try edited.applying(.insert(.opd, rows: [
            ["code": .text("DISKOMINFO"), "name": .text("Dinas Komunikasi, Informatika\ndan Statistik"), "sumber dana": .text("APBD"),
             "by": .text("a keyword as a column name")],
        ])).store
        edited = try edited.applying(.insert(.programme, rows: [[
            "code": .text("GOV-01"), "name": .text("Satu Data – Pekanbaru ✓"), "opd": .text("DISKOMINFO"),
            "pillar": .text("governance"), "horizon": .text("short"), "start_year": .int(2020), "end_year": .int(2024),
            "budget": .int(1_250_000_000), "status": .text("ongoing"),
        ]])).store
        edited = try edited.applying(.insert(.indicator, rows: [[
            "code": .text("GOV-01.1"), "programme": .text("GOV-01"), "name": .text("Datasets"),
            "polarity": .text("negative"), "baseline": .decimal(try DecimalNumber.parse("0.0005").get()),
        ]])).store
        edited = try edited.applying(.insert(.measurement, rows: [
            ["indicator": .text("GOV-01.1"), "year": .int(2021), "target": .decimal(try DecimalNumber.parse("12.3400").get())],
            ["indicator": .text("GOV-01.1"), "year": .int(2022), "target": .int(-3), "actual": .decimal(try DecimalNumber.parse("-2.5").get())],
        ])).store
        expectSame(try replay(edited), edited)
    }
}
