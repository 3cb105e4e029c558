import PilarCore
import Testing
@testable import PilarRender

@Suite struct LargeResultTests {
    static let rowCount = 100_000

    static let large: ResultSet = {
        var rows: [[Value]] = []
        rows.reserveCapacity(rowCount)
        for index in 0..<rowCount {
            let name = index % 7 == 0 ? "Jalan \"Asia\", Afrika" : "Koridor"
            let active: Value = index % 5 == 0 ? .null : .bool(true)
            let budget = Int64(index) * 1000
            let share = DecimalNumber(scaled: Int128(index) * 25, scale: 2)!
            rows.append([.text("MOB-\(index)"), .text(name), .int(budget), .decimal(share), active])
        }
        return ResultSet(
            columns: [ResultColumn("code", .label), ResultColumn("name", .text), ResultColumn("budget", .int),
                      ResultColumn("share", .decimal), ResultColumn("active", .bool)],
            rows: rows)
    }()

    @Test func csvOfManyRowsIsComplete() {
        let output = Fixtures.render(Self.large, .csv)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == Self.rowCount + 2)  // header, rows, and the empty tail
        #expect(lines[Self.rowCount] == "MOB-99999,Koridor,99999000,24999.75,true")
        #expect(lines[1] == "MOB-0,\"Jalan \"\"Asia\"\", Afrika\",0,0,")
    }

    @Test func jsonlOfManyRowsIsComplete() {
        let output = Fixtures.render(Self.large, .jsonl)
        #expect(output.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } == Self.rowCount)
        #expect(output.hasSuffix(#"{"code":"MOB-99999","name":"Koridor","budget":99999000,"share":24999.75,"active":true}"# + "\n"))
    }
}
