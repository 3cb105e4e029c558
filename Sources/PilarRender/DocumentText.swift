/// What a `print` line becomes in each format: `# …` lines are headings in documents.
///
/// A heading is one line of 1 to 6 `#` followed by a space, as in markdown. html writes it as
/// `<h1>`…`<h6>` and any other single line as a `<p>`; longer text (`.schema`) as `<pre>`.
/// The table format (the screen) shows a heading without its `#`s, underlined (`=` for level
/// 1, `-` below). markdown keeps the text as written; csv, tsv, json and jsonl pass it through
/// untouched, as sqlite3's `.print` does, so `print` never changes machine output.
public enum DocumentText {
    /// The level and words of a one-line heading (`## Budget` → (2, "Budget")); nil otherwise.
    public static func heading(_ text: String) -> (level: Int, text: String)? {
        var line = Substring(text)
        if line.hasSuffix("\n") { line = line.dropLast() }
        guard !line.contains("\n") else { return nil }
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        let words = line.dropFirst(hashes).trimmingSpaces
        return words.isEmpty ? nil : (hashes, String(words))
    }

    /// `text` (ending with a newline) as `format` writes it in a document.
    public static func render(_ text: String, as format: OutputFormat) -> String {
        switch format {
        case .html: return html(text)
        case .table:
            guard let heading = heading(text) else { return text }
            let rule = String(repeating: heading.level == 1 ? "=" : "-", count: max(DisplayWidth.of(heading.text), 1))
            return heading.text + "\n" + rule + "\n"
        default: return text
        }
    }

    static func html(_ text: String) -> String {
        if let heading = heading(text) {
            return "<h\(heading.level)>\(HTMLText.escape(heading.text))</h\(heading.level)>\n"
        }
        var body = Substring(text)
        if body.hasSuffix("\n") { body = body.dropLast() }
        if body.isEmpty { return "" }
        if body.contains("\n") { return "<pre>" + HTMLText.escape(String(body), breaks: false) + "</pre>\n" }
        return "<p>" + HTMLText.escape(String(body)) + "</p>\n"
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
