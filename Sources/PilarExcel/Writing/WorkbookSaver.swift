#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
import Foundation
import PilarCore
import PilarRender
import PilarStore

/// `.save FILE.xlsx`: the store as a workbook, one sheet per entity in the CSV files'
/// columns (computed fields left out, as in CSV), written all or nothing.
public enum WorkbookSaver {
    /// Saves `store` to `path`. An existing file is replaced only when it is the workbook the
    /// store was loaded from, or when `force`.
    public static func save(_ store: Store, to path: String, force: Bool) throws(MasterplanSaver.Problem) -> Int {
        let bytes: [UInt8]
        do {
            bytes = try XLSXWriter.workbook(sheets(of: store))
        } catch {
            throw MasterplanSaver.Problem(Message(ExcelMessage.notAWorkbook, ["path": .text(path), "reason": .text("\(error)")]),
                                          hintText: nil)
        }
        if !force, store.origin != path, FileManager.default.fileExists(atPath: path) {
            throw MasterplanSaver.Problem(Message(ExcelMessage.workbookExists, ["path": .text(path)]),
                                          hintText: Message(ExcelMessage.workbookExistsHint, ["path": .text(path)]))
        }
        try MasterplanSaver.replaceFile(path, with: bytes)
        return store.catalog.declarations.count
    }

    /// One sheet per entity: its stored columns as `.save` writes them to CSV, references as
    /// codes, enumerations as their text; money fields in rupiah.
    public static func sheets(of store: Store) -> [XLSXWriter.Sheet] {
        store.catalog.declarations.map { declaration in
            let table = store.table(declaration.entity)
            let names = CSVEncoder.columns(of: table, in: store)
            var columns: [ResultColumn] = []
            var cells: [ResultCells] = []
            var styles: [String: XLSXWriter.NumberStyle] = [:]
            for name in names {
                guard let index = table.columnIndex(of: name) else { continue }
                let field = declaration.field(named: name)
                let data = table.columns[index]
                switch field?.rule {
                case .money?: styles[name] = .rupiah
                case .year?: styles[name] = .year
                default: styles[name] = .plain
                }
                switch data {
                case .int:
                    columns.append(ResultColumn(name, field?.rule == .year ? .year : .int))
                case .decimal:
                    columns.append(ResultColumn(name, .decimal))
                default:
                    columns.append(ResultColumn(name, .text))
                }
                let count = table.count
                cells.append(.values((0..<count).map { row in
                    switch table.value(column: index, row: row) {
                    case .ref(let entity, let target): target < 0 ? .null : .text(store.code(of: entity, row: target))
                    case let value: value
                    }
                }))
            }
            return XLSXWriter.Sheet(name: declaration.plural, result: ResultSet(columns: columns, rowCount: table.count, cells: cells),
                                    styles: styles)
        }
    }
}
