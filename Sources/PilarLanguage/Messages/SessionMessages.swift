import PilarCore

/// Messages of the session: what the dot-commands it runs say and refuse (`.output`, `.save`,
/// `.read`, `.safe`, `.load`), script files that cannot be read, and `check --strict`.
public enum SessionMessage: String, MessageKey {
    case cannotWrite, cannotRead
    case isFolder, noSuchFolder, noSuchFile, folderMissing, permissionDenied, checkPermissions
    case interruptedWaitingForReader, interrupted, nothingWritten
    case safeModeCannotBeOff, safeModeRefusal, safeModeHint, cannotWriteFiles, cannotReadFiles, cannotLoadData
    case unsavedChanges, changesWouldBeLost, saveOrRepeat
    case couldNotLoad, notLoadedFromFolder, theDemoData, thisMasterplan, giveFolderToSave
    case scriptReadsItself, readNestedTooDeep, scriptStopped
    case checkYearNotWhole, checkFoundProblems, checkStrictHint

    public static let area = "session"

    public var english: String {
        switch self {
        case .cannotWrite: "cannot write to '{path}': {reason}"
        case .cannotRead: "cannot read '{path}': {reason}"
        case .isFolder: "it is a folder"
        case .noSuchFolder: "no such folder"
        case .noSuchFile: "no such file"
        case .folderMissing: "the folder '{folder}' does not exist"
        case .permissionDenied: "permission denied"
        case .checkPermissions: "check the permissions"
        case .interruptedWaitingForReader: "interrupted while waiting for a reader"
        case .interrupted: "interrupted"
        case .nothingWritten: "nothing written"
        case .safeModeCannotBeOff: "safe mode cannot be turned off"
        case .safeModeRefusal: "safe mode: {command} {refusal}"
        case .safeModeHint: "safe mode is on for this session (pilar --safe or .safe on) and cannot be turned off"
        case .cannotWriteFiles: "cannot write files"
        case .cannotReadFiles: "cannot read files"
        case .cannotLoadData: "cannot load other data"
        case .unsavedChanges: "{count} unsaved {count|change|changes}"
        case .changesWouldBeLost: "{changes} would be lost"
        case .saveOrRepeat: ".save to keep them, or run {command} again to discard them"
        case .couldNotLoad: "could not load '{path}'"
        case .notLoadedFromFolder: "{what} was not loaded from a folder"
        case .theDemoData: "the demo data"
        case .thisMasterplan: "this masterplan"
        case .giveFolderToSave: "give one to save it in: .save DIR"
        case .scriptReadsItself: "script reads itself: {chain}"
        case .readNestedTooDeep: ".read is nested more than {limit} deep"
        case .scriptStopped: "the script '{path}' stopped with an error"
        case .checkYearNotWhole: "${parameter} must be a whole year, not {value}"
        case .checkFoundProblems: "check found {count} {count|problem|problems} (--strict)"
        case .checkStrictHint: "fix the rows listed above, or run without --strict to only list them"
        }
    }
}
