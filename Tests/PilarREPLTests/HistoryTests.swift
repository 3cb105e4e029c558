import Testing
@testable import PilarREPL

@Suite struct HistoryTests {
    @Test func explicitFileWins() {
        let path = HistoryLocation.resolve(environment: [
            "PILAR_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/state", "HOME": "/home/ana",
        ])
        #expect(path == "/tmp/h")
    }

    @Test func xdgStateHomeComesNext() {
        #expect(HistoryLocation.resolve(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/ana"])
            == "/state/pilar/history")
        #expect(HistoryLocation.resolve(environment: ["XDG_STATE_HOME": "/state/"]) == "/state/pilar/history")
    }

    @Test func homeIsTheFallback() {
        #expect(HistoryLocation.resolve(environment: ["HOME": "/home/ana"]) == "/home/ana/.local/state/pilar/history")
        // Empty or relative values are ignored, as the XDG specification says.
        #expect(HistoryLocation.resolve(environment: ["PILAR_HISTORY": "", "XDG_STATE_HOME": "state", "HOME": "/h"])
            == "/h/.local/state/pilar/history")
    }

    @Test func noHomeMeansNoFile() {
        #expect(HistoryLocation.resolve(environment: [:]) == nil)
        #expect(HistoryLocation.resolve(environment: ["HOME": ""]) == nil)
    }

    @Test func folderToCreate() {
        #expect(HistoryLocation.directory(of: "/home/ana/.local/state/pilar/history") == "/home/ana/.local/state/pilar")
        #expect(HistoryLocation.directory(of: "/history") == "/")
        #expect(HistoryLocation.directory(of: "history") == nil)
    }

    @Test func listingNumbersEntriesAndIndentsLaterLines() {
        let entries = ["pillars"] + Array(repeating: "opds | count", count: 8) + ["programmes |\nwhere x |\ncount"]
        let listing = HistoryListing.format(entries)
        let lines = listing.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == " 1  pillars")
        #expect(lines[9] == "10  programmes |")
        #expect(lines[10] == "    where x |")
        #expect(lines[11] == "    count")
        #expect(listing.hasSuffix("count\n"))
        #expect(HistoryListing.format([]) == "")
    }
}
