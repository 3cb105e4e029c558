import PilarCore
import Testing

@Suite struct FirstRowsTests {
    /// Against the full stable sort, on keys with many ties (ties break by position).
    @Test func keepsExactlyTheFirstRowsOfTheStableOrder() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let count = Int.random(in: 0...400, using: &generator)
            let keys = (0..<count).map { _ in Int.random(in: 0...20, using: &generator) }
            let limit = Int.random(in: 0...50, using: &generator)
            let precedes = { (a: Int, b: Int) -> Bool in keys[a] != keys[b] ? keys[a] > keys[b] : a < b }
            let expected = Array(Array(0..<count).sorted(by: precedes).prefix(limit))
            let kept = try FirstRows.positions(count, limit: limit, interrupt: nil, by: precedes)
            #expect(kept.sorted(by: precedes) == expected)
        }
    }

    @Test func stopsWhenInterrupted() {
        let flag = InterruptFlag()
        flag.raise()
        #expect(throws: Interrupted.self) {
            try FirstRows.positions(100_000, limit: 10, interrupt: flag, by: <)
        }
    }
}
