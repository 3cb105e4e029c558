import PilarStore

/// The entity lines of `.help data`, written from the catalog so that help shows what the
/// language knows: each source, its fields (→ for references) and, after the last arrow, the
/// collections of related rows.
enum DataModelText {
    static func lines(_ catalog: Catalog, width: Int = 66) -> [String] {
        let nameWidth = (catalog.pluralNames.map(\.count).max() ?? 0) + 2
        var lines: [String] = []
        for declaration in catalog.declarations {
            var words = declaration.fields.map { field -> String in
                if case .reference(let target) = field.type { return "\(field.name) → \(catalog[target].singular)" }
                return field.name
            } + declaration.derivedFieldNames
            words = words.indices.map { $0 < words.count - 1 ? words[$0] + "," : words[$0] }
            let collections = catalog.collections(of: declaration.entity).map(\.name)
            if !collections.isEmpty { words.append("→ " + collections.joined(separator: ", ")) }
            var line = declaration.plural.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            var lineHasWord = false
            for word in words {
                if lineHasWord && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = String(repeating: " ", count: nameWidth)
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            lines.append(line)
            if let sequence = declaration.sequence {
                let names = SequenceDeclaration.navigations.map(\.name).joined(separator: ", ")
                lines.append(String(repeating: " ", count: nameWidth)
                    + "\(names): the \(declaration.singular) of the same \(sequence.series), \(sequence.step) − 1, + 1")
            }
        }
        return lines
    }

    /// `previous` and `next` when an entity of the catalog has a sequence: help topic names.
    static func navigationNames(_ catalog: Catalog) -> [String] {
        catalog.declarations.contains { $0.sequence != nil } ? SequenceDeclaration.navigations.map(\.name) : []
    }
}
