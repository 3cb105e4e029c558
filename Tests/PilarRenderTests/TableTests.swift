import PilarCore
import Testing
@testable import PilarRender

@Suite struct TableTests {
    @Test func mixedResult() {
        #expect(Fixtures.render(Fixtures.mixed, .table) == """
            ┌────────┬──────────────────────────────┬───────────────┬──────────┬────────┐
            │ code   │ name                         │        budget │ progress │ active │
            ├────────┼──────────────────────────────┼───────────────┼──────────┼────────┤
            │ MOB-01 │ Bus Rapid Transit, Koridor 1 │ 1,500,000,000 │    87.50 │ true   │
            │ ENV-02 │ Taman "Hijau" Cikapundung    │       -25,000 │ 1,234.57 │ false  │
            │ GOV-03 │ Line one↵line two|pipe       │          null │     null │ null   │
            │ SOC-04 │                              │             0 │     0.00 │ true   │
            │ ECO-05 │ Pasar Kreatif – Dago         │            42 │     2.68 │ false  │
            └────────┴──────────────────────────────┴───────────────┴──────────┴────────┘
            5 rows

            """)
    }

    @Test func emptyResultStillShowsHeader() {
        #expect(Fixtures.render(Fixtures.empty, .table) == """
            ┌──────┬────────┐
            │ code │ budget │
            └──────┴────────┘
            0 rows

            """)
    }

    @Test func oneRowFooterIsSingular() {
        let result = ResultSet(columns: [ResultColumn("n", .int)], rows: [[.int(7)]])
        #expect(Fixtures.render(result, .table) == """
            ┌───┐
            │ n │
            ├───┤
            │ 7 │
            └───┘
            1 row

            """)
    }

    @Test func footerGroupsLargeCounts() {
        let result = ResultSet(columns: [ResultColumn("n", .int)], rows: Array(repeating: [.int(1)], count: 1234))
        #expect(Fixtures.render(result, .table).hasSuffix("└───┘\n1,234 rows\n"))
    }

    @Test func noColumnsShowsOnlyTheCount() {
        let result = ResultSet(columns: [], rows: [[], []])
        #expect(Fixtures.render(result, .table) == "2 rows\n")
    }

    @Test func multiByteWideAndControlTextStaysAligned() {
        // 東京 and 🚲 are two columns wide, é is e plus a combining accent, and the tab,
        // CRLF and escape character are shown, not obeyed.
        #expect(Fixtures.render(Fixtures.unicode, .table) == """
            ┌─────────────────────────────────┬────────────────────┬────────────────────────────┐
            │ nama                            │ kota               │                          n │
            ├─────────────────────────────────┼────────────────────┼────────────────────────────┤
            │ Jalan Layang Pasupati – Bandung │ 東京               │                          1 │
            │ Café Señor                      │ Yogyakarta         │                 -1,234,567 │
            │ étude 🚲                        │ Tab→here↵CRLF␛[31m │ -9,223,372,036,854,775,808 │
            └─────────────────────────────────┴────────────────────┴────────────────────────────┘
            3 rows

            """)
    }

    @Test func ansiStyleDoesNotAffectLayout() {
        let plain = Fixtures.render(Fixtures.unicode, .table)
        let coloured = Fixtures.render(Fixtures.unicode, .table, style: .ansi)
        #expect(coloured != plain)
        #expect(Fixtures.stripANSI(coloured) == plain)
        // Borders and the footer keep normal intensity: dim lines vanish on a projector.
        #expect(coloured.contains("│ \u{1B}[1mnama\u{1B}[0m                            │"))
        #expect(coloured.hasSuffix("┘\n3 rows\n"))
    }

    @Test func ansiDimsNullButNotEmptyText() {
        let coloured = Fixtures.render(Fixtures.mixed, .table, style: .ansi)
        #expect(coloured.contains("          \u{1B}[2mnull\u{1B}[0m │"))
        #expect(Fixtures.stripANSI(coloured) == Fixtures.render(Fixtures.mixed, .table))
        // The empty name of SOC-04 gets no escape sequence at all.
        #expect(coloured.contains("SOC-04 │                              │"))
    }

    // An int beside a decimal shows the decimals the column needs (one here), so points line up.
    @Test func untypedNumericColumnAlignsAsNumbers() {
        let result = ResultSet(
            columns: [ResultColumn("x", .unknown), ResultColumn("y", .unknown)],
            rows: [[.int(1500), .text("a")], [.decimal(2.5), .null], [.null, .bool(true)]]
        )
        #expect(Fixtures.render(result, .table) == """
            ┌─────────┬──────┐
            │       x │ y    │
            ├─────────┼──────┤
            │ 1,500.0 │ a    │
            │     2.5 │ null │
            │    null │ true │
            └─────────┴──────┘
            3 rows

            """)
    }

    @Test func strayReferenceShowsItsRow() {
        let result = ResultSet(columns: [ResultColumn("opd", .label)], rows: [[.ref(Entity(id: 1), 7)]])
        #expect(Fixtures.render(result, .table).contains("│ #7  │"))
    }

    @Test func shortRowIsPaddedWithNulls() {
        let result = ResultSet(columns: [ResultColumn("a", .int), ResultColumn("b", .text)], rows: [[.int(1)]])
        #expect(Fixtures.render(result, .table).contains("│ 1 │ null │"))
    }
}
