import PilarCore
@testable import PilarRender

/// Small results with every kind of cell the renderers must tell apart.
enum Fixtures {
    /// Ints, decimals, text with commas, quotes, a newline and a pipe, null vs empty string,
    /// bools, and a multi-byte dash.
    static let mixed = ResultSet(
        columns: [
            ResultColumn("code", .label),
            ResultColumn("name", .text),
            ResultColumn("budget", .int),
            ResultColumn("progress", .decimal),
            ResultColumn("active", .bool),
        ],
        rows: [
            [.text("MOB-01"), .text("Bus Rapid Transit, Koridor 1"), .int(1_500_000_000), .decimal(87.5), .bool(true)],
            [.text("ENV-02"), .text("Taman \"Hijau\" Cikapundung"), .int(-25_000), .decimal(1234.567), .bool(false)],
            [.text("GOV-03"), .text("Line one\nline two|pipe"), .null, .null, .null],
            [.text("SOC-04"), .text(""), .int(0), .decimal(-0.001), .bool(true)],
            [.text("ECO-05"), .text("Pasar Kreatif – Dago"), .int(42), .decimal(2.675), .bool(false)],
        ]
    )

    /// Multi-byte, combining, wide and emoji text, control characters, and extreme ints.
    static let unicode = ResultSet(
        columns: [ResultColumn("nama", .text), ResultColumn("kota", .text), ResultColumn("n", .int)],
        rows: [
            [.text("Jalan Layang Pasupati – Bandung"), .text("東京"), .int(1)],
            [.text("Café Señor"), .text("Yogyakarta"), .int(-1_234_567)],
            [.text("e\u{301}tude 🚲"), .text("Tab\there\r\nCRLF\u{1B}[31m"), .int(Int64.min)],
        ]
    )

    static let empty = ResultSet(
        columns: [ResultColumn("code", .label), ResultColumn("budget", .int)],
        rows: []
    )

    static func render(
        _ result: ResultSet, _ format: OutputFormat, maxWidth: Int? = nil,
        style: RenderStyle = .plain, expanded: ExpandedMode = .off
    ) -> String {
        // These tests are about layout, written when a null showed as `null`; the default `-`
        // is tested in LocaleDisplayTests.
        Renderer.render(result, RenderOptions(format: format, maxWidth: maxWidth, style: style, expanded: expanded,
                                              display: DisplaySettings(nullText: "null")))
    }

    /// The output with ANSI SGR sequences removed.
    static func stripANSI(_ text: String) -> String {
        var out = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The terminal width of each line of `text`.
    static func lineWidths(_ text: String) -> [Int] {
        text.split(separator: "\n").map { DisplayWidth.of(String($0)) }
    }
}
