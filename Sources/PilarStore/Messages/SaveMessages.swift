import PilarCore

/// Messages of `.save`: refusals to overwrite, and failures of the operating system's calls
/// (whose own reason, from `strerror`, is shown as it is).
public enum SaveMessage: String, MessageKey {
    case cannotCreate, cannotFlush, cannotWrite, cannotOpenFolder, cannotFlushFolder, cannotLockFolder
    case cannotRename, cannotRemove, cannotCreateFolder
    case newFileDisappeared, interruptedSaveFailed
    case notAFolder, notAFolderHint, parentMustExistHint, makeWritableHint
    case changedOnDisk, changedOnDiskHint, holdsMasterplan, holdsMasterplanHint

    public static let area = "save"

    public var english: String {
        switch self {
        case .cannotCreate: "cannot create '{path}': {reason}"
        case .cannotFlush: "cannot flush '{path}': {reason}"
        case .cannotWrite: "cannot write '{path}': {reason}"
        case .cannotOpenFolder: "cannot open folder '{path}': {reason}"
        case .cannotFlushFolder: "cannot flush folder '{path}': {reason}"
        case .cannotLockFolder: "cannot lock folder '{path}': {reason}"
        case .cannotRename: "cannot rename {from} to '{path}': {reason}"
        case .cannotRemove: "cannot remove '{path}': {reason}"
        case .cannotCreateFolder: "cannot create folder '{path}': {reason}"
        case .newFileDisappeared: "the new {file} disappeared from '{folder}' before the save could finish"
        case .interruptedSaveFailed: "an interrupted save in '{folder}' could not be finished: {reason}"
        case .notAFolder: "'{folder}' is not a folder"
        case .notAFolderHint: "give a folder to save the CSV files in"
        case .parentMustExistHint: "the folder above it must exist"
        case .makeWritableHint: "make the folder writable and save again"
        case .changedOnDisk: "{file} changed on disk since it was loaded; not saving over it"
        case .changedOnDiskHint: "load it again to see the change, or .save --force to overwrite it"
        case .holdsMasterplan: "'{folder}' already holds a masterplan ({file}); not saving over it"
        case .holdsMasterplanHint: ".save --force {folder} to replace it"
        }
    }
}
