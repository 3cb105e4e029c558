import PilarCore
import Testing
@testable import PilarRender

/// `.theme`: the default colour style keeps borders at normal intensity, the projector theme
/// is high contrast with wider cells, and plain output changes only by that padding.
@Suite struct ThemeTests {
    private func render(_ result: ResultSet, theme: Theme, style: RenderStyle, maxWidth: Int? = nil) -> String {
        Renderer.render(result, RenderOptions(maxWidth: maxWidth, style: style,
                                              display: DisplaySettings(nullText: "null", theme: theme)))
    }

    @Test func defaultThemeLeavesPlainOutputAlone() {
        #expect(render(Fixtures.mixed, theme: .default, style: .plain) == Fixtures.render(Fixtures.mixed, .table))
    }

    @Test func projectorPadsEveryCellWithOneMoreSpace() {
        let text = render(Fixtures.empty, theme: .projector, style: .plain)
        #expect(text == """
            ┌────────┬──────────┐
            │  code  │  budget  │
            └────────┴──────────┘
            0 rows

            """)
        let mixed = render(Fixtures.mixed, theme: .projector, style: .plain)
        #expect(mixed.contains("│  MOB-01  │  Bus Rapid Transit, Koridor 1  │  1,500,000,000  │"))
        #expect(!mixed.contains("\u{1B}"))
    }

    @Test func projectorStillFitsTheWidth() {
        let text = render(Fixtures.mixed, theme: .projector, style: .plain, maxWidth: 70)
        #expect(Fixtures.lineWidths(text).allSatisfy { $0 <= 70 })
        #expect(text.contains("│  MOB-01  │"))
        #expect(text.contains("…"))
    }

    @Test func defaultColourBordersAreNotDim() {
        let coloured = render(Fixtures.mixed, theme: .default, style: .ansi)
        #expect(!coloured.contains("\u{1B}[2m│"))
        #expect(!coloured.contains("\u{1B}[2m┌"))
        #expect(coloured.contains("│ \u{1B}[1mcode\u{1B}[0m   │"))
        // Nulls stay dim, so a null is not read as the text "null".
        #expect(coloured.contains("\u{1B}[2mnull\u{1B}[0m"))
    }

    @Test func projectorIsHighContrast() {
        let coloured = render(BandColourTests.bands, theme: .projector, style: .ansi)
        #expect(!coloured.contains("\u{1B}[2m"))
        #expect(coloured.contains("│  \u{1B}[1mcode\u{1B}[0m  │"))
        // Band colours are kept.
        #expect(coloured.contains(RenderStyle.bandColours[0] + "very low" + "\u{1B}[0m"))
        // Colour never changes the layout.
        #expect(Fixtures.stripANSI(coloured) == render(BandColourTests.bands, theme: .projector, style: .plain))
    }

    @Test func projectorBarsAreBright() {
        let result = ChartTests.bars([("a", .int(100)), ("b", .int(-20))])
        let coloured = Renderer.render(result, RenderOptions(maxWidth: 40, style: .ansi,
                                                             display: DisplaySettings(theme: .projector)))
        #expect(coloured.contains("\u{1B}[94m████"))
        #expect(Fixtures.stripANSI(coloured) == ChartTests.render(result))
        // The default colour style leaves bars in the terminal's own colour.
        #expect(!ChartTests.render(result, style: .ansi).contains("\u{1B}[94m"))
    }

    @Test func plainStaysPlainUnderAnyTheme() {
        #expect(RenderStyle.plain.themed(.projector) == .plain)
        #expect(RenderStyle.ansi.themed(.default) == .ansi)
        #expect(RenderStyle.ansi.themed(.projector) == .projector)
        #expect(Theme.default.cellPadding == 1 && Theme.projector.cellPadding == 2)
    }
}
