import PilarCore

/// Messages of the loader: a file's shape and CSV syntax, its header, its rows, and the
/// masterplan folder the files are read from.
public enum LoaderMessage: String, MessageKey {
    // The file as a whole.
    case utf16, notUTF8, saveAsUTF8Hint, nulByte, nulByteHint, carriageReturns, carriageReturnsHint
    // CSV syntax.
    case unterminatedQuote, unterminatedQuoteHint, textAfterQuote, textAfterQuoteHint, strayQuote, strayQuoteHint
    // The header.
    case emptyFile, tooManyColumns, emptyColumnName, emptyColumnNameHint, duplicateColumn
    case computedColumn, computedColumnHint, collectionClash, renameColumnHint
    case missingColumn, headerHasHint, fileNeedsColumnsHint
    // Rows.
    case tooManyRows, rowWidth, commaInValueHint, delimiterInValueHint
    case delimiterComma, delimiterSemicolon, delimiterTab
    case duplicateCode, notAfter
    case duplicateYearKey, duplicateYearKeyHint, duplicateKey, duplicateKeyHint
    // The folder and its files.
    case noSuchFolder, notAFolder, notAFolderHint, interruptedSaveHint
    case missingFileInFolder, missingFile, cannotRead
    case folderNeeds, folderNeedsOneOptional, folderNeedsOptional
    case hiddenReferences, hiddenReferencesHint
    case unresolvedReference, unresolvedReferenceHint
    /// "a, b and c"
    case andList
    /// One item of such a list, alone.
    case single

    public static let area = "loader"

    public var english: String {
        switch self {
        case .utf16: "the file is UTF-16, not UTF-8"
        case .notUTF8: "the file is not valid UTF-8 (byte {byte})"
        case .saveAsUTF8Hint: "save it as UTF-8 (in a spreadsheet: CSV UTF-8)"
        case .nulByte: "NUL byte in the file"
        case .nulByteHint: "a CSV file is plain text; save it as CSV UTF-8, or remove the NUL byte"
        case .carriageReturns: "the lines of this file end in a carriage return only (old Mac line ends)"
        case .carriageReturnsHint: "save it with LF or CRLF line ends (in a spreadsheet: CSV UTF-8)"
        case .unterminatedQuote: "unterminated quoted field"
        case .unterminatedQuoteHint: "the quote opened here is never closed; inside quotes write a quote twice: \"\""
        case .textAfterQuote: "unexpected text after a closing quote"
        case .textAfterQuoteHint: "a quoted field ends at its closing quote; put the whole field in quotes"
        case .strayQuote: "stray quote in an unquoted field"
        case .strayQuoteHint: "put the whole field in quotes and write the quote twice, e.g. \"5\"\" screen\""
        case .emptyFile: "empty file: expected a header row with the columns {columns}"
        case .tooManyColumns: "too many columns: the header has {count}, at most {limit} are supported"
        case .emptyColumnName: "empty column name in the header (field {index})"
        case .emptyColumnNameHint: "every column needs a name; name it or remove the column"
        case .duplicateColumn: "duplicate column '{name}' (first as field {index} of the header)"
        case .computedColumn: "column '{name}' is computed by pilar and cannot be loaded"
        case .computedColumnHint: "remove the column; pilar derives {name} from {inputs}"
        case .collectionClash: "column '{name}' clashes with {path}, the {collection} of each {entity}"
        case .renameColumnHint: "rename the column"
        case .missingColumn: "missing required column '{name}'"
        case .headerHasHint: "the header has '{found}'; did you mean '{name}'?"
        case .fileNeedsColumnsHint: "{file} needs the columns {columns}"
        case .tooManyRows: "too many rows: at most {limit} are supported"
        case .rowWidth: "this row has {found} {found|field|fields} but the header has {expected}"
        case .commaInValueHint: "a comma inside a value needs the value in quotes: \"a, b\""
        case .delimiterInValueHint: "this file's cells are separated by the {delimiter} of its header; a value holding one needs quotes"
        case .delimiterComma: "comma"
        case .delimiterSemicolon: "semicolon"
        case .delimiterTab: "tab"
        case .duplicateCode: "duplicate code '{code}' in column '{column}' (first defined on line {line})"
        case .notAfter: "{first} {firstValue} is after {second} {secondValue}"
        case .duplicateYearKey: "duplicate {entity} of {reference} '{code}' for {year} (first on line {line})"
        case .duplicateYearKeyHint: "each {reference} has one row per {step}"
        case .duplicateKey: "duplicate {entity}: the same {names} as on line {line}"
        case .duplicateKeyHint: "each {entity} has one row per {names}"
        case .noSuchFolder: "no such folder '{folder}'"
        case .notAFolder: "'{folder}' is not a folder"
        case .notAFolderHint: "give the folder that holds {files}"
        case .interruptedSaveHint: "its files are part old, part new until it is; make the folder writable and load it again"
        case .missingFileInFolder: "missing file '{file}' in folder '{folder}'"
        case .missingFile: "missing file '{file}'"
        case .cannotRead: "cannot read '{path}'"
        case .folderNeeds: "a masterplan folder needs {files}"
        case .folderNeedsOneOptional: "a masterplan folder needs {files}; {optional} is optional"
        case .folderNeedsOptional: "a masterplan folder needs {files}; {optional} are optional"
        case .hiddenReferences:
            "{count} {count|error|errors} in {file} that {count|follows|follow} from the errors in {target} {count|is|are} not shown"
        case .hiddenReferencesHint: "unknown {entity} codes; fix {target} first"
        case .unresolvedReference: "internal error: a reference was left unresolved without a reported problem"
        case .unresolvedReferenceHint: "please report this with the files that caused it"
        case .andList: "{first} and {last}"
        case .single: "{item}"
        }
    }
}

extension Message {
    /// "a, b and c" in the reader's language; the names are shown as they are.
    static func andList(_ names: [String]) -> Message {
        andList(names.map { .text($0) })
    }

    /// "a, b and c" of phrases that may themselves be translated ("2 indicators").
    static func andList(_ items: [MessageArgument]) -> Message {
        guard items.count > 1, let last = items.last else {
            return items.first.map { Message(LoaderMessage.single, ["item": $0]) } ?? .code("")
        }
        return Message(LoaderMessage.andList, ["first": .list(Array(items.dropLast())), "last": last])
    }
}
