import PilarCore
import PilarStore

/// The text of `.schema`: each entity's fields with types, and its relations.
struct SchemaText {
    let store: Store
    var language: Language = .english

    func describe(_ entity: Entity?) -> String {
        let entities = entity.map { [$0] } ?? store.catalog.entities
        return entities.map(describeOne).joined(separator: "\n")
    }

    private func describeOne(_ entity: Entity) -> String {
        let schema = store.schema(entity)
        let declaration = store.declaration(entity)
        var lines = [Message(SessionNoteMessage.schemaHeading, ["entity": .text(declaration.singular), "source": .text(declaration.plural),
                                                                "count": .text(String(store.table(entity).count))]).text(in: language)]
        let width = (schema.fields.map(\.name.count) + schema.collections.map(\.name.count)).max() ?? 0
        for field in schema.fields {
            let type = typeName(field.type) + (field.nullable ? "?" : "")
            lines.append("  \(field.name.padding(width))  \(type.padding(14))  \(field.doc)")
        }
        for collection in schema.collections {
            let target = store.declaration(collection.target).singular
            let meaning = Message(SessionNoteMessage.schemaCollection, ["target": .text(target), "field": .text(collection.backReference),
                                                                        "entity": .text(declaration.singular)])
            lines.append("  \(collection.name.padding(width))  \(("[" + target + "]").padding(14))  \(meaning.text(in: language))")
        }
        if let sequence = schema.sequence {
            for name in schema.navigationNames {
                let offset = SequenceDeclaration.offset(of: name) ?? 0
                let meaning = Message(SessionNoteMessage.schemaNavigation, ["series": .text(sequence.series), "entity": .text(declaration.singular),
                                                                            "step": .text(sequence.step), "sign": .text(offset < 0 ? "−" : "+"),
                                                                            "offset": .text(String(abs(offset)))])
                lines.append("  \(name.padding(width))  \(("→ " + declaration.singular).padding(14))  \(meaning.text(in: language))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func typeName(_ type: FieldType) -> String {
        switch type {
        case .int: "int"
        case .decimal: "decimal"
        case .text: "text"
        case .enumeration(let domain): domain.rawValue
        case .reference(let entity): "→ \(store.declaration(entity).singular)"
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
