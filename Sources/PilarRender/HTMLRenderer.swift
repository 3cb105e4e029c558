import PilarCore

/// The `html` format's result: a `<table>` fragment for a page made by `HTMLPage`.
///
/// Cells read as in the table and markdown formats (grouped numbers in the session's locale,
/// the decimals a column needs, the null text), escaped for HTML; number columns carry
/// `class="num"` so the page's CSS right-aligns them, nulls `class="null"`. No row-count
/// footer: like markdown it is a document. A sparkline column's cells are small inline SVG
/// pictures. A result with no columns is the empty string.
enum HTMLRenderer {
    static func render(_ result: ResultSet, _ options: RenderOptions) -> String {
        guard !result.columns.isEmpty else { return "" }
        // A chart is drawn instead of its rows, as on screen and in markdown.
        if result.chart != nil {
            let svg = ChartSVG.render(result, display: options.display)
            if !svg.isEmpty { return "<figure class=\"chart\">\n" + svg + "\n</figure>\n" }
        }
        let poll = RowPoll(interrupt: options.interrupt)
        let grid = DisplayGrid(result, for: .html, display: options.display, poll: poll)
        var out = "<table>\n<thead>\n<tr>"
        for (index, header) in grid.headers.enumerated() {
            out += grid.rightAligned[index] ? "<th class=\"num\">" : "<th>"
            out += HTMLText.escape(header.text) + "</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for (number, row) in grid.rows.enumerated() {
            if poll.stops(at: number) { break }
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                var classes = (grid.rightAligned[index] ? ["num"] : []) + (cell.isNull ? ["null"] : [])
                // A band's cell is tinted red (very low) to green (very high), as on a colour terminal.
                if result.columns[index].isBand, !cell.isNull, let position = BandColour.positions[cell.text] {
                    classes.append("band\(position)")
                }
                out += classes.isEmpty ? "<td>" : "<td class=\"\(classes.joined(separator: " "))\">"
                // A sparkline's blocks drawn as a picture; its text stays as the picture's label.
                out += result.columns[index].kind == .sparkline && !cell.isNull
                    ? ChartSVG.sparkline(cell.text) : HTMLText.escape(cell.text)
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }
}

/// Text made safe inside HTML elements and attribute values.
public enum HTMLText {
    /// `&`, `<`, `>` and both quotes as entities; a line break as `<br>` (or as itself, for
    /// `<pre>`, when `breaks` is false).
    public static func escape(_ text: String, breaks: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r\n", "\r": out += breaks ? "<br>" : "\n"
            case "\t": out.append(character)
            default:
                // Other control characters are not allowed in a page (nor in its inline SVG,
                // which is XML), even as references.
                if let scalar = character.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }
}
