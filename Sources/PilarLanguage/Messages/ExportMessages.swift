import PilarCore

/// Messages of `| export "FILE"`: its note, a file name that names no format, a failed write
/// and the places export cannot stand.
public enum ExportMessage: String, MessageKey {
    case exported
    case expectedFileName, fileNameExample
    case notLastHint, mustEndQuery, mustEndQueryHint
    case noExtension, unknownExtension, extensionsAre, emptyFileName
    case cannotExport, notAWorkbook

    public static let area = "export"

    public var english: String {
        switch self {
        case .exported: "exported {count} {count|row|rows} to {path}"
        case .expectedFileName: "expected a file name in quotes after 'export', found {found}"
        case .fileNameExample: #"export "result.csv" (the extension picks the format)"#
        case .notLastHint: "export writes the result of the stages before it, so it ends the statement"
        case .mustEndQuery: "'export' can only end a query statement, not a let, a for each's rows or an expression"
        case .mustEndQueryHint: #"export the rows in a statement of their own: … | export "FILE""#
        case .noExtension: "'{path}' has no extension to tell its format by"
        case .unknownExtension: "no format is written to files ending in '.{extension}'"
        case .extensionsAre: "the extensions are {extensions}"
        case .emptyFileName: "the file name is empty"
        case .cannotExport: "cannot export to {path}: {reason}"
        case .notAWorkbook: "the workbook could not be made ({reason})"
        }
    }
}
