import PilarCore
import Testing
@testable import PilarRender

@Suite struct CSVTests {
    @Test func mixedResult() {
        // Quoted: comma, quotes (doubled), newline, and the empty string (a null is bare).
        #expect(Fixtures.render(Fixtures.mixed, .csv) == """
            code,name,budget,progress,active
            MOB-01,"Bus Rapid Transit, Koridor 1",1500000000,87.5,true
            ENV-02,"Taman ""Hijau"" Cikapundung",-25000,1234.567,false
            GOV-03,"Line one
            line two|pipe",,,
            SOC-04,"",0,-0.001,true
            ECO-05,Pasar Kreatif – Dago,42,2.675,false

            """)
    }

    @Test func emptyResultIsHeaderOnly() {
        #expect(Fixtures.render(Fixtures.empty, .csv) == "code,budget\n")
    }

    @Test func noColumnsIsEmpty() {
        #expect(Fixtures.render(ResultSet(columns: [], rows: [[]]), .csv) == "")
    }

    @Test func quotesLeadingAndTrailingBlanksAndCarriageReturns() {
        let result = ResultSet(
            columns: [ResultColumn("a b", .text), ResultColumn(" padded", .text), ResultColumn("x", .text)],
            rows: [[.text(" lead"), .text("trail\t"), .text("cr\rhere")], [.text("mid dle"), .text("ok"), .text("a\"b")]]
        )
        #expect(Fixtures.render(result, .csv) == "a b,\" padded\",x\n\" lead\",\"trail\t\",\"cr\rhere\"\nmid dle,ok,\"a\"\"b\"\n")
    }

    @Test func numbersInFullWithoutGrouping() {
        let result = ResultSet(
            columns: [ResultColumn("n", .decimal)],
            rows: [[.decimal(0.00001)], [.decimal(10_000_000_000_000_000)], [.int(Int64.min)], [.decimal(0.3)],
                   [.decimal(0.750)], [.ref(Entity(id: 2), 3)]]
        )
        #expect(Fixtures.render(result, .csv) == "n\n0.00001\n10000000000000000\n-9223372036854775808\n0.3\n0.75\n#3\n")
    }

    @Test func unicodePassesThroughUntouched() {
        #expect(Fixtures.render(Fixtures.unicode, .csv) == """
            nama,kota,n
            Jalan Layang Pasupati – Bandung,東京,1
            Café Señor,Yogyakarta,-1234567
            e\u{301}tude 🚲,"Tab\there\r\nCRLF\u{1B}[31m",-9223372036854775808

            """)
    }
}
