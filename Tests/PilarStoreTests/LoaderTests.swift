import Foundation
import PilarCore
import Testing
@testable import PilarStore

@Suite struct LoaderTests {
    @Test func loadsTheFixture() throws {
        let store = try Fixture().load()
        #expect(store.title == "test masterplan")
        #expect(store.origin == nil)
        #expect(!store.isDemo)
        #expect(store.summary == "2 OPDs, 2 programmes, 3 indicators, 4 measurements")
        #expect(store.column(.opd, "head") == [.text("Budi Santoso"), .null])
        #expect(store.column(.programme, "budget") == [.int(1_500_000_000), .null])
        #expect(store.column(.programme, "horizon") == [.text("medium"), .text("short")])
        #expect(store.column(.programme, "start_year") == [.int(2019), .int(2020)])
        #expect(store.column(.programme, "opd") == [.ref(.opd, 0), .ref(.opd, 1)])
        #expect(store.column(.programme, "pillar") == [.ref(.pillar, 5), .ref(.pillar, 3)])
        #expect(store.column(.indicator, "polarity") == [.text("positive"), .text("negative"), .text("positive")])
        #expect(store.column(.indicator, "baseline") == [.decimal(9000), .decimal(48), .null])
        #expect(store.column(.indicator, "unit") == [.text("passengers"), .text("minutes"), .text("%")])
        #expect(store.column(.measurement, "indicator") == [.ref(.indicator, 0), .ref(.indicator, 0), .ref(.indicator, 1), .ref(.indicator, 2)])
        #expect(store.column(.measurement, "actual") == [.decimal(9500), .null, .decimal(44), .decimal(100)])
        #expect(store.column(.measurement, "achievement") == [.decimal(95), .null, .decimal(90), .decimal(125)])
        #expect(store.column(.measurement, "band") == [.text("very high"), .null, .text("high"), .text("very high")])
        #expect(store.childIndex(of: .opd, collection: "programmes")?.children(of: 1) == [1])
        #expect(store.childIndex(of: .indicator, collection: "measurements")?.children(of: 0) == [0, 1])
    }

    @Test func defaultPillarsWhenThereIsNoPillarFile() throws {
        let store = try Fixture().load()
        #expect(store.column(.pillar, "code").map { if case .text(let code) = $0 { code } else { "" } }
            == ["governance", "people", "economy", "environment", "living", "mobility"])
        #expect(store.column(.pillar, "name")[5] == .text("Smart Mobility"))
        #expect(store.column(.pillar, "name_id") == ["Tata Kelola", "Masyarakat", "Ekonomi", "Lingkungan", "Kehidupan", "Mobilitas"].map(Value.text))
    }

    @Test func aPillarFileReplacesTheDefaults() throws {
        var fixture = Fixture()
        fixture.pillars = "code,name,name_id\nmobility,Smart Mobility,\nenvironment,Smart Environment,Lingkungan\n"
        let store = try fixture.load()
        #expect(store.table(.pillar).count == 2)
        #expect(store.column(.pillar, "name_id") == [.null, .text("Lingkungan")])
        #expect(store.column(.programme, "pillar") == [.ref(.pillar, 0), .ref(.pillar, 1)])

        fixture.pillars = "code,name\nmobility,Smart Mobility\n"
        #expect(fixture.problems() == [
            "t/programmes.csv:3:28: unknown pillar 'environment' in column 'pillar' [environment] (help: pillars.csv has no pillar with that code)",
        ])
    }

    @Test func columnsMayComeInAnyOrder() throws {
        var fixture = Fixture()
        fixture.programmes = """
            status,budget,end_year,start_year,horizon,pillar,opd,name,code
            ongoing,1500000000,2023,2019,medium,mobility,DISHUB,Bus fleet renewal,MOB-01
            done,,2021,2020,short,environment,DLHK,Waste tracking,ENV-01

            """
        fixture.measurements = "actual,target,year,indicator\n9500,10000,2019,MOB-01.1\n,12000,2020,MOB-01.1\n44,40,2019,MOB-01.2\n100,80,2020,ENV-01.1\n"
        let reordered = try fixture.load()
        let original = try Fixture().load()
        for entity in Catalog.masterplan.entities {
            #expect(reordered.schema(entity) == original.schema(entity))
            for field in original.schema(entity).fields {
                #expect(reordered.column(entity, field.name) == original.column(entity, field.name), "\(entity).\(field.name)")
            }
        }
    }

    @Test func extraColumnsAreKeptAsNullableText() throws {
        var fixture = Fixture()
        fixture.programmes = """
            code,name,opd,pillar,horizon,start_year,end_year,budget,status,funding_source
            MOB-01,Bus fleet renewal,DISHUB,mobility,medium,2019,2023,1500000000,ongoing,APBD
            ENV-01,Waste tracking,DLHK,environment,short,2020,2021,,done,

            """
        fixture.measurements = "indicator,year,target,actual,note\nMOB-01.1,2019,10000,9500,checked\nMOB-01.1,2020,12000,,\n"
        let store = try fixture.load()
        let field = try #require(store.schema(.programme).field(named: "funding_source"))
        #expect(field.isExtra && field.nullable && field.type == .text)
        #expect(store.column(.programme, "funding_source") == [.text("APBD"), .null])
        // Extras follow the derived fields, and the table's columns follow the schema.
        #expect(store.schema(.measurement).fields.map(\.name) == ["indicator", "year", "target", "actual", "achievement", "band", "note"])
        #expect(store.column(.measurement, "note") == [.text("checked"), .null])
        #expect(store.column(.measurement, "band") == [.text("very high"), .null])
    }

    @Test func crlfAndByteOrderMarksAreAccepted() throws {
        let original = Fixture()
        func windows(_ text: String) -> String { "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") }
        var fixture = original
        fixture.opds = windows(original.opds)
        fixture.programmes = windows(original.programmes)
        fixture.indicators = windows(original.indicators)
        fixture.measurements = windows(original.measurements)
        let store = try fixture.load()
        let expected = try original.load()
        for entity in Catalog.masterplan.entities {
            for field in expected.schema(entity).fields {
                #expect(store.column(entity, field.name) == expected.column(entity, field.name), "\(entity).\(field.name)")
            }
        }
    }

    @Test func blanksAroundUnquotedCellsAreTrimmedButQuotedOnesKept() throws {
        var fixture = Fixture()
        fixture.opds = "code , name,kind,head\n DISHUB ,\tDinas Perhubungan ,dinas,\" Budi \"\nDLHK,Dinas LHK, ,\n"
        let store = try fixture.load()
        #expect(store.column(.opd, "code") == [.text("DISHUB"), .text("DLHK")])
        #expect(store.column(.opd, "name") == [.text("Dinas Perhubungan"), .text("Dinas LHK")])
        #expect(store.column(.opd, "head") == [.text(" Budi "), .null])
        #expect(store.column(.opd, "kind") == [.text("dinas"), .null])
    }

    @Test func rowsOfEmptyCellsAreSkipped() throws {
        var fixture = Fixture()
        fixture.measurements += ",,,\n , ,,\n"
        #expect(try fixture.load().table(.measurement).count == 4)
    }

    @Test func quotedCellsAreUnescaped() throws {
        var fixture = Fixture()
        fixture.opds = "code,name,kind,head\nDISHUB,\"Dinas \"\"Perhubungan\"\", Kota\",dinas,\nDLHK,\"Two\nlines\",dinas,\n"
        let store = try fixture.load()
        #expect(store.column(.opd, "name") == [.text("Dinas \"Perhubungan\", Kota"), .text("Two\nlines")])
    }

    @Test func theHeadColumnIsOptional() throws {
        var fixture = Fixture()
        fixture.opds = "code,name,kind\nDISHUB,Dinas Perhubungan,dinas\nDLHK,Dinas LHK,\n"
        let store = try fixture.load()
        #expect(store.column(.opd, "head") == [.null, .null])
        #expect(store.column(.opd, "kind") == [.text("dinas"), .null])
    }

    @Test func headerOnlyFilesGiveEmptyTables() throws {
        var fixture = Fixture()
        fixture.measurements = "indicator,year,target,actual\n"
        let store = try fixture.load()
        #expect(store.table(.measurement).count == 0)
        #expect(store.column(.measurement, "band") == [])
    }

    @Test func budgetsWrittenTheSpreadsheetWay() throws {
        for (cell, value) in [("2.5E+10", Int64(25_000_000_000)), ("1500000.00", 1_500_000), ("0", 0),
                              ("9223372036854775807", .max), ("\" 7 \"", 7)] {
            var fixture = Fixture()
            fixture.programmes = fixture.programmes.replacingOccurrences(of: "1500000000", with: cell)
            if cell.hasPrefix("\"") {
                // Quoted blanks are kept, and a number with blanks inside quotes is not a number.
                #expect(fixture.problems().count == 1)
                continue
            }
            #expect(try fixture.load().column(.programme, "budget")[0] == .int(value), "\(cell)")
        }
    }

    @Test func emptyStoreHasTheDefaultPillarsOnly() {
        let store = MasterplanLoader.emptyStore()
        #expect(store.title == "empty masterplan")
        #expect(store.table(.pillar).count == 6)
        #expect(store.summary == "0 OPDs, 0 programmes, 0 indicators, 0 measurements")
        #expect(store.table(.pillar).codeIndex["living"] == 4)
    }

    @Test func columnSpecsFollowTheBuiltInSchema() {
        let catalog = Catalog.masterplan
        for declaration in catalog.declarations {
            let read = ColumnSpec.columns(of: declaration).map(\.name) + declaration.derivedFieldNames
            #expect(read == catalog.schema(of: declaration.entity).fields.map(\.name), "\(declaration.singular)")
        }
    }
}
