import PilarCore
import Testing
@testable import PilarRender

@Suite struct MarkdownTests {
    @Test func mixedResult() {
        #expect(Fixtures.render(Fixtures.mixed, .markdown) == #"""
            | code   | name                         |        budget | progress | active |
            | ------ | ---------------------------- | ------------: | -------: | ------ |
            | MOB-01 | Bus Rapid Transit, Koridor 1 | 1,500,000,000 |    87.50 | true   |
            | ENV-02 | Taman "Hijau" Cikapundung    |       -25,000 | 1,234.57 | false  |
            | GOV-03 | Line one<br>line two\|pipe   |          null |     null | null   |
            | SOC-04 |                              |             0 |     0.00 | true   |
            | ECO-05 | Pasar Kreatif – Dago         |            42 |     2.68 | false  |

            """#)
    }

    @Test func emptyResultIsHeaderAndDelimiter() {
        #expect(Fixtures.render(Fixtures.empty, .markdown) == """
            | code | budget |
            | ---- | -----: |

            """)
        #expect(Fixtures.render(ResultSet(columns: [], rows: []), .markdown) == "")
    }

    @Test func narrowColumnsKeepThreeDashes() {
        let result = ResultSet(columns: [ResultColumn("a", .text), ResultColumn("n", .int)], rows: [[.text("x"), .int(1)]])
        #expect(Fixtures.render(result, .markdown) == """
            | a   |    n |
            | --- | ---: |
            | x   |    1 |

            """)
    }

    @Test func unicodeAndControlCharacters() {
        #expect(Fixtures.render(Fixtures.unicode, .markdown) == """
            | nama                            | kota                  |                          n |
            | ------------------------------- | --------------------- | -------------------------: |
            | Jalan Layang Pasupati – Bandung | 東京                  |                          1 |
            | Café Señor                      | Yogyakarta            |                 -1,234,567 |
            | étude 🚲                        | Tab here<br>CRLF␛[31m | -9,223,372,036,854,775,808 |

            """)
    }
}
