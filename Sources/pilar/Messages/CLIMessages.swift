import Foundation
import PilarCore

/// Messages of the command line: usage errors, script files, the shell's banner and the
/// notices of an unattended run.
enum CLIMessage: String, MessageKey {
    case workbookToTerminal, workbookNotWritten
    case unknownFormat, unknownFormatSuggestion, dataAndEmpty, setNeedsAssignment, setBadName
    case commandsAndFiles, runNeedsFile, cannotReadScript
    case unknownOption, unknownOptionSuggestion
    case unsavedChanges, cannotWriteStdout
    case unknownLanguage, unknownLanguageSuggestion, unknownLocale, unknownLocaleSuggestion

    static let area = "cli"

    var english: String {
        switch self {
        case .workbookToTerminal: "--format xlsx writes a workbook, which a terminal cannot show: redirect it to a file (> report.xlsx)"
        case .workbookNotWritten: "the workbook could not be made; nothing was written"
        case .unknownFormat: "unknown format '{format}'; formats: {formats}"
        case .unknownFormatSuggestion: "unknown format '{format}' (did you mean '{name}'?); formats: {formats}"
        case .dataAndEmpty: "--data and --empty cannot be used together"
        case .setNeedsAssignment: "--set needs NAME=VALUE, e.g. --set year=2019 (got '{got}')"
        case .setBadName: "--set: '{name}' is not a valid parameter name"
        case .commandsAndFiles: "give either -c or script files, not both"
        case .runNeedsFile: "'pilar run' needs at least one script file"
        case .cannotReadScript: "cannot read '{path}': {reason}"
        case .unknownOption: "Unknown option '{name}'."
        case .unknownOptionSuggestion: "Unknown option '{name}'. Did you mean '{suggestion}'?"
        case .unsavedChanges: "pilar: {changes} not saved; end the script with .save (or .save DIR) to keep them"
        case .cannotWriteStdout: "pilar: cannot write to standard output: {reason}"
        case .unknownLanguage: "unknown language '{lang}'; languages: {languages}"
        case .unknownLanguageSuggestion: "unknown language '{lang}' (did you mean '{name}'?); languages: {languages}"
        case .unknownLocale: "unknown locale '{locale}'; locales: {locales}"
        case .unknownLocaleSuggestion: "unknown locale '{locale}' (did you mean '{name}'?); locales: {locales}"
        }
    }

    /// The language the command line writes in: the environment's (`PILAR_LANG`, the
    /// locale) until `--lang` is parsed, which is not yet known when options are refused.
    static var language: Language { Language.fromEnvironment(ProcessInfo.processInfo.environment) }
}

extension Message {
    /// The message as the command line shows it.
    var forCLI: String { text(in: CLIMessage.language) }
}
