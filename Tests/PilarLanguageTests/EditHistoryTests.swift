import PilarStore
import Testing
@testable import PilarLanguage

/// The undo history keeps a bounded number of steps, and `.changes` lines do not keep data.
struct EditHistoryTests {
    @Test func theOldestStepsAreLetGoBeyondTheLimit() {
        var history = EditHistory()
        let store = MasterplanLoader.emptyStore()
        for index in 0..<(EditHistory.limit + 5) {
            history.record(EditHistory.Step(previous: store, summary: .code("step \(index)"), statement: "s\(index)"))
        }
        #expect(history.steps.count == EditHistory.limit)
        #expect(history.trimmed)
        #expect(history.steps.first?.summary.english == "step 5")
        // `.changes` still lists every edit since the load.
        #expect(history.changes.count == EditHistory.limit + 5)
        for _ in 0..<EditHistory.limit { #expect(history.undo() != nil) }
        #expect(history.undo() == nil)
    }
}
