import PilarCore
import Testing
@testable import PilarRender

@Suite struct TSVTests {
    @Test func mixedResult() {
        #expect(Fixtures.render(Fixtures.mixed, .tsv) == """
            code\tname\tbudget\tprogress\tactive
            MOB-01\tBus Rapid Transit, Koridor 1\t1500000000\t87.5\ttrue
            ENV-02\tTaman "Hijau" Cikapundung\t-25000\t1234.567\tfalse
            GOV-03\tLine one\\nline two|pipe\t\t\t
            SOC-04\t\t0\t-0.001\ttrue
            ECO-05\tPasar Kreatif – Dago\t42\t2.675\tfalse

            """)
    }

    @Test func escapesTabsNewlinesAndBackslashes() {
        let result = ResultSet(
            columns: [ResultColumn("path\tname", .text)],
            rows: [[.text("C:\\data\tx\r\ny")]]
        )
        #expect(Fixtures.render(result, .tsv) == "path\\tname\nC:\\\\data\\tx\\r\\ny\n")
    }

    @Test func emptyResultIsHeaderOnly() {
        #expect(Fixtures.render(Fixtures.empty, .tsv) == "code\tbudget\n")
        #expect(Fixtures.render(ResultSet(columns: [], rows: []), .tsv) == "")
    }
}
