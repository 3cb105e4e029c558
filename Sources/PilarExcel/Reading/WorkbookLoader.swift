#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
import Foundation
import PilarCore
import PilarStore

/// Loads a masterplan from an Excel workbook (.xlsx): one sheet per entity, named like the CSV
/// files or by an Indonesian alias from the catalog, read by the CSV loader's own rules, all or
/// nothing. Problems in cells are located as `masterplan.xlsx[programmes]!H7`.
public enum WorkbookLoader {
    /// Whether a path names a workbook rather than a folder of CSV files.
    public static func isWorkbook(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".xlsx") || path.lowercased().hasSuffix(".xlsm") || path.lowercased().hasSuffix(".xls")
    }

    /// Loads the workbook at `path`.
    public static func load(path: String, catalog: Catalog = .masterplan) throws(DiagnosticList) -> Store {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticList([Diagnostic(.loader, ExcelMessage.cannotRead, ["path": .text(path)], source: nil)])
        }
        return try load(bytes: [UInt8](data), name: path, title: title(forWorkbook: path), origin: path, catalog: catalog)
    }

    /// Loads a workbook already in memory; `name` is how diagnostics call it.
    public static func load(bytes: [UInt8], name: String, title: String, origin: String? = nil,
                            catalog: Catalog = .masterplan) throws(DiagnosticList) -> Store {
        let tables: [Entity: SheetTable]
        do {
            tables = try sheets(bytes: bytes, name: name, catalog: catalog)
        } catch {
            throw DiagnosticList([error])
        }
        var early: [Diagnostic] = []
        for table in tables.values.sorted(by: { $0.sheet < $1.sheet }) {
            for (cell, row, column) in table.errorCells {
                var shown = SourceFile(name: table.name, text: cell.text)
                shown.cell = SheetGrid.columnName(cell.column) + String(row)
                early.append(Diagnostic(.loader, ExcelMessage.errorCell, ["value": .text(cell.text), "column": .text(column)],
                                        source: shown, span: Span(0, shown.bytes.count), hint: Message(ExcelMessage.errorCellHint)))
            }
        }
        let store: Store
        do {
            store = try MasterplanLoader.load(files: tables.mapValues(\.source), title: title, origin: origin, catalog: catalog)
        } catch {
            let sheets = SheetHints.sheets(of: tables, workbook: name.split(separator: "/").last.map(String.init) ?? name,
                                           catalog: catalog)
            let located = error.diagnostics.map { diagnostic in
                var located = tables.values.first { $0.source.name == diagnostic.source?.name }?.locate(diagnostic) ?? diagnostic
                located.hintText = located.hintText.map { SheetHints.naming(sheets: sheets, in: $0) }
                return located
            }
            throw DiagnosticList(early + located, omitted: error.omitted)
        }
        guard early.isEmpty else { throw DiagnosticList(early) }
        guard tables.values.contains(where: { !$0.linesAreRows }) else { return store }
        // A cell holding a line break moved later records off their rows' line numbers.
        return Store(catalog: store.catalog, title: store.title, origin: store.origin, isDemo: store.isDemo,
                     tables: store.allTables.map { table in tables[table.entity]?.rowNumbers(of: table) ?? table })
    }

    /// Opens the workbook and makes each entity's sheet into the loader's input; a missing
    /// required sheet, or a part that cannot be read, stops here.
    static func sheets(bytes: [UInt8], name: String, catalog: Catalog) throws(Diagnostic) -> [Entity: SheetTable] {
        let archive = try WorkbookArchive(bytes: bytes, path: name)
        let shown = name.split(separator: "/").last.map(String.init) ?? name
        let workbookPart = WorkbookPartParser()
        try XMLPart.parse(try archive.requiredPart("xl/workbook.xml"), part: "xl/workbook.xml", workbook: shown, with: workbookPart)
        let relations = RelationshipsParser()
        try XMLPart.parse(try archive.requiredPart("xl/_rels/workbook.xml.rels"), part: "xl/_rels/workbook.xml.rels",
                          workbook: shown, with: relations)
        let strings = SharedStringsParser()
        if let part = try archive.part("xl/sharedStrings.xml") {
            try XMLPart.parse(part, part: "xl/sharedStrings.xml", workbook: shown, with: strings)
        }
        let styles = StylesParser()
        if let part = try archive.part("xl/styles.xml") {
            try XMLPart.parse(part, part: "xl/styles.xml", workbook: shown, with: styles)
        }
        let dateStyles = styles.dateStyles

        var chosen: [Entity: WorkbookPartParser.Sheet] = [:]
        for declaration in catalog.declarations {
            // Hidden sheets count like visible ones: hiding is how workbooks tidy, not delete.
            let matches = workbookPart.sheets.filter { sheet in
                declaration.sheetNames.contains { $0.caseInsensitiveCompare(SheetTable.trimmed(sheet.name)) == .orderedSame }
            }
            if matches.count > 1 {
                throw Diagnostic(.loader, ExcelMessage.twoSheets,
                                 ["first": .text(matches[0].name), "second": .text(matches[1].name), "entity": .text(declaration.plural)],
                                 source: nil, hint: Message(ExcelMessage.twoSheetsHint))
            }
            if let sheet = matches.first {
                chosen[declaration.entity] = sheet
            } else if declaration.isFileRequired {
                let known = Set(catalog.declarations.flatMap { $0.sheetNames.map { $0.lowercased() } })
                let unclaimed = workbookPart.sheets.filter { !$0.hidden }.map(\.name)
                    .filter { !known.contains(SheetTable.trimmed($0).lowercased()) }
                let guess = DidYouMean.suggest(declaration.plural, from: unclaimed)
                    ?? declaration.sheetAliases.lazy.compactMap { DidYouMean.suggest($0, from: unclaimed) }.first
                let hint = guess.map { Message(ExcelMessage.sheetNameHint, ["found": .text($0), "sheet": .text(declaration.plural)]) }
                    ?? Message(ExcelMessage.missingSheetHint,
                               ["sheets": .list(catalog.declarations.filter(\.isFileRequired).map { .text($0.plural) }),
                                "aliases": .list(catalog.declarations.flatMap(\.sheetAliases).map { .text($0) })])
                throw Diagnostic(.loader, ExcelMessage.missingSheet, ["sheet": .text(declaration.plural)],
                                 source: nil, hint: hint)
            }
        }
        var tables: [Entity: SheetTable] = [:]
        for (entity, sheet) in chosen {
            guard let target = relations.targets[sheet.relation] else {
                throw Diagnostic(.loader, ExcelMessage.missingPart, ["part": .text("sheet '\(sheet.name)'")], source: nil,
                                 hint: Message(ExcelMessage.damagedHint))
            }
            let path = partPath(target)
            let grid = try XMLPart.worksheet(try archive.requiredPart(path), part: path, workbook: shown,
                                             sharedStrings: strings.strings, dateStyles: dateStyles)
            tables[entity] = SheetTable(workbook: shown, sheet: sheet.name, grid: grid, declaration: catalog[entity],
                                        dates1904: workbookPart.dates1904)
        }
        return tables
    }

    /// A relationship's target as a path in the zip: relative to `xl/`, or absolute from `/`.
    static func partPath(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// "pekanbaru masterplan" for `pekanbaru.xlsx`.
    static func title(forWorkbook path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).joined(separator: " ")
        if words.isEmpty { return "masterplan" }
        return words.lowercased().contains("masterplan") ? words : words + " masterplan"
    }
}
