import PilarCore
import Testing

/// Ctrl-C during a sort: the comparator looks at the flag every few thousand comparisons and
/// the sort is abandoned, instead of running to the end first.
@Suite struct InterruptibleSortTests {
    @Test func aRaisedFlagStopsTheSortWithinAPollInterval() {
        let flag = InterruptFlag()
        let keys = (0..<200_000).map { ($0 &* 7919) % 200_003 }
        var comparisons = 0
        var comparisonsWhenRaised = 0
        #expect(throws: Interrupted.self) {
            _ = try InterruptibleSort.positions(keys.count, interrupt: flag) { a, b in
                comparisons += 1
                if comparisons == 10_000 {
                    flag.raise()
                    comparisonsWhenRaised = comparisons
                }
                return keys[a] < keys[b]
            }
        }
        #expect(comparisons - comparisonsWhenRaised <= InterruptibleSort.pollInterval)
    }

    @Test func withoutAnInterruptTheOrderIsTheSortedOrder() throws {
        let keys = [5, 3, 9, 1, 3]
        let flag = InterruptFlag()
        let positions = try InterruptibleSort.positions(keys.count, interrupt: flag) { keys[$0] < keys[$1] }
        #expect(positions.map { keys[$0] } == [1, 3, 3, 5, 9])
        #expect(try InterruptibleSort.positions(keys.count, interrupt: nil) { keys[$0] < keys[$1] } == positions)
    }
}
