import PilarCore
@testable import PilarLanguage
import PilarRender
import PilarStore
import Testing

/// Each `check` rule on a small masterplan that is clean but for one problem: the rule finds
/// it, at its file and line, and no other rule finds anything.
@Suite struct CheckRuleTests {
    /// Clean: reference year 2021 (the latest actual); P-1 runs 2019–2021, P-2 was done in 2020.
    static let programmes = """
        code,name,opd,pillar,horizon,start_year,end_year,budget,status
        P-1,Alpha,A,mobility,short,2019,2021,100,ongoing
        P-2,Beta,A,mobility,short,2019,2020,100,done

        """
    static let indicators = """
        code,programme,name,unit,polarity,baseline
        P-1.1,P-1,Trips,trips,positive,
        P-2.1,P-2,Budget absorption,%,positive,

        """
    static let measurements = """
        indicator,year,target,actual
        P-1.1,2019,10,9
        P-1.1,2020,20,21
        P-1.1,2021,30,31
        P-2.1,2019,90,88
        P-2.1,2020,95,95

        """

    static func store(programmes: String = programmes, indicators: String = indicators,
                      measurements: String = measurements) throws -> Store {
        let files: [Entity: SourceFile] = [
            .opd: SourceFile(name: "opds.csv", text: "code,name,kind\nA,Dinas A,dinas\n"),
            .programme: SourceFile(name: "programmes.csv", text: programmes),
            .indicator: SourceFile(name: "indicators.csv", text: indicators),
            .measurement: SourceFile(name: "measurements.csv", text: measurements),
        ]
        return try MasterplanLoader.load(files: files, title: "check")
    }

    /// The problems as "rule code where problem" lines.
    static func problems(_ store: Store, year: Int64? = nil) -> [String] {
        CheckReport(store: store, rules: [], referenceYear: year).resultSet(store).rows.map { row in
            row.map { if case .text(let text) = $0 { text } else { "?" } }.joined(separator: " | ")
        }
    }

    @Test func cleanDataHasNoProblem() throws {
        #expect(Self.problems(try Self.store()) == [])
        #expect(CheckInput.latestYearWithActual(in: try Self.store()) == 2021)
    }

    @Test func everyRuleIsDeclaredOnceWithHelp() {
        #expect(Set(CheckRule.names).count == CheckRule.all.count)
        for rule in CheckRule.all {
            #expect(!rule.summary.isEmpty && !rule.help.isEmpty)
            #expect(rule.name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
        }
    }

    @Test func missingActual() throws {
        let store = try Self.store(measurements: Self.measurements.replacingOccurrences(of: "P-1.1,2020,20,21", with: "P-1.1,2020,20,"))
        #expect(Self.problems(store) == [
            "missing_actual | measurement | P-1.1 2020 | measurements.csv:3 | no actual for 2020, a past year (programme P-1 is ongoing, 2019–2021)",
        ])
    }

    @Test func missingTarget() throws {
        let store = try Self.store(measurements: Self.measurements.replacingOccurrences(of: "P-1.1,2020,20,21\n", with: ""))
        #expect(Self.problems(store) == [
            "missing_target | indicator | P-1.1 | indicators.csv:2 | no target for 2020 (programme P-1 runs from 2019)",
        ])
    }

    @Test func fallingTarget() throws {
        let store = try Self.store(measurements: Self.measurements.replacingOccurrences(of: "P-1.1,2021,30,31", with: "P-1.1,2021,15,31"))
        #expect(Self.problems(store) == [
            "falling_target | measurement | P-1.1 2021 | measurements.csv:4 | target 15 for 2021 is below 20 for 2020 on a positive indicator",
        ])
    }

    @Test func noIndicator() throws {
        let store = try Self.store(programmes: Self.programmes + "P-3,Gamma,A,mobility,short,2019,2021,100,ongoing\n")
        #expect(Self.problems(store) == ["no_indicator | programme | P-3 | programmes.csv:4 | no indicator measures this programme"])
    }

    @Test func pastEndNotDone() throws {
        let store = try Self.store(programmes: Self.programmes.replacingOccurrences(of: "2020,100,done", with: "2020,100,stalled"))
        #expect(Self.problems(store) == [
            "past_end_not_done | programme | P-2 | programmes.csv:3 | ended in 2020 but is still stalled (reference year 2021)",
        ])
    }

    @Test func actualsBeforeStart() throws {
        let store = try Self.store(programmes: Self.programmes + "P-3,Gamma,A,mobility,short,2021,2022,100,planned\n",
                                   indicators: Self.indicators + "P-3.1,P-3,Users,people,positive,\n",
                                   measurements: Self.measurements + "P-3.1,2020,5,4\nP-3.1,2021,6,\n")
        #expect(Self.problems(store) == [
            "actuals_before_start | programme | P-3 | programmes.csv:4 | planned from 2021 but has actuals for 2020",
        ])
    }

    @Test func doneStillReporting() throws {
        let store = try Self.store(programmes: Self.programmes.replacingOccurrences(of: "2019,2020,100,done", with: "2019,2019,100,done"))
        #expect(Self.problems(store) == [
            "done_still_reporting | programme | P-2 | programmes.csv:3 | done in 2019 but reports actuals for 2020",
        ])
    }

    @Test func absorptionOver100() throws {
        let store = try Self.store(measurements: Self.measurements.replacingOccurrences(of: "P-2.1,2020,95,95", with: "P-2.1,2020,95,101.5"))
        #expect(Self.problems(store) == [
            "absorption_over_100 | measurement | P-2.1 2020 | measurements.csv:6 | budget absorption 101.5 % in 2020 is above 100 %",
        ])
        // "serapan" in any case counts too; another unit does not.
        let serapan = try Self.store(
            indicators: Self.indicators.replacingOccurrences(of: "Budget absorption", with: "Serapan Anggaran"),
            measurements: Self.measurements.replacingOccurrences(of: "P-2.1,2020,95,95", with: "P-2.1,2020,95,101.5"))
        #expect(Self.problems(serapan).count == 1)
        let rupiah = try Self.store(
            indicators: Self.indicators.replacingOccurrences(of: "Budget absorption,%", with: "Budget absorption,Rp"),
            measurements: Self.measurements.replacingOccurrences(of: "P-2.1,2020,95,95", with: "P-2.1,2020,95,101.5"))
        #expect(Self.problems(rupiah) == [])
    }

    @Test func duplicateName() throws {
        let store = try Self.store(programmes: Self.programmes + "P-3,ALPHA ,A,mobility,short,2022,2023,100,planned\n",
                                   indicators: Self.indicators + "P-3.1,P-3,Users,people,positive,\n")
        #expect(Self.problems(store) == ["duplicate_name | programme | P-3 | programmes.csv:4 | same name as P-1 of A"])
    }

    // MARK: - Reference year, locations, edits

    @Test func referenceYearCanBeSet() throws {
        let store = try Self.store()
        // With 2022 as "now", P-1 (ongoing) ended in the past; with 2020, nothing is wrong yet.
        #expect(Self.problems(store, year: 2022).map { $0.components(separatedBy: " | ")[0] } == ["past_end_not_done"])
        #expect(Self.problems(store, year: 2020) == [])
        let session = Session(store: store, format: .csv, parameters: ["check_year": .int(2022)])
        var rows = 0
        session.run(SourceFile(name: "t", text: "check past_end_not_done")) { event in
            if case .result(let result, _) = event { rows = result.rows.count }
        }
        #expect(rows == 1)
    }

    @Test func linesCountRowsNotLineBreaksInsideQuotes() throws {
        let programmes = """
            code,name,opd,pillar,horizon,start_year,end_year,budget,status
            P-1,"Alpha,
            two lines",A,mobility,short,2019,2021,100,ongoing

            P-2,Beta,A,mobility,short,2019,2020,100,done
            P-3,Gamma,A,mobility,short,2019,2021,100,ongoing

            """
        let store = try Self.store(programmes: programmes)
        #expect(store.table(.programme).sourceLines == [2, 5, 6])
        #expect(Self.problems(store) == ["no_indicator | programme | P-3 | programmes.csv:6 | no indicator measures this programme"])
    }

    @Test func editsKeepLinesRowForRow() throws {
        let store = try Self.store(programmes: Self.programmes + "P-3,Gamma,A,mobility,short,2019,2021,100,ongoing\n")
        let inserted = try store.applying(.insert(.programme, rows: [[
            "code": .text("P-4"), "name": .text("Delta"), "opd": .text("A"), "pillar": .text("mobility"),
            "horizon": .text("short"), "start_year": .int(2019), "end_year": .int(2021), "status": .text("ongoing"),
        ]])).store
        #expect(Self.problems(inserted).map { $0.components(separatedBy: " | ")[2...3].joined(separator: " ") }
                == ["P-3 programmes.csv:4", "P-4 programmes.csv (inserted)"])
        // Deleting P-1 (and its indicator and measurements) moves P-3 up a row but not its line.
        let p1 = Int32(inserted.table(.programme).codeIndex["P-1"]!)
        let deleted = try inserted.applying(.delete(.programme, rows: [p1], cascade: true)).store
        #expect(deleted.table(.programme).sourceLines == [3, 4, 0])
        #expect(deleted.table(.measurement).sourceLines == [5, 6])
    }

    // MARK: - The statement

    @Test func statementParsesChecksAndSuggests() {
        #expect(Tiny.run("check duplicate_name") == "rule,entity,code,where,problem\n")
        #expect(Tiny.run("check no_indicator") == "rule,entity,code,where,problem\nno_indicator,programme,MOB-02,programmes.csv:3,no indicator measures this programme\n")
        #expect(Tiny.run("check no_indicatr").hasPrefix("error: unknown check rule 'no_indicatr' | did you mean 'no_indicator'?"))
        #expect(Tiny.run("check 1").hasPrefix("error: expected a rule name or the end of the statement after 'check'"))
        // `check` followed by '|' is a pipeline: a let may still be called check.
        #expect(Tiny.run("let check = opds\ncheck | count") == "count\n3\n")
    }

    /// Review #9: these said "unknown source 'check'" with no hint.
    @Test func checkIsAStatementNotASource() {
        let hint = "error: 'check' is a statement, not a source: its problems cannot go on into a pipeline | \(Checker.checkIsAStatement)"
        #expect(Tiny.run("check | where rule == \"missing_actual\"").hasPrefix(hint))
        #expect(Tiny.run("let c = check").hasPrefix(hint))
        #expect(Tiny.diagnostic("check | count")?.span == Span(0, 5))
        let piped = Tiny.diagnostic("check missing_actual | count")
        #expect(piped?.message == "'check' is a statement: its problems cannot go on into a pipeline")
        #expect(piped?.hint == Checker.checkIsAStatement)
        #expect(piped?.span == Span(21, 22))
    }

    @Test func completionOffersTheRules() {
        let session = Session(store: Tiny.store)
        #expect(Completer(session: session).complete("che").candidates == ["check"])
        #expect(Completer(session: session).complete("check ").candidates == CheckRule.names)
        #expect(Completer(session: session).complete("check past").candidates == ["past_end_not_done"])
    }

    @Test func strictFailsAfterListingTheProblems() {
        let session = Session(store: Tiny.store, format: .csv)
        session.strictCheck = true
        var events: [String] = []
        let ok = session.run(SourceFile(name: "t", text: "check past_end_not_done\nprint 'not reached'")) { event in
            switch event {
            case .result(let result, _): events.append("result \(result.rows.count)")
            case .error(let diagnostic): events.append("error \(diagnostic.message)")
            case .text(let text): events.append(text)
            default: break
            }
        }
        #expect(!ok)
        #expect(events == ["result 1", "error check found 1 problem (--strict)"])
    }
}
