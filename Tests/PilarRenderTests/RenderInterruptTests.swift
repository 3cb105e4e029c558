import PilarCore
import Testing
@testable import PilarRender

/// Ctrl-C while a large result is being rendered for the screen: every format stops within a
/// few thousand rows of the flag being raised instead of rendering all of them.
@Suite struct RenderInterruptTests {
    @Test(arguments: OutputFormat.allCases)
    func aRaisedFlagStopsRenderingEarly(format: OutputFormat) {
        let flag = InterruptFlag()
        flag.raise()
        let options = RenderOptions(format: format, interrupt: flag)
        let output = Renderer.render(LargeResultTests.large, options)
        #expect(!output.contains("MOB-99999"), "\(format) rendered every row")
        #expect(output.utf8.count < 10_000)
    }

    @Test func theFlagDoesNotChangeWhatOptionsMean() {
        #expect(RenderOptions(format: .csv, interrupt: InterruptFlag()) == RenderOptions(format: .csv))
    }
}
