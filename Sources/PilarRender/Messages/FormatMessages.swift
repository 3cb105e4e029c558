import PilarCore

/// The help line of each output format, as `.help formats` lists them.
public enum FormatMessage: String, MessageKey {
    case table, csv, tsv, json, jsonl, markdown, html

    public static let area = "format"

    public var english: String {
        switch self {
        case .table: "a table that fits the terminal (a block per row when it does not)"
        case .csv: "comma-separated values for spreadsheets and programs (csv-excel: for Excel in an Indonesian locale)"
        case .tsv: "tab-separated values"
        case .json: "a JSON array of objects"
        case .jsonl: "JSON Lines: one object per line"
        case .markdown: "a markdown document: print lines as headings and paragraphs, results as pipe tables"
        case .html: "one standalone, printable web page: headings, paragraphs and tables"
        }
    }
}
