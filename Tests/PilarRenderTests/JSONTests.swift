import PilarCore
import Testing
@testable import PilarRender

@Suite struct JSONTests {
    @Test func mixedResultAsArray() {
        #expect(Fixtures.render(Fixtures.mixed, .json) == #"""
            [
              {"code":"MOB-01","name":"Bus Rapid Transit, Koridor 1","budget":1500000000,"progress":87.5,"active":true},
              {"code":"ENV-02","name":"Taman \"Hijau\" Cikapundung","budget":-25000,"progress":1234.567,"active":false},
              {"code":"GOV-03","name":"Line one\nline two|pipe","budget":null,"progress":null,"active":null},
              {"code":"SOC-04","name":"","budget":0,"progress":-0.001,"active":true},
              {"code":"ECO-05","name":"Pasar Kreatif – Dago","budget":42,"progress":2.675,"active":false}
            ]

            """#)
    }

    @Test func mixedResultAsLines() {
        #expect(Fixtures.render(Fixtures.mixed, .jsonl) == #"""
            {"code":"MOB-01","name":"Bus Rapid Transit, Koridor 1","budget":1500000000,"progress":87.5,"active":true}
            {"code":"ENV-02","name":"Taman \"Hijau\" Cikapundung","budget":-25000,"progress":1234.567,"active":false}
            {"code":"GOV-03","name":"Line one\nline two|pipe","budget":null,"progress":null,"active":null}
            {"code":"SOC-04","name":"","budget":0,"progress":-0.001,"active":true}
            {"code":"ECO-05","name":"Pasar Kreatif – Dago","budget":42,"progress":2.675,"active":false}

            """#)
    }

    @Test func emptyResults() {
        #expect(Fixtures.render(Fixtures.empty, .json) == "[]\n")
        #expect(Fixtures.render(Fixtures.empty, .jsonl) == "")
    }

    @Test func singleRowHasNoTrailingComma() {
        let result = ResultSet(columns: [ResultColumn("n", .int)], rows: [[.int(1)]])
        #expect(Fixtures.render(result, .json) == "[\n  {\"n\":1}\n]\n")
    }

    @Test func escapesControlCharactersAndLineSeparators() {
        let result = ResultSet(
            columns: [ResultColumn("a\"b", .text)],
            rows: [[.text("back\\slash\t\u{01}\u{1B}\u{7F}\u{2028}é東")]]
        )
        #expect(Fixtures.render(result, .jsonl) == #"{"a\"b":"back\\slash\t\u0001\u001b"# + "\u{7F}" + #"\u2028é東"}"# + "\n")
    }

    @Test func decimalsAreExactNumbers() {
        let result = ResultSet(
            columns: [ResultColumn("x", .decimal)],
            rows: [[.decimal(0.00001)], [.decimal(-0.0)], [.decimal(0.57)], [.decimal(1.50)]]
        )
        #expect(Fixtures.render(result, .jsonl) == "{\"x\":0.00001}\n{\"x\":0}\n{\"x\":0.57}\n{\"x\":1.5}\n")
    }

    @Test func duplicateColumnNamesGetSuffixes() {
        let result = ResultSet(
            columns: [ResultColumn("name", .text), ResultColumn("name", .text), ResultColumn("name_2", .text), ResultColumn("name", .text)],
            rows: [[.text("a"), .text("b"), .text("c"), .text("d")]]
        )
        #expect(Fixtures.render(result, .jsonl) == #"{"name":"a","name_3":"b","name_2":"c","name_4":"d"}"# + "\n")
    }

    @Test func strayReferenceIsAString() {
        let result = ResultSet(columns: [ResultColumn("opd", .label)], rows: [[.ref(Entity(id: 1), 12)]])
        #expect(Fixtures.render(result, .jsonl) == ##"{"opd":"#12"}"## + "\n")
    }

    @Test func noColumnsGiveEmptyObjects() {
        #expect(Fixtures.render(ResultSet(columns: [], rows: [[], []]), .json) == "[\n  {},\n  {}\n]\n")
    }
}
