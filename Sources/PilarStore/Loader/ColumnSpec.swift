import PilarCore

/// How the loader reads and checks one known column of a masterplan file.
enum CellKind: Sendable {
    /// Non-empty text, unique in its file; other files refer to the row by it.
    case code
    /// Non-empty text.
    case text
    /// Text; an empty cell is null.
    case optionalText
    /// The code of a row of another file.
    case reference(Entity)
    /// One of a domain's values, spelt exactly.
    case enumeration(Domain)
    /// A whole number (a year, when the field's rule says so).
    case integer
    /// Whole rupiah, zero or more; an empty cell is null (unknown).
    case money
    /// A number.
    case decimal
    /// A number; an empty cell is null.
    case optionalDecimal
}

/// One known column of a masterplan file, in the order of the entity's declared fields.
struct ColumnSpec: Sendable {
    let field: FieldDeclaration
    let kind: CellKind

    var name: String { field.name }
    /// Whether the header must have the column (optional ones are null throughout when absent).
    var requiredInHeader: Bool { field.requiredInHeader }

    /// The columns read from each file: the declared fields, in order. Derived fields are not
    /// read: they follow these in the schema.
    static func columns(of declaration: EntityDeclaration) -> [ColumnSpec] {
        declaration.fields.map { field in
            ColumnSpec(field: field, kind: kind(of: field, isCode: field.name == declaration.codeField))
        }
    }

    private static func kind(of field: FieldDeclaration, isCode: Bool) -> CellKind {
        switch field.type {
        case .text: isCode ? .code : (field.nullable ? .optionalText : .text)
        case .reference(let target): .reference(target)
        case .enumeration(let domain): .enumeration(domain)
        case .int: field.rule == .money ? .money : .integer
        case .decimal: field.nullable ? .optionalDecimal : .decimal
        }
    }
}

/// Bounds that keep hostile or mistaken input from exhausting memory or time.
enum LoaderLimits {
    /// Beyond this many columns a header is not a masterplan (and schema lookups would crawl).
    static let maxColumns = 1000
    /// Longest cell text quoted back in a message.
    static let maxQuotedLength = 40
}
