import PilarCore
import Testing
@testable import PilarRender

@Suite struct TableWidthTests {
    @Test func wideEnoughTerminalChangesNothing() {
        let natural = Fixtures.render(Fixtures.mixed, .table)
        #expect(Fixtures.lineWidths(natural).max() == 77)
        #expect(Fixtures.render(Fixtures.mixed, .table, maxWidth: 77) == natural)
        #expect(Fixtures.render(Fixtures.mixed, .table, maxWidth: 77, expanded: .auto) == natural)
    }

    @Test func widestTextColumnIsCutWithEllipsis() {
        let output = Fixtures.render(Fixtures.mixed, .table, maxWidth: 60)
        // Only `name` is cut; the short code and bool columns and the numbers keep their
        // full width. A cut never leaves a space before the `…`.
        #expect(output == """
            ┌────────┬─────────────┬───────────────┬──────────┬────────┐
            │ code   │ name        │        budget │ progress │ active │
            ├────────┼─────────────┼───────────────┼──────────┼────────┤
            │ MOB-01 │ Bus Rapid…  │ 1,500,000,000 │    87.50 │ true   │
            │ ENV-02 │ Taman "Hij… │       -25,000 │ 1,234.57 │ false  │
            │ GOV-03 │ Line one↵l… │          null │     null │ null   │
            │ SOC-04 │             │             0 │     0.00 │ true   │
            │ ECO-05 │ Pasar Krea… │            42 │     2.68 │ false  │
            └────────┴─────────────┴───────────────┴──────────┴────────┘
            5 rows

            """)
        #expect(Fixtures.lineWidths(output).allSatisfy { $0 <= 60 })
    }

    @Test func everyFeasibleWidthIsFilledExactly() {
        for width in 52...77 {
            let output = Fixtures.render(Fixtures.mixed, .table, maxWidth: width)
            let widths = Fixtures.lineWidths(output).dropLast()  // the footer
            #expect(widths.allSatisfy { $0 == width }, "maxWidth \(width)")
        }
    }

    @Test func wideCharactersAreCutOnCharacterBoundaries() {
        // The 45-column table cuts 東京 nowhere (it fits in 5) but cuts the long names; the
        // numbers are never cut.
        let output = Fixtures.render(Fixtures.unicode, .table, maxWidth: 45)
        #expect(output == """
            ┌───────┬───────┬────────────────────────────┐
            │ nama  │ kota  │                          n │
            ├───────┼───────┼────────────────────────────┤
            │ Jala… │ 東京  │                          1 │
            │ Café… │ Yogy… │                 -1,234,567 │
            │ étud… │ Tab→… │ -9,223,372,036,854,775,808 │
            └───────┴───────┴────────────────────────────┘
            3 rows

            """)
        #expect(DisplayWidth.truncate("東京都庁", width: 8, to: 4) == ("東…", 3))
        #expect(DisplayWidth.truncate("Señor Café", width: 10, to: 5) == ("Seño…", 5))
        #expect(DisplayWidth.truncate("Señor", width: 5, to: 5) == ("Señor", 5))
    }

    @Test func tooNarrowWithoutAutoShowsNarrowestTable() {
        #expect(Fixtures.render(Fixtures.mixed, .table, maxWidth: 30) == """
            ┌───────┬───────┬───────────────┬──────────┬───────┐
            │ code  │ name  │        budget │ progress │ acti… │
            ├───────┼───────┼───────────────┼──────────┼───────┤
            │ MOB-… │ Bus…  │ 1,500,000,000 │    87.50 │ true  │
            │ ENV-… │ Tama… │       -25,000 │ 1,234.57 │ false │
            │ GOV-… │ Line… │          null │     null │ null  │
            │ SOC-… │       │             0 │     0.00 │ true  │
            │ ECO-… │ Pasa… │            42 │     2.68 │ false │
            └───────┴───────┴───────────────┴──────────┴───────┘
            5 rows

            """)
    }

    @Test func tooNarrowWithAutoSwitchesToRecords() {
        let output = Fixtures.render(Fixtures.mixed, .table, maxWidth: 30, expanded: .auto)
        #expect(output == """
            -[ RECORD 1 ]-----------------
            code     │ MOB-01
            name     │ Bus Rapid Transit,…
            budget   │ 1,500,000,000
            progress │ 87.50
            active   │ true
            -[ RECORD 2 ]-----------------
            code     │ ENV-02
            name     │ Taman "Hijau" Cika…
            budget   │ -25,000
            progress │ 1,234.57
            active   │ false
            -[ RECORD 3 ]-----------------
            code     │ GOV-03
            name     │ Line one↵line two|…
            budget   │ null
            progress │ null
            active   │ null
            -[ RECORD 4 ]-----------------
            code     │ SOC-04
            name     │
            budget   │ 0
            progress │ 0.00
            active   │ true
            -[ RECORD 5 ]-----------------
            code     │ ECO-05
            name     │ Pasar Kreatif – Da…
            budget   │ 42
            progress │ 2.68
            active   │ false
            5 rows

            """)
        #expect(Fixtures.lineWidths(output).allSatisfy { $0 <= 30 })
    }

    @Test func expandedOnAlwaysUsesRecordsAndCutsNothingWithoutWidth() {
        let result = ResultSet(
            columns: [ResultColumn("code", .label), ResultColumn("name", .text)],
            rows: [[.text("MOB-01"), .text("Bus Rapid Transit Koridor 1 sampai Koridor 12")]]
        )
        #expect(Fixtures.render(result, .table, expanded: .on) == """
            -[ RECORD 1 ]---------------------------------------
            code │ MOB-01
            name │ Bus Rapid Transit Koridor 1 sampai Koridor 12
            1 row

            """)
        // The record header is as wide as the widest line.
        #expect(Fixtures.lineWidths(Fixtures.render(result, .table, expanded: .on)).prefix(3) == [52, 13, 52])
        #expect(Fixtures.render(Fixtures.empty, .table, expanded: .on) == "0 rows\n")
    }

    @Test func expandedRecordsKeepAnsiOutOfLayout() {
        let plain = Fixtures.render(Fixtures.mixed, .table, maxWidth: 30, expanded: .auto)
        let coloured = Fixtures.render(Fixtures.mixed, .table, maxWidth: 30, style: .ansi, expanded: .auto)
        #expect(Fixtures.stripANSI(coloured) == plain)
        #expect(coloured.contains("\u{1B}[1mbudget\u{1B}[0m   │ \u{1B}[2mnull\u{1B}[0m\n"))
    }

    @Test func emptyResultNeverSwitchesToRecords() {
        #expect(Fixtures.render(Fixtures.empty, .table, maxWidth: 10, expanded: .auto) == """
            ┌──────┬───────┐
            │ code │ budg… │
            └──────┴───────┘
            0 rows

            """)
    }

    @Test func unreadableTerminalWidthMeansNoLimit() {
        #expect(Fixtures.render(Fixtures.mixed, .table, maxWidth: 0, expanded: .auto)
            == Fixtures.render(Fixtures.mixed, .table))
    }

    @Test func layoutSharesTheCutAmongTheWidestColumns() {
        // Frame for 3 columns is 10; 40 leaves 30 for cells: the two wide columns share
        // the cut, the narrow one is untouched.
        #expect(TableLayout.fit(natural: [6, 40, 30], minimum: [5, 5, 5], maxWidth: 40) == .fits([6, 12, 12]))
        #expect(TableLayout.fit(natural: [6, 40, 30], minimum: [5, 5, 5], maxWidth: 41) == .fits([6, 13, 12]))
        #expect(TableLayout.fit(natural: [6, 40, 30], minimum: [5, 5, 5], maxWidth: 20) == .tooWide([5, 5, 5]))
        #expect(TableLayout.fit(natural: [6, 40, 30], minimum: [5, 5, 5], maxWidth: nil) == .fits([6, 40, 30]))
    }
}
