import Foundation
import Testing

/// `pilar --strict`: a `check` that finds problems fails the run (exit 1) after listing them;
/// without it, or when the check finds nothing, the run succeeds.
@Suite struct StrictCheckTests {
    func pilar(_ arguments: [String]) throws -> PilarProcess.Outcome {
        try PilarProcess.run(arguments, stdin: Data())
    }

    @Test func problemsFailTheRunUnderStrictOnly() throws {
        let strict = try pilar(["--strict", "--format", "csv", "-c", "check past_end_not_done\nprint 'after'"])
        #expect(strict.status == 1)
        #expect(strict.stdout.hasPrefix("rule,entity,code,where,problem\npast_end_not_done,programme,GOV-04,demo/programmes.csv:5,"))
        #expect(strict.stdout.split(separator: "\n").count == 2)
        #expect(!strict.stdout.contains("after"))
        #expect(strict.stderr.hasPrefix("<command>:1:1: error: check found 1 problem (--strict)\n"))

        let relaxed = try pilar(["--format", "csv", "-c", "check past_end_not_done\nprint 'after'"])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.hasSuffix("after\n"))
        #expect(relaxed.stderr.isEmpty)
    }

    @Test func aCleanCheckPassesUnderStrict() throws {
        let outcome = try pilar(["run", "--strict", "--format", "csv", "Tests/GoldenTests/Cases/error_check_rule.pilar"])
        #expect(outcome.status == 1) // a misspelt rule is an error in the script, strict or not
        let clean = try pilar(["--strict", "--format", "csv", "-c", "check duplicate_name", "-c", "check no_indicator"])
        #expect(clean.status == 0)
        #expect(clean.stdout == "rule,entity,code,where,problem\nrule,entity,code,where,problem\n")
    }

    @Test func strictReadsAFolderAndNamesItsFiles() throws {
        let outcome = try pilar(["--data", "examples/data/pekanbaru", "--strict", "--format", "csv", "-c", "check no_indicator",
                                 "-c", "check done_still_reporting"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("done_still_reporting,programme,PPL-08,examples/data/pekanbaru/programmes.csv:20,"))
        #expect(outcome.stderr.contains("error: check found 1 problem (--strict)"))
    }

    @Test func strictIsAKnownLongOption() throws {
        #expect(try pilar(["--strikt", "-c", "check"]).stderr.contains("Did you mean '--strict'?"))
    }
}
