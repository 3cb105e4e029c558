#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
import Foundation
import PilarCore
import PilarRender
import ZIPFoundation

/// Writes result sets as an Excel workbook (.xlsx), one sheet each: a bold header row frozen
/// in place, columns as wide as their content, numbers stored as numbers (a thousands format
/// for whole numbers, an `Rp` format for rupiah columns, two decimals for achievement), text
/// as inline strings. For `.save FILE.xlsx`, `| export "FILE.xlsx"` and report documents.
public enum XLSXWriter {
    /// How a numeric column is shown in Excel.
    public enum NumberStyle: Sendable, Equatable {
        /// `#,##0`, or `#,##0.##` for decimals.
        case plain
        /// A year: `0`, never grouped.
        case year
        /// Whole rupiah: `"Rp "#,##0`.
        case rupiah
        /// Two decimals: `#,##0.00` (achievement, capaian).
        case twoDecimals
    }

    /// One sheet: its name (cut to Excel's 31 characters, `[]:*?/\` replaced) and rows.
    public struct Sheet: Sendable {
        public var name: String
        public var result: ResultSet
        /// Styles by column name; a column not listed gets one from its name and kind.
        public var styles: [String: NumberStyle]

        public init(name: String, result: ResultSet, styles: [String: NumberStyle] = [:]) {
            self.name = name
            self.result = result
            self.styles = styles
        }
    }

    /// The style a column gets when none is given: rupiah for budget-like names, two
    /// decimals for achievement, plain otherwise.
    public static func style(of column: ResultColumn) -> NumberStyle {
        let name = column.name.lowercased()
        if column.kind == .year || name == "year" || name.hasSuffix("_year") || name == "tahun" { return .year }
        if ["budget", "anggaran", "pagu", "rupiah", "realisasi_anggaran"].contains(where: { name.contains($0) }) { return .rupiah }
        if name.contains("achievement") || name.contains("capaian") { return .twoDecimals }
        return .plain
    }

    /// The workbook's bytes.
    public static func workbook(_ sheets: [Sheet]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let names = uniqueNames(sheets.map(\.name))
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", WorkbookParts.contentTypes(sheets.count))
        try add("_rels/.rels", WorkbookParts.rootRelationships)
        try add("xl/workbook.xml", WorkbookParts.workbook(names))
        try add("xl/_rels/workbook.xml.rels", WorkbookParts.workbookRelationships(sheets.count))
        try add("xl/styles.xml", WorkbookParts.styles)
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", SheetWriter.xml(sheet))
        }
        return [UInt8](archive.data ?? Data())
    }

    /// Excel's rules for sheet names: at most 31 characters, none of `[]:*?/\`, unique
    /// regardless of case.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map { raw in
            var name = String(raw.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if name.isEmpty { name = "Sheet" }
            var candidate = name
            var number = 2
            while seen.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(name.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            seen.insert(candidate.lowercased())
            return candidate
        }
    }
}
