/// What the catalogue tests check of one area's messages: both languages written, the same
/// placeholders in both, and the Indonesian text not left in English.
public enum CatalogueAudit {
    /// One line per problem found, naming the message ID; empty when the area is complete.
    public static func problems<Key: MessageKey>(in area: Key.Type) -> [String] {
        var problems: [String] = []
        for key in Key.allCases {
            let english = key.english
            let indonesian = key.indonesian
            if english.isEmpty { problems.append("\(key.id): no English text") }
            if indonesian.isEmpty { problems.append("\(key.id): no Indonesian text") }
            let inEnglish = MessageTemplate.placeholders(in: english)
            let inIndonesian = MessageTemplate.placeholders(in: indonesian)
            if inEnglish != inIndonesian {
                problems.append("\(key.id): placeholders differ: en \(inEnglish.sorted()) id \(inIndonesian.sorted())")
            }
            // A text with words in it that reads the same in both languages was not translated;
            // pure syntax ("'{name}'", "{a} → {b}") or a name may be the same.
            if english == indonesian, english.contains(where: \.isLetter),
               !sameInBothLanguages(english) {
                problems.append("\(key.id): the Indonesian text is the English one: \(english)")
            }
        }
        return problems
    }

    /// Texts that are legitimately the same: ones whose words are all placeholders, pilar
    /// keywords or code (inside backticks or after "write:"/"tulis:").
    static func sameInBothLanguages(_ text: String) -> Bool {
        var stripped = ""
        var depth = 0
        var inCode = false
        for character in text {
            if character == "{" { depth += 1; continue }
            if character == "}" { depth = max(0, depth - 1); continue }
            if character == "`" { inCode.toggle(); continue }
            if depth == 0, !inCode { stripped.append(character) }
        }
        return !stripped.contains(where: \.isLetter)
    }
}
