import PilarCore
@testable import PilarLanguage
import PilarStore
import Testing

/// Every hint that suggests pilar carries it as a fix; applying the fix must give a statement
/// the checker accepts. A hint can then never again suggest something that is not pilar.
@Suite struct HintFixTests {
    static let store = DemoMasterplan.load()

    /// The first error of a script (parse or check), and the warnings before it.
    static func firstProblem(_ text: String) -> (error: Diagnostic?, warnings: [Diagnostic]) {
        let source = SourceFile(name: "t", text: text)
        do throws(Diagnostic) {
            let script = try Parser.parse(source)
            var checker = Checker(store: store, source: source, parameters: [:], bindings: [:])
            for statement in script.statements { _ = try checker.check(statement) }
            return (nil, checker.warnings.drain())
        } catch {
            return (error, [])
        }
    }

    /// The statements a habit or a typo gets wrong, each with its expected fixed text.
    static let corpus: [(bad: String, fixed: String)] = [
        // SQL habits
        ("programmes | sort by budget desc", "programmes | sort budget desc"),
        ("programmes | order by budget desc", "programmes | sort budget desc"),
        ("programmes | limit 5", "programmes | take 5"),
        ("programmes | group by pillar", "programmes | summarize n = count() by pillar"),
        ("programmes | summarize n = count(*) by pillar", "programmes | summarize n = count() by pillar"),
        ("programmes | select *", "programmes"),
        ("programmes | select * | take 2", "programmes | take 2"),
        ("programmes | where budget = 1", "programmes | where budget == 1"),
        ("programmes | where horizon = \"short\" and budget > 1", "programmes | where horizon == \"short\" and budget > 1"),
        ("programmes | where horizon in (\"short\", \"long\")", "programmes | where horizon in [\"short\", \"long\"]"),
        ("programmes | where horizon not in (\"short\",\"long\")", "programmes | where horizon not in [\"short\",\"long\"]"),
        ("programmes | extend size = case when budget > 100 then \"big\" else \"small\" end",
         "programmes | extend size = if(budget > 100, \"big\", \"small\")"),
        ("programmes | extend size = case when budget > 100 then \"big\" when budget > 10 then \"mid\" end",
         "programmes | extend size = if(budget > 100, \"big\", if(budget > 10, \"mid\", null))"),
        ("programmes | where budget > 1\nand horizon == \"short\"", "programmes | where budget > 1 and\n horizon == \"short\""),
        ("programmes | where budget > 1\n  or horizon == \"short\"", "programmes | where budget > 1 or\n   horizon == \"short\""),
        ("programmes | summarize n = count()\nby pillar", "programmes | summarize n = count() by\n pillar"),
        // aggregate over a pipeline
        ("print avg(measurements | where year == 2019)", "print avg((measurements | where year == 2019).target)"),
        // did-you-mean: field, stage, function, source, enum value, member
        ("programmes | sort budjet", "programmes | sort budget"),
        ("programmes | wher budget > 1", "programmes | where budget > 1"),
        ("programmes | where lowr(name) == \"x\"", "programmes | where lower(name) == \"x\""),
        ("progammes | count", "programmes | count"),
        ("programme | count", "programmes | count"),
        ("programmes | where pillar == \"mobilty\"", "programmes | where pillar == \"mobility\""),
        ("programmes | where horizon in [\"short\", \"quickwin\"]", "programmes | where horizon in [\"short\", \"quick-win\"]"),
        ("programmes | where opd.nmae == \"x\"", "programmes | where opd.name == \"x\""),
        // review #12: the fix keeps the other arguments, covers every '=', takes one item in brackets
        ("pillars | extend a = percentile(programmes, 50)", "pillars | extend a = percentile(programmes.budget, 50)"),
        ("programmes | where pillar = \"mobility\" and budget = 1", "programmes | where pillar == \"mobility\" and budget == 1"),
        ("programmes | where pillar in (\"mobility\")", "programmes | where pillar in [\"mobility\"]"),
        ("programmes | pivot count() across year = start_year", "programmes | pivot count() across start_year"),
        ("programmes | where start_year == \"2019\"", "programmes | where start_year == 2019"),
    ]

    @Test(arguments: 0..<corpus.count)
    func theFixIsAcceptedPilar(_ position: Int) throws {
        let (bad, expected) = Self.corpus[position]
        let problem = Self.firstProblem(bad)
        let error = try #require(problem.error, "no error for \(bad)")
        let fix = try #require(error.fix, "no fix for \(bad): \(error.message) / \(error.hint ?? "")")
        let fixed = fix.applied(to: bad)
        #expect(fixed == expected)
        let after = Self.firstProblem(fixed)
        #expect(after.error == nil, "the fix of \(bad) gives \(fixed), which fails: \(after.error?.message ?? "")")
    }

    @Test func aCodeThatNamesNoRowWarnsWithTheNearestCodeAndItsFix() {
        let cases: [(text: String, hint: String)] = [
            ("programmes | where opd == \"dishub\" | count", "did you mean \"DISHUB\"?"),
            ("programmes | where opd == \"DISHUBB\" | count", "did you mean \"DISHUB\"?"),
            ("measurements | where indicator == \"MOB-1.1\" | count", "did you mean \"MOB-01.1\"?"),
            ("programmes | where opd in [\"DISHUB\", \"dinkes\"] | count", "did you mean \"DINKES\"?"),
            ("programmes | where \"bappeda\" != opd | count", "did you mean \"BAPPEDA\"?"),
            ("indicators | where programme.opd == \"Dishub\" | count", "did you mean \"DISHUB\"?"),
        ]
        for (text, hint) in cases {
            let problem = Self.firstProblem(text)
            #expect(problem.error == nil, "\(text) must still run")
            #expect(problem.warnings.count == 1, "\(text)")
            guard let warning = problem.warnings.first else { continue }
            #expect(warning.severity == .warning)
            #expect(warning.hint == hint)
            if let fix = warning.fix {
                let fixed = Self.firstProblem(fix.applied(to: text))
                #expect(fixed.error == nil && fixed.warnings.isEmpty, "\(fix.applied(to: text))")
            } else {
                Issue.record("no fix for \(text)")
            }
        }
        // A code inserted earlier in the same script (checked before it runs) says nothing.
        #expect(Self.firstProblem("""
            insert opds {code: "DISBUD", name: "Dinas Kebudayaan", kind: "dinas"}
            programmes | where opd == "DISBUD" | count
            """).warnings.isEmpty)
        // Existing codes and computed texts say nothing.
        #expect(Self.firstProblem("programmes | where opd == \"DISHUB\" | count").warnings.isEmpty)
        #expect(Self.firstProblem("programmes | where opd == lower(\"x\") | count").warnings.isEmpty)
    }

    /// Review #12: hints that pointed the wrong way, or suggested what is not pilar.
    @Test func hintsSayWhatIsWrongHere() throws {
        let rowsWithoutNumbers = try #require(Self.firstProblem("print avg(programmes | select code)").error)
        #expect(rowsWithoutNumbers.fix == nil)
        #expect(rowsWithoutNumbers.hint == "its rows have no number to pick; avg() needs a numeric field")
        let nested = try #require(Self.firstProblem("programmes | window x = lag(row_number()) by pillar sort budget").error)
        #expect(nested.message == "row_number() cannot be nested inside lag()")
        #expect(nested.hint?.contains("window r = row_number() by KEY sort KEY | window x = lag(r)") == true)
        let textField = try #require(Self.firstProblem("programmes | where name between 1 and 2").error)
        #expect(textField.fix == nil)
        #expect(textField.hint?.contains("without quotes") == false)
        // Bounds of a range of codes are not codes to look up; a fixed list's must be rows.
        let range = Self.firstProblem("programmes | where opd between \"dishub\" and \"x\" | count")
        #expect(range.error == nil && range.warnings.isEmpty)
        #expect(Self.firstProblem("programmes | where pillar between \"mobilty\" and \"economy\" | count").error != nil)
    }

    /// The hints of the golden error cases that suggest code carry a fix too.
    @Test func goldenHintsThatSuggestPilarAreFixes() {
        for bad in ["programmes | where horizon == \"quickwin\" | count", "programmes | sorted budget"] {
            let error = Self.firstProblem(bad).error
            #expect(error?.fix != nil, "\(bad): \(error?.hint ?? "")")
        }
    }
}
