import PilarCore
@testable import PilarLanguage
import Testing

/// Inputs the fuzzers (Fuzz/) found that crashed pilar; each stays here so it cannot come back.
@Suite struct FuzzRegressionTests {
    /// QueryFuzzer: an aggregate over a relation of the row (`count(measurements)`,
    /// `sum(programmes.budget)`) in summarize's aggregate list was checked as per-row and then
    /// evaluated per group without a row: "Index out of range" in RowContext.entityRow.
    @Test func aggregateOverARelationOfTheRowInSummarizeIsAnError() {
        for (script, column) in [
            ("indicators | summarize c = count(measurements)", 28),
            ("indicators | summarize c = count(measurements) by polarity", 28),
            ("programmes | summarize n = sum(indicators.baseline)", 28),
            ("opds | summarize n = min((programmes | where budget > 0).budget)", 22),
            ("opds | summarize n = count(programmes | where budget > 0)", 22),
        ] {
            let diagnostic = Tiny.diagnostic(script)
            #expect(diagnostic?.stage == .checker, "\(script)")
            #expect(diagnostic?.message.contains("one value per group") == true, "\(script)")
            #expect(diagnostic?.hint?.contains("aggregate it over the group") == true, "\(script)")
            #expect(diagnostic?.location?.column == column, "\(script)")
        }
    }

    /// What still works: a whole source (not a relation of the row) and an aggregate of the
    /// per-row figure.
    @Test func aggregatesOfSourcesAndOfPerRowFiguresStillRunInSummarize() {
        #expect(Tiny.run("opds | summarize n = count(measurements)") == "n\n6\n")
        #expect(Tiny.run("indicators | summarize c = sum(count(measurements))") == "c\n6\n")
        #expect(Tiny.run("programmes | summarize n = count(programmes | where budget > 0)") == "n\n3\n")
    }
}
