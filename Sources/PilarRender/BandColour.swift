/// The colour of a band's cell on a colour terminal: red for very low through green for very
/// high, so a table of capaian reads at a glance. Band names are known in both languages;
/// any other text is left alone, and a style without band colours (plain) colours nothing.
enum BandColour {
    /// Band names from very low (0) to very high (4), English and Bahasa Indonesia
    /// (Permendagri 86/2017).
    static let positions: [String: Int] = [
        "very low": 0, "low": 1, "medium": 2, "high": 3, "very high": 4,
        "sangat rendah": 0, "rendah": 1, "sedang": 2, "tinggi": 3, "sangat tinggi": 4,
    ]

    static func code(_ text: String, style: RenderStyle) -> String {
        guard !style.bands.isEmpty, let position = positions[text], position < style.bands.count else { return "" }
        return style.bands[position]
    }
}
