import PilarCore

/// How numbers are written for people: `1,250,000.5` in English, `1.250.000,5` as
/// Indonesians write them (`--locale id`, `.locale id`).
///
/// Only the formats people read follow it (table, markdown, and the Excel CSV's decimal
/// comma); csv, tsv, json and jsonl are for programs and always write `1250000.5`.
public enum NumberLocale: String, Sendable, CaseIterable, Hashable {
    case english = "en"
    case indonesian = "id"

    /// Reads `en`, `id`, and locale names such as `id_ID.UTF-8` or `en_US`; nil otherwise.
    public init?(tag: String) {
        switch Language.languagePart(of: tag) {
        case "en", "english": self = .english
        case "id", "in", "indonesian", "indonesia": self = .indonesian
        default: return nil
        }
    }

    /// The canonical tags, for help text and did-you-mean.
    public static var allTags: [String] { allCases.map(\.rawValue) }

    /// Between groups of three digits.
    public var groupSeparator: UInt8 { self == .english ? UInt8(ascii: ",") : UInt8(ascii: ".") }
    /// Before the decimals.
    public var decimalSeparator: UInt8 { self == .english ? UInt8(ascii: ".") : UInt8(ascii: ",") }
}

/// The session's choices for how people's formats show values: number locale, the text of a
/// null, the most decimals a column shows, and whether csv is written for Excel.
public struct DisplaySettings: Sendable, Hashable {
    public var locale: NumberLocale
    /// What a null shows as in the table, records and markdown (sqlite3's `.nullvalue`);
    /// csv and tsv write an empty field whatever it is, json `null`.
    public var nullText: String
    /// The most decimals a decimal column shows; a column whose values need fewer shows
    /// fewer, and `round(x, n)` shows its n.
    public var decimals: Int
    /// The csv format writes what Excel in an Indonesian locale opens: `;` between fields,
    /// decimal comma, a UTF-8 byte order mark, CRLF line ends.
    public var excelCSV: Bool
    /// How the table looks on screen (`.theme`); the other formats ignore it.
    public var theme: Theme

    public static let defaultDecimals = 2
    public static let defaultNullText = "-"

    public init(locale: NumberLocale = .english, nullText: String = DisplaySettings.defaultNullText,
                decimals: Int = DisplaySettings.defaultDecimals, excelCSV: Bool = false, theme: Theme = .default) {
        self.locale = locale
        self.nullText = nullText
        self.decimals = decimals
        self.excelCSV = excelCSV
        self.theme = theme
    }
}
