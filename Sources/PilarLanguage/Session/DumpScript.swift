import PilarCore
import PilarStore

/// The text of `.dump`: a pilar script of `insert` statements that rebuilds the store on
/// `pilar --empty`, one list-form `insert` per table in load order.
///
/// Values are pilar literals: text in double quotes with escapes, decimals exactly as held,
/// references as codes, enum values as text; null fields are left out. Derived fields are
/// not written (the store computes them). A table with default rows (the pillars) is
/// written only when it differs from them, after `pillars | delete`.
///
/// Extra CSV columns are added first with `.addcolumn`, then written as ordinary fields of the
/// records, so the script rebuilds them on `--empty`.
enum DumpScript {
    static func text(of store: Store) -> String {
        var out = "# pilar dump of \(store.title): \(store.summary)\n"
        for declaration in store.catalog.declarations {
            for field in store.schema(declaration.entity).fields where field.isExtra {
                out += ".addcolumn \(declaration.plural) \(commandArgument(field.name))\n"
            }
        }
        for declaration in store.catalog.declarations {
            let table = store.table(declaration.entity)
            if let defaults = declaration.defaultRows {
                if MasterplanSaver.holds(table, exactly: defaults, declaration) { continue }
                out += "\(declaration.plural) | delete\n"
            }
            guard table.count > 0 else { continue }
            let derived = Set(declaration.derivedFieldNames)
            let columns = table.schema.fields.indices.filter { !derived.contains(table.schema.fields[$0].name) }
            out += "insert \(declaration.plural) [\n"
            for row in 0..<table.count {
                var fields: [String] = []
                for column in columns {
                    let value = table.value(column: column, row: row)
                    guard let literal = literal(value, in: store) else { continue }
                    fields.append("\(name(table.schema.fields[column].name)): \(literal)")
                }
                out += "  {" + fields.joined(separator: ", ") + "},\n"
            }
            out += "]\n"
        }
        return out
    }

    /// A dot-command argument: quoted when it has blanks or quotes.
    static func commandArgument(_ text: String) -> String {
        text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "'" }) ? quoted(text) : text
    }

    /// A value as a pilar literal; nil for null.
    static func literal(_ value: Value, in store: Store) -> String? {
        switch value {
        case .null: nil
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .decimal(let number): number.description
        case .text(let text): quoted(text)
        case .ref(let entity, let row): quoted(store.code(of: entity, row: row))
        }
    }

    /// Double-quoted with the lexer's escapes; other control characters as `\u{…}`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A field name, in backticks when it is not a plain name (an extra column `sumber dana`).
    static func name(_ field: String) -> String {
        let plain = field.utf8.first.map { !($0 >= 0x30 && $0 <= 0x39) } ?? false
            && field.utf8.allSatisfy { Lexer.isNameByte($0) && $0 < 0x80 }
            && Keyword(rawValue: field) == nil
        // A backtick cannot be written inside a quoted name; `.addcolumn` refuses such names.
        return plain ? field : "`" + field + "`"
    }
}
