import PilarCore
import PilarStore

/// Where a masterplan is loaded from and saved to, by the path's form: a workbook
/// (`masterplan.xlsx`) or a folder of CSV files. The one entry point for `--data`, `.load`
/// and `.save`, so the shells never choose a format themselves.
public enum MasterplanFiles {
    /// Loads a workbook or a folder. A workbook has no folder stamps: `.save` over it checks
    /// instead that it is the file the session loaded.
    public static func load(_ path: String, catalog: Catalog = .masterplan) throws(DiagnosticList) -> (Store, FolderStamps?) {
        if WorkbookLoader.isWorkbook(path) {
            return (try WorkbookLoader.load(path: path, catalog: catalog), nil)
        }
        let (store, stamps) = try MasterplanLoader.loadStamped(folder: path, catalog: catalog)
        return (store, stamps)
    }
}
