import PilarCore

/// Messages about Excel workbooks (.xlsx): a workbook that cannot be opened, a sheet that is
/// missing or cannot be read, a cell pilar refuses, and saving a workbook.
public enum ExcelMessage: String, MessageKey {
    case cannotRead, notAWorkbook, notAWorkbookHint, oldExcelFormat, oldExcelFormatHint
    case missingPart, damagedHint, badXML
    // Why a sheet's XML was refused, where (`xmlAt`).
    case xmlAt, xmlEndsEarly, xmlTextOutside, xmlBadMarkup, xmlMismatchedEnd, xmlBadEntity
    case missingSheet, missingSheetHint, sheetNameHint, twoSheets, twoSheetsHint
    case errorCell, errorCellHint
    case workbookExists, workbookExistsHint, saved

    public static let area = "excel"

    public var english: String {
        switch self {
        case .cannotRead: "cannot read '{path}'"
        case .notAWorkbook: "'{path}' is not an Excel workbook (.xlsx): {reason}"
        case .notAWorkbookHint: "save it from Excel or LibreOffice as an Excel Workbook (.xlsx)"
        case .oldExcelFormat: "'{path}' is an Excel 97-2003 workbook (.xls), which pilar does not read"
        case .oldExcelFormatHint: "open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)"
        case .missingPart: "the workbook has no {part}"
        case .damagedHint: "the file may be truncated or damaged: save it again from Excel or LibreOffice"
        case .badXML: "{part} is not well-formed XML: {reason}"
        case .xmlAt: "line {line}, column {column}: {problem}"
        case .xmlEndsEarly: "the part ends before its elements are closed"
        case .xmlTextOutside: "text or a second element after the root element"
        case .xmlBadMarkup: "malformed markup"
        case .xmlMismatchedEnd: "a closing tag that does not match the open element"
        case .xmlBadEntity: "an unknown or malformed entity (&…;)"
        case .missingSheet: "the workbook has no sheet '{sheet}'"
        case .missingSheetHint: "a masterplan workbook has the sheets {sheets}; the Indonesian names {aliases} are accepted too"
        case .sheetNameHint: "did you mean the sheet '{found}'? rename it to '{sheet}'"
        case .twoSheets: "sheets '{first}' and '{second}' both hold {entity}"
        case .twoSheetsHint: "keep one of them, or rename the other"
        case .errorCell: "the cell holds the Excel error {value} in column '{column}'"
        case .errorCellHint: "correct the formula or type the value in the workbook"
        case .workbookExists: "'{path}' already exists and was not loaded in this session; not saving over it"
        case .workbookExistsHint: ".save --force {path} to replace it"
        case .saved: "saved {count} {count|sheet|sheets} to {path}"
        }
    }
}
