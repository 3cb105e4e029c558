import PilarCore

/// Messages of the session's notes and texts: the timer, where output goes, what was loaded,
/// saved, dumped or undone, `.changes`, `.about` and `.schema`.
public enum SessionNoteMessage: String, MessageKey {
    // Notes
    case runTime, safeModeOn, safeModeOnRedirected, outputGoesTo
    case loaded, saved, dumped
    case nothingToUndo, nothingMoreToUndo, undone
    // .changes
    case noChangesSinceLoad, noChangesSinceSave, changeLine, undoneSinceSave
    // .about
    case aboutTitle, aboutData, aboutDataFrom, aboutDemoFictional, aboutLoadYourOwn, aboutUnsaved, aboutSafeMode
    // .schema
    case schemaHeading, schemaCollection, schemaNavigation
    case currentLocale, currentNullText, currentDecimals

    public static let area = "note"

    public var english: String {
        switch self {
        case .runTime: "Run Time: {duration}"
        case .currentLocale: "numbers are written as {example} (locale {tag}); .locale en or .locale id changes it"
        case .currentNullText: "a null shows as '{text}' in table and markdown; .nullvalue TEXT changes it"
        case .currentDecimals: "a decimal column shows at most {count} decimals; .decimals N changes it"
        case .safeModeOn: "safe mode is on: files cannot be read or written until the session ends"
        case .safeModeOnRedirected: "safe mode is on: files cannot be read or written until the session ends; output returns to the screen"
        case .outputGoesTo: "output goes to {path} (.output alone to return to the screen)"
        case .loaded: "loaded {title}: {counts}"
        case .saved: "saved {count} files to {folder}"
        case .dumped: "dumped {counts} to {path}"
        case .nothingToUndo: "nothing to undo"
        case .nothingMoreToUndo: "nothing more to undo (pilar keeps the last {limit} edits)"
        case .undone: "undone: {summary} ({statement})"
        case .noChangesSinceLoad: "no changes since the load"
        case .noChangesSinceSave: "no changes since the last save"
        case .changeLine: "{summary}: {statement}"
        case .undoneSinceSave: "undone since the save: {summary}: {statement}"
        case .aboutTitle: "pilar — a query language for smart-city masterplans"
        case .aboutData: "data: {title}"
        case .aboutDataFrom: "data: {title} ({origin})"
        case .aboutDemoFictional: "The demo masterplan is fictional: its figures are illustrative, not official."
        case .aboutLoadYourOwn: "Load your own with `.load FOLDER` or `pilar --data FOLDER` (see examples/data/pekanbaru)."
        case .aboutUnsaved: "There are unsaved changes ({changes}): .save to keep them."
        case .aboutSafeMode: "Safe mode is on: files cannot be read or written, nor other data loaded, until the session ends."
        case .schemaHeading: "{entity}  (source: {source}, {count} rows)"
        case .schemaCollection: "every {target} whose {field} is this {entity}"
        case .schemaNavigation: "the same {series}'s {entity} of {step} {sign} {offset}, or null"
        }
    }
}
