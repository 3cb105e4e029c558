import Foundation
import PilarCore
import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// The catalog is the single place an entity is declared: this test adds the kegiatan level
/// (activities under programmes) in its own catalog, and nothing outside the catalog and this
/// file knows of it. Loading, both directions of navigation, `.schema`, completion, the
/// checker's hints and editing must all pick it up.
struct CatalogExtensionTests {
    static let catalog = Catalog.masterplan.adding([
        EntityDeclaration(
            singular: "activity", plural: "activities", aliases: ["kegiatan"],
            fields: [
                FieldDeclaration("code", .text, doc: "activity code"),
                FieldDeclaration("programme", .reference(.programme), reverse: "activities", doc: "the programme it belongs to"),
                FieldDeclaration("name", .text, doc: "what is done"),
                FieldDeclaration("budget", .int, nullable: true, rule: .money, doc: "budget in whole rupiah"),
            ],
            doc: "the activities (kegiatan) of a programme"),
    ])

    static let activity = Entity(id: 5)

    /// The tiny fixture's files and an activities file, written to a temporary folder.
    func folder(activities: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files: [String: String] = [
            "opds.csv": "code,name,kind\nDISHUB,Dinas Perhubungan,dinas\nBAPPEDA,Badan Perencanaan,badan\n",
            "programmes.csv": """
                code,name,opd,pillar,horizon,start_year,end_year,budget,status
                MOB-01,Bus Rapid Transit,DISHUB,mobility,long,2018,2023,1000,ongoing
                GOV-01,e-Planning,BAPPEDA,governance,quick-win,2018,2019,300,done

                """,
            "indicators.csv": "code,programme,name,unit,polarity,baseline\nMOB-01.1,MOB-01,Passengers,people,positive,100\n",
            "measurements.csv": "indicator,year,target,actual\nMOB-01.1,2019,200,100\n",
            "activities.csv": activities,
        ]
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder.path
    }

    func run(_ session: Session, _ text: String) -> String {
        var output = ""
        session.run(SourceFile(name: "t", text: text)) { event in
            switch event {
            case .result(let result, let format): output += Renderer.render(result, RenderOptions(format: format))
            case .text(let text): output += text
            case .note(let note): output += note
            case .error(let diagnostic): output += "error: " + diagnostic.message + (diagnostic.hint.map { " | " + $0 } ?? "")
            case .warning(let diagnostic): output += "warning: " + diagnostic.message + "\n"
            case .errors(let list): output += list.diagnostics.map(\.message).joined(separator: "\n")
            case .quit: break
            }
        }
        return output
    }

    @Test func anEntityDeclaredOnlyInTheCatalogLoadsNavigatesCompletesAndEdits() throws {
        let path = try folder(activities: """
            code,programme,name,budget
            MOB-01.A,MOB-01,Buy buses,600
            MOB-01.B,MOB-01,Build shelters,
            GOV-01.A,GOV-01,Train planners,50

            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try MasterplanLoader.load(folder: path, catalog: Self.catalog)
        #expect(store.table(Self.activity).count == 3)
        #expect(store.summary.hasSuffix("1 measurement, 3 activities"))

        let session = Session(store: store, format: .csv)
        // Down: from a programme to its activities, and the alias as a source.
        #expect(run(session, "programmes | select code, n = count(activities), spent = sum(activities.budget)")
                == "code,n,spent\nMOB-01,2,600\nGOV-01,1,50\n")
        #expect(run(session, "kegiatan | count") == "count\n3\n")
        // Up: from an activity through its programme to the OPD.
        #expect(run(session, "activities | where programme.opd.code == \"BAPPEDA\" | select code, programme.opd.name")
                == "code,programme_opd_name\nGOV-01.A,Badan Perencanaan\n")
        // The checker knows its fields and suggests them.
        #expect(run(session, "activities | select budjet") == "error: unknown field 'budjet' of activity | did you mean 'budget'?")
        #expect(run(session, "activity | count").contains("sources are plural: activities"))
        #expect(run(session, ".schema activity").contains("programme  → programme"))

        // Completion offers the source, its fields and the new collection.
        let completer = Completer(session: session)
        #expect(completer.complete("activ").candidates.contains("activities"))
        #expect(completer.complete("activities | where progr").candidates.contains("programme"))
        #expect(completer.complete("programmes | select activ").candidates.contains("activities"))

        // Edits follow the same declaration: types, references with did-you-mean, cascade.
        let inserted = try store.applying(.insert(Self.activity, rows: [
            ["code": .text("GOV-01.B"), "programme": .text("GOV-01"), "name": .text("Print plans"), "budget": .int(20)],
        ]))
        #expect(inserted.summary == "1 activity inserted")
        do {
            _ = try store.applying(.insert(Self.activity, rows: [["code": .text("X"), "programme": .text("GOV-02"), "name": .text("x")]]))
            Issue.record("an unknown programme was accepted")
        } catch {
            #expect(error.message == "unknown programme 'GOV-02' in field 'programme'")
            #expect(error.hint == "did you mean 'GOV-01'?")
        }
        let deleted = try store.applying(.delete(.programme, rows: [1], cascade: true))
        #expect(deleted.summary == "1 programme deleted (and 1 activity with it)")
    }

    @Test func theEntitysFileIsCheckedLikeAnyOther() throws {
        let path = try folder(activities: "code,programme,name,budget\nMOB-01.A,MOB-1,Buy buses,-5\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try MasterplanLoader.load(folder: path, catalog: Self.catalog)
            Issue.record("a bad activities file loaded")
        } catch {
            let messages = error.diagnostics.map(\.message)
            #expect(messages.contains("unknown programme 'MOB-1' in column 'programme'"))
            #expect(messages.contains("negative budget '-5' in column 'budget'"))
        }
        // Without the file the folder is incomplete, and the message says which files it needs.
        try FileManager.default.removeItem(atPath: path + "/activities.csv")
        do {
            _ = try MasterplanLoader.load(folder: path, catalog: Self.catalog)
            Issue.record("a folder without activities.csv loaded")
        } catch {
            #expect(error.diagnostics.first?.message == "missing file 'activities.csv' in folder '\(path)'")
        }
    }
}
