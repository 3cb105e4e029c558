import ArgumentParser
import Foundation
import PilarCore
import PilarLanguage
import PilarRender
import PilarStore
import PilarExcel

/// Options shared by `pilar` and `pilar run`.
struct CommonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Load the masterplan from this folder of CSV files, or from this Excel workbook (FILE.xlsx), instead of the demo.", valueName: "dir"))
    var data: String?

    @Flag(help: "Start with an empty masterplan (only the six default pillars).")
    var empty = false

    @Option(help: ArgumentHelp("Output format: \(OutputFormat.allNames.joined(separator: ", ")); xlsx writes a workbook (redirect it to a file).", valueName: "format"))
    var format: String = "table"

    /// `--format xlsx`: every result becomes a sheet of one workbook written to stdout.
    var wantsWorkbook: Bool { format.lowercased() == DocumentWriter.workbookFormatName }

    @Flag(help: ArgumentHelp(
        "Safe mode for workshops: nothing run or typed may read or write files or load other data (the --data folder and script files given here are read); the shell keeps its history in memory only and pages through less in its secure mode. `.safe on` does the same from inside a session."))
    var safe = false

    @Flag(help: ArgumentHelp("A `check` statement that finds problems fails the script (exit 1) after listing them, for CI and batch runs."))
    var strict = false

    @Option(help: ArgumentHelp("Language of messages, help and band names: en or id (default: $PILAR_LANG, then the locale).", valueName: "lang"))
    var lang: String?

    @Option(help: ArgumentHelp("How numbers are written in table and markdown: en (1,250.5) or id (1.250,5, as Indonesians write them).", valueName: "locale"))
    var locale: String = "en"

    @Flag(name: .customLong("csv-excel"), help: ArgumentHelp("Write csv for Excel in an Indonesian locale: ';' between fields, decimal comma, UTF-8 BOM, CRLF (same as --format csv-excel)."))
    var csvExcel = false

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a parameter read as $NAME (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    func validate() throws {
        if NumberLocale(tag: locale) == nil {
            var arguments: [String: MessageArgument] = ["locale": .text(locale), "locales": .list(NumberLocale.allTags.map { .text($0) })]
            let suggestion = DidYouMean.suggest(locale, from: NumberLocale.allTags)
            if let suggestion { arguments["name"] = .text(suggestion) }
            throw ValidationError(Message(suggestion == nil ? CLIMessage.unknownLocale : .unknownLocaleSuggestion, arguments)
                .text(in: language))
        }
        if wantsWorkbook, isatty(STDOUT_FILENO) != 0 {
            throw ValidationError(Message(CLIMessage.workbookToTerminal).text(in: language))
        }
        if OutputFormat(name: format) == nil, !Session.isExcelCSV(format), !wantsWorkbook {
            var arguments: [String: MessageArgument] = ["format": .text(format), "formats": .list(OutputFormat.allNames.map { .text($0) })]
            let suggestion = DidYouMean.suggest(format, from: OutputFormat.allNames)
            if let suggestion { arguments["name"] = .text(suggestion) }
            throw ValidationError(Message(suggestion == nil ? CLIMessage.unknownFormat : .unknownFormatSuggestion, arguments).text(in: language))
        }
        if let lang, Language(tag: lang) == nil {
            var arguments: [String: MessageArgument] = ["lang": .text(lang), "languages": .list(Language.allCases.map { .text($0.rawValue) })]
            let suggestion = DidYouMean.suggest(lang.lowercased(), from: Language.allCases.map(\.rawValue))
            if let suggestion { arguments["name"] = .text(suggestion) }
            throw ValidationError(Message(suggestion == nil ? CLIMessage.unknownLanguage : .unknownLanguageSuggestion, arguments)
                .text(in: language))
        }
        if data != nil && empty {
            throw ValidationError(Message(CLIMessage.dataAndEmpty).text(in: language))
        }
        _ = try parsedParameters()
    }

    func parsedParameters() throws -> [String: Value] {
        var result: [String: Value] = [:]
        for (name, setting) in try parsedSettings() {
            result[name] = setting.forcedType == nil ? ParameterValue.parse(setting.text) : setting.value(as: nil)
        }
        return result
    }

    /// `--set NAME=VALUE` and `--set NAME:TYPE=VALUE` as given, for `param` to read by type.
    func parsedSettings() throws -> [String: ParameterSetting] {
        var result: [String: ParameterSetting] = [:]
        for assignment in parameters {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw ValidationError(Message(CLIMessage.setNeedsAssignment, ["got": .text(assignment)]).text(in: language))
            }
            var name = String(assignment[..<equals])
            var forcedType: ParamType?
            if let colon = name.firstIndex(of: ":") {
                let typeName = String(name[name.index(after: colon)...])
                name = String(name[..<colon])
                guard let type = ParamType(rawValue: typeName) else {
                    throw ValidationError(Message(ScriptMessage.setBadType, ["name": .text(name), "type": .text(typeName)]).text(in: language))
                }
                forcedType = type
            }
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !(name.first?.isNumber ?? true) else {
                throw ValidationError(Message(CLIMessage.setBadName, ["name": .text(name)]).text(in: language))
            }
            let setting = ParameterSetting(text: String(assignment[assignment.index(after: equals)...]), forcedType: forcedType)
            if let forcedType, setting.value(as: forcedType) == nil {
                throw ValidationError(Message(ScriptMessage.paramBadValue, ["name": .text(name), "value": .text(setting.text),
                                                                            "type": .text(forcedType.rawValue)]).text(in: language))
            }
            result[name] = setting
        }
        return result
    }

    /// The language chosen: `--lang`, else `PILAR_LANG`, else the POSIX locale.
    var language: Language {
        lang.flatMap(Language.init(tag:)) ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// Loads the data and builds the session; a loader error exits with code 1.
    func makeSession() throws -> Session {
        let store: Store
        var stamps: FolderStamps?
        if empty {
            store = MasterplanLoader.emptyStore()
        } else if let data {
            do {
                (store, stamps) = try MasterplanFiles.load(data)
            } catch {
                let formatter = DiagnosticFormatter(style: Terminal.stderrIsColour ? .ansi : .plain, language: language)
                StandardStreams.writeError(formatter.format(error))
                throw ExitCode(1)
            }
        } else {
            store = DemoMasterplan.load()
        }
        let session = Session(store: store, format: OutputFormat(name: format) ?? .table, parameters: try parsedParameters(),
                              safe: safe, stamps: stamps)
        session.strictCheck = strict
        session.parameterSettings = try parsedSettings()
        session.language = language
        session.display.locale = NumberLocale(tag: locale) ?? .english
        if csvExcel || Session.isExcelCSV(format) {
            session.format = .csv
            session.display.excelCSV = true
        }
        return session
    }
}

/// How `--set` values are typed: a number when the text reads as one, else text.
enum ParameterValue {
    static func parse(_ text: String) -> Value {
        let plain = text.replacingOccurrences(of: "_", with: "")
        if let integer = Int64(plain) { return .int(integer) }
        if case .success(let decimal) = DecimalNumber.parse(plain) { return .decimal(decimal) }
        return .text(text)
    }
}
