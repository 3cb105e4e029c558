import PilarCore

/// Messages of the checker about `insert`/`upsert`, `update`/`delete` and `let` results made
/// stale by an edit. Verbs and field names are pilar code, passed as `.text`.
public enum CheckerEditMessage: String, MessageKey {
    case givenTwice
    case upsertNeedsKey, giveKeyInEveryRecord
    case cannotEditLet, editIntoSource
    case derivedField, followsFrom, otherFields
    case relationNotField, setFromOtherSide
    case computedColumnNotField
    case cannotBeNull, needsValue
    case textsAreQuoted, giveCodeAsText
    case holdsOtherType, wholeNumbers, numbers, text, domainValues, entityCodes
    case expectedEdit
    case editNeedsRows, editRightAfterStages
    case letHoldsRecords, sourceHasNoStoredRows, recordsAfterStage, onlyACountAfterCount
    case setTwice
    case staleLet, letKeepsRows

    public static let area = "checkerEdit"

    public var english: String {
        switch self {
        case .givenTwice: "'{name}' is given twice in this record"
        case .upsertNeedsKey: "upsert finds the {entity} by its key, but this record has no {names}"
        case .giveKeyInEveryRecord: "give {keys} in every record"
        case .cannotEditLet: "cannot {verb} into '{name}': it is a let result, not stored data"
        case .editIntoSource: "{verb} into a source: {sources}"
        case .derivedField: "'{name}' is derived and cannot be set"
        case .followsFrom: "{name} follows from {inputs}: set those"
        case .otherFields: "other fields"
        case .relationNotField: "'{name}' is a relation of {entity}, not a stored field"
        case .setFromOtherSide: "set it from the other side: the {entity} of each of its {name}"
        case .computedColumnNotField: "'{name}' is a column computed in this query, not a stored field of {entity}"
        case .cannotBeNull: "'{name}' cannot be null"
        case .needsValue: "every {name} needs a value"
        case .textsAreQuoted: "texts are quoted: {example}"
        case .giveCodeAsText: "give the {entity}'s code as text: {example}"
        case .holdsOtherType: "'{name}' holds {kind}, not {type}"
        case .wholeNumbers: "whole numbers"
        case .numbers: "numbers"
        case .text: "text"
        case .domainValues: "{domain} values"
        case .entityCodes: "{entity} codes"
        case .expectedEdit: "expected an edit"
        case .editNeedsRows: "'{stage}' needs rows of a source, but {reason}"
        case .editRightAfterStages: "{stage} right after the stages that pick the rows: {example}"
        case .letHoldsRecords: "'{name}' holds records (its let ends in select, summarize, distinct or count)"
        case .sourceHasNoStoredRows: "the source has no stored rows"
        case .recordsAfterStage: "after '{stage}' the rows are records"
        case .onlyACountAfterCount: "after 'count' there is only a count"
        case .setTwice: "'{name}' is set twice in this update"
        case .staleLet: "'{name}' was computed before the data changed (line {line}); run its let again"
        case .letKeepsRows: "a let keeps the rows it found; after an insert, update, delete or .undo they may be other rows"
        }
    }
}
