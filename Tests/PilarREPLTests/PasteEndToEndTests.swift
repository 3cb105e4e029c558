#if os(Linux)
import Testing

/// Paste and refine on a real terminal: the rest of a paste is still waiting when libedit
/// returns a line, which is what lets the shell hold a statement for a next `|` line.
extension EndToEndTests {
    @Test func aPastedMultiLineExampleRunsOnceAsOneStatement() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        // All lines arrive at once, as a paste does.
        terminal.send("programmes" + Key.enter + "| where pillar == \"mobility\"" + Key.enter + "| count" + Key.enter)
        let output = try awaitPrompt(Self.prompt, on: terminal)
        #expect(output.contains("│    11 │"), "\(output)")
        // The unrefined `programmes` (all 66 rows, GOV-01 first) was never shown.
        #expect(!output.contains("GOV-01"), "\(output)")
        #expect(!output.contains("error"), "\(output)")
        let listing = try run(".history", on: terminal)
        #expect(listing.contains("1  programmes\n   | where pillar == \"mobility\"\n   | count"), "\(listing)")
    }

    @Test func aTypedPipeLineRefinesTheQueryBefore() throws {
        let scratch = try Scratch()
        let terminal = try start(scratch)
        defer { terminal.close() }
        _ = try run("opds | where code == \"DISHUB\"", on: terminal)
        let output = try run("| select name", on: terminal)
        #expect(output.contains("Dinas Perhubungan"), "\(output)")
        #expect(!output.contains("error"), "\(output)")
        let listing = try run(".history", on: terminal)
        #expect(listing.contains("2  opds | where code == \"DISHUB\"\n   | select name"), "\(listing)")
    }
}
#endif
