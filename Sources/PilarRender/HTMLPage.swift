import PilarCore

/// A standalone, print-friendly HTML page around a body of headings, paragraphs and tables.
///
/// Everything is inline, so the file can be mailed or opened offline: no scripts, fonts or
/// stylesheets from elsewhere. The CSS prints on A4; every `<h1>` after the first starts a
/// new page, a table row never splits across pages and a table's header repeats on each.
public enum HTMLPage {
    public static func head(title: String, language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .indonesian ? "id" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="pilar">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>

        """
    }

    public static let close = "</body>\n</html>\n"

    static let css = """
        @page { size: A4; margin: 20mm 18mm; }
        html { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; color: #111; }
        body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1, h2, h3, h4, h5, h6 { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.2; margin: 1.4em 0 0.5em; break-after: avoid; }
        h1 { font-size: 1.7em; border-bottom: 2px solid #333; padding-bottom: 0.2em; }
        h1 ~ h1 { break-before: page; }
        h2 { font-size: 1.35em; }
        h3 { font-size: 1.15em; }
        p { margin: 0.5em 0; }
        pre { font-size: 0.9em; white-space: pre-wrap; }
        table { border-collapse: collapse; margin: 0.8em 0 1.2em; font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 0.9em; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #999; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; }
        tbody tr:nth-child(even) { background: #f6f6f6; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .null { color: #777; }
        .band0 { background: #f4c7c3; } .band1 { background: #fce8b2; } .band2 { background: #fff2cc; }
        .band3 { background: #d9ead3; } .band4 { background: #b7e1cd; }
        td[class*="band"] { white-space: nowrap; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        @media print { body { max-width: none; margin: 0; padding: 0; } }
        """
}
