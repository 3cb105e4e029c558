import PilarCore

/// Messages of the engine's dot-commands' argument rules: what `.format`, `.load`, `.timer`,
/// … say when their arguments are wrong (the checker reports them before the script runs).
public enum CommandMessage: String, MessageKey {
    case takesNoArguments
    case takesOnePath, takesOneFileName, takesAtMostOneFileName
    case addColumnArguments, unknownSource, sourcesAre
    case formatArguments, unknownFormat, formatsAre, workbookIsAFile, workbookIsAFileHint
    case localeArguments, unknownLocale, localesAre
    case nullValueArguments
    case decimalsArguments, decimalsRange
    case unknownOption, saveArguments
    case safeArguments
    case schemaArguments, unknownEntity, entitiesAre
    case timerArguments
    case undoArguments, undoSteps

    public static let area = "command"

    public var english: String {
        switch self {
        case .takesNoArguments: "{command} takes no arguments"
        case .takesOnePath: "{command} takes one path"
        case .takesOneFileName: "{command} takes one file name"
        case .takesAtMostOneFileName: "{command} takes at most one file name"
        case .addColumnArguments: ".addcolumn takes a source and a column name"
        case .unknownSource: "unknown source '{name}'"
        case .sourcesAre: "sources are {names}"
        case .formatArguments: ".format takes one format"
        case .unknownFormat: "unknown format '{name}'"
        case .formatsAre: "formats: {names}"
        case .workbookIsAFile: "xlsx is a workbook file, not a format for the screen"
        case .workbookIsAFileHint: ".output FILE.xlsx writes every result after it as a sheet; | export \"FILE.xlsx\" writes one"
        case .localeArguments: ".locale takes en or id"
        case .unknownLocale: "unknown locale '{name}'"
        case .localesAre: "locales: {names}"
        case .nullValueArguments: ".nullvalue takes one text"
        case .decimalsArguments: ".decimals takes a number of decimals"
        case .decimalsRange: ".decimals takes a number from 0 to {maximum}, not '{value}'"
        case .unknownOption: "unknown option '{option}'"
        case .saveArguments: ".save takes at most one folder"
        case .safeArguments: ".safe takes on (safe mode cannot be turned off once on)"
        case .schemaArguments: ".schema takes at most one entity"
        case .unknownEntity: "unknown entity '{name}'"
        case .entitiesAre: "entities: {names}"
        case .timerArguments: ".timer takes on or off"
        case .undoArguments: ".undo takes at most a number of steps"
        case .undoSteps: ".undo takes a number of steps, not '{value}'"
        }
    }
}
