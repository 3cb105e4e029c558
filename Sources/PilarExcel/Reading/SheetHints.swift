import PilarCore
import PilarStore

/// The loader's hints name the CSV file an entity is read from ("opds.csv has no opd with
/// that code"); a planner loading a workbook has no such file, so they name its sheet instead
/// (`masterplan.xlsx[opd]`). The message keeps its key, so it is still written in the
/// reader's language.
enum SheetHints {
    /// `sheets`: each entity's CSV file name (`opds.csv`) and the sheet that stands for it.
    static func naming(sheets: [String: String], in message: Message) -> Message {
        guard case .text(let file)? = message.arguments["file"], let sheet = sheets[file] else { return message }
        var arguments = message.arguments
        arguments["file"] = .text(sheet)
        if message.is(ValueMessage.noSuchCodeHint) { return Message(ValueMessage.noSuchCodeHint, arguments) }
        if message.is(LoaderMessage.fileNeedsColumnsHint) { return Message(LoaderMessage.fileNeedsColumnsHint, arguments) }
        return message
    }

    /// Each entity's CSV file name and the sheet of `workbook` it is read from; an optional
    /// entity with no sheet (pillars) is named as its sheet would be.
    static func sheets(of tables: [Entity: SheetTable], workbook: String, catalog: Catalog) -> [String: String] {
        var sheets: [String: String] = [:]
        for declaration in catalog.declarations {
            sheets[declaration.fileName] = tables[declaration.entity]?.name ?? "\(workbook)[\(declaration.plural)]"
        }
        return sheets
    }
}
