import PilarCore

/// Messages of the store's edits: why an insert, update, upsert or delete was refused.
public enum EditMessage: String, MessageKey {
    case badColumnName, fieldExists
    case computedField, computedFieldHint, unknownField, entityHasFieldsHint
    case extraNUL, extraNotText
    case upsertNeedsKey, upsertNeedsKeyHint
    case updateMismatch
    case deleteRefusedOneRefers, deleteRefused, deleteRefusedHint
    case alreadyExists, codesAreUniqueHint, useUpsertHint

    public static let area = "edit"

    public var english: String {
        switch self {
        case .badColumnName: "a column name is one line of text without a backtick"
        case .fieldExists: "{entity} already has a field '{name}'"
        case .computedField: "{name} is computed by pilar and cannot be set"
        case .computedFieldHint: "set the fields it is computed from"
        case .unknownField: "unknown field '{name}' of {entity}"
        case .entityHasFieldsHint: "{entity} has {fields}"
        case .extraNUL: "'{field}' cannot hold a NUL character"
        case .extraNotText: "'{value}' in field '{field}' is not text"
        case .upsertNeedsKey: "upsert needs the key of each {entity}: {key}"
        case .upsertNeedsKeyHint: "add {name} to the record"
        case .updateMismatch: "internal error: an update was given rows or values that do not match"
        case .deleteRefusedOneRefers: "cannot delete {rows}: {dependants} refers to {count|it|them}"
        case .deleteRefused: "cannot delete {rows}: {dependants} refer to {count|it|them}"
        case .deleteRefusedHint: "delete those first, or use '| delete cascade' to delete them too"
        case .alreadyExists: "{entity} with {key} already exists"
        case .codesAreUniqueHint: "codes are unique; choose another"
        case .useUpsertHint: "use upsert to change the existing row"
        }
    }
}
