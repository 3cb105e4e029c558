import PilarCore
import PilarStore
import PilarRender

/// A dot-command the language session runs (in scripts and at the prompt).
public typealias EngineCommand = CommandDeclaration<Session, SessionEvent>

extension Session {
    /// The engine's dot-commands, the one list the checker, the session, `.help` and
    /// completion read. The shell adds its own (help, history, clear, pager) in `Shell.commands`.
    /// The order is the order of did-you-mean's "commands: …" list and of `.help commands`.
    public static let commands: [EngineCommand] = [
        EngineCommand(
            "about", usage: ".about", summary: "what data is loaded and where from",
            examples: [".about"], arguments: .none, completion: .none
        ) { session, call, emit throws(Diagnostic) in try session.runAbout(call, emit) },
        EngineCommand(
            "addcolumn", usage: ".addcolumn SOURCE NAME", summary: "add an extra text column (empty in every row) to a source",
            examples: [".addcolumn programmes keterangan", ".undo"],
            arguments: .count(2...2, Message(CommandMessage.addColumnArguments), hint: .code(".addcolumn programmes keterangan")) { arguments, store in
                guard let catalog = store?.catalog, catalog.source(named: arguments[0]) == nil else { return nil }
                return ArgumentProblem(CommandMessage.unknownSource, ["name": .text(arguments[0])],
                                       hint: DidYouMean.suggest(arguments[0], from: catalog.sourceNames).map(Message.didYouMean)
                                           ?? Message(CommandMessage.sourcesAre, ["names": .text(catalog.pluralNames.joined(separator: ", "))]))
            },
            reshapes: true
        ) { session, call, emit throws(Diagnostic) in try session.runAddColumn(call, emit) },
        EngineCommand(
            "demo", usage: ".demo", summary: "bring back the embedded demo masterplan (also .load demo)",
            examples: [".demo"], arguments: .none, completion: .none,
            reshapes: true
        ) { session, call, emit throws(Diagnostic) in try session.runDemo(call, emit) },
        EngineCommand(
            "dump", usage: ".dump [FILE]", summary: "a script of insert statements that rebuilds the data",
            arguments: .count(0...1, Message(CommandMessage.takesAtMostOneFileName, ["command": ".dump"]), hint: .code(".dump masterplan.pilar")),
            completion: .paths(directoriesOnly: false), safeMode: .writeFile
        ) { session, call, emit throws(Diagnostic) in try session.runDump(call, emit) },
        EngineCommand(
            "format", usage: ".format NAME", summary: "table, csv, csv-excel, tsv, json, jsonl, markdown or html",
            arguments: .count(1...1, Message(CommandMessage.formatArguments), hint: formatList) { arguments, _ in
                guard OutputFormat(name: arguments[0]) == nil, !isExcelCSV(arguments[0]) else { return nil }
                if arguments[0].lowercased() == DocumentWriter.workbookFormatName {
                    return ArgumentProblem(CommandMessage.workbookIsAFile, hint: Message(CommandMessage.workbookIsAFileHint))
                }
                let hint = DidYouMean.suggest(arguments[0], from: OutputFormat.allNames)
                    .map(Message.didYouMean) ?? formatList
                return ArgumentProblem(CommandMessage.unknownFormat, ["name": .text(arguments[0])], hint: hint)
            }
        ) { session, call, _ throws(Diagnostic) in session.runFormat(call) },
        EngineCommand(
            "lang", usage: ".lang [en|id]", summary: "the language pilar writes in: en (English) or id (Bahasa Indonesia)",
            examples: [".lang id", ".lang", ".lang en"], arguments: .any,
            completion: .words { ["en", "id"] },
            // Not a change of data, but what follows is written in another language: checking
            // ahead stops here so a later statement's errors come in the language then chosen.
            reshapes: true
        ) { session, call, emit throws(Diagnostic) in try session.runLanguage(call, emit) },
        EngineCommand(
            "locale", usage: ".locale [en|id]", summary: "numbers as 1,250.5 (en) or as Indonesians write them, 1.250,5 (id)",
            examples: [".locale id", "programmes | select code, budget | take 2", ".locale"],
            arguments: .count(0...1, Message(CommandMessage.localeArguments), hint: .code(".locale id")) { arguments, _ in
                guard let word = arguments.first, NumberLocale(tag: word) == nil else { return nil }
                let hint = DidYouMean.suggest(word, from: NumberLocale.allTags).map(Message.didYouMean)
                    ?? Message(CommandMessage.localesAre, ["names": .text(NumberLocale.allTags.joined(separator: ", "))])
                return ArgumentProblem(CommandMessage.unknownLocale, ["name": .text(word)], hint: hint)
            },
            completion: .words { NumberLocale.allTags }
        ) { session, call, emit throws(Diagnostic) in
            guard let word = call.arguments.first else {
                session.showDisplaySetting(.locale, emit)
                return true
            }
            session.display.locale = NumberLocale(tag: word) ?? session.display.locale
            return true
        },
        EngineCommand(
            "nullvalue", usage: ".nullvalue [TEXT]", summary: "what a null shows as in table and markdown (default -)",
            examples: [#".nullvalue "(kosong)""#, "opds | select code, head | take 3", ".nullvalue"],
            arguments: .count(0...1, Message(CommandMessage.nullValueArguments), hint: .code(#".nullvalue "-""#)),
            completion: .none
        ) { session, call, emit throws(Diagnostic) in
            guard let text = call.arguments.first else {
                session.showDisplaySetting(.nullText, emit)
                return true
            }
            session.display.nullText = text
            return true
        },
        EngineCommand(
            "decimals", usage: ".decimals [N]", summary: "the most decimals a column shows (default 2)",
            examples: [".decimals 3", "measurements | select indicator, year, achievement | take 3", ".decimals"],
            arguments: .count(0...1, Message(CommandMessage.decimalsArguments), hint: .code(".decimals 2")) { arguments, _ in
                guard !arguments.isEmpty else { return nil }
                guard let digits = Int(arguments[0]), (0...DecimalNumber.maximumScale).contains(digits) else {
                    return ArgumentProblem(CommandMessage.decimalsRange,
                                           ["maximum": .text(String(DecimalNumber.maximumScale)), "value": .text(arguments[0])],
                                           hint: .code(".decimals 2"))
                }
                return nil
            },
            completion: .none
        ) { session, call, emit throws(Diagnostic) in
            guard let word = call.arguments.first else {
                session.showDisplaySetting(.decimals, emit)
                return true
            }
            session.display.decimals = Int(word) ?? session.display.decimals
            return true
        },
        themeCommand,
        EngineCommand(
            "load", usage: ".load DIR|FILE.xlsx", summary: "load a masterplan from a folder of CSV files or an Excel workbook (demo: the demo)",
            arguments: .count(1...1, Message(CommandMessage.takesOnePath, ["command": ".load"]), hint: .code(".load examples/data/pekanbaru")),
            completion: .paths(directoriesOnly: true), safeMode: .loadData,
            reshapes: true
        ) { session, call, emit throws(Diagnostic) in try session.runLoad(call, emit) },
        EngineCommand(
            "output", usage: ".output FILE", summary: "write the following results to FILE",
            arguments: .count(0...1, Message(CommandMessage.takesAtMostOneFileName, ["command": ".output"])),
            completion: .paths(directoriesOnly: false), safeMode: .writeFile
        ) { session, call, emit throws(Diagnostic) in try session.runOutput(call, emit) },
        EngineCommand(
            "once", usage: ".once FILE", summary: "write only the next result to FILE",
            arguments: .count(1...1, Message(CommandMessage.takesOneFileName, ["command": ".once"]), hint: .code(".once report.csv")),
            completion: .paths(directoriesOnly: false), safeMode: .writeFile
        ) { session, call, _ throws(Diagnostic) in try session.runOnce(call) },
        EngineCommand(
            "read", usage: ".read FILE", summary: "run the statements in a script file",
            arguments: .count(1...1, Message(CommandMessage.takesOnePath, ["command": ".read"]), hint: .code(".read report.pilar")),
            completion: .paths(directoriesOnly: false), safeMode: .readFile,
            reshapes: true
        ) { session, call, emit throws(Diagnostic) in try session.runRead(call, emit) },
        EngineCommand(
            "save", usage: ".save [--force] [DIR|FILE.xlsx]", summary: "write the data where it came from, or as CSV files to DIR or a workbook to FILE.xlsx",
            arguments: ArgumentRule { _, arguments, _ in
                let folders = arguments.filter { !$0.hasPrefix("--") }
                if let option = arguments.first(where: { $0.hasPrefix("--") && $0 != "--force" }) {
                    return ArgumentProblem(CommandMessage.unknownOption, ["option": .text(option)],
                                           hint: DidYouMean.suggest(option, from: ["--force"]).map(Message.didYouMean) ?? .code(".save --force DIR"))
                }
                return folders.count <= 1 ? nil : ArgumentProblem(CommandMessage.saveArguments, hint: .code(".save examples/data/copy"))
            },
            completion: .paths(directoriesOnly: true), safeMode: .writeFile
        ) { session, call, emit throws(Diagnostic) in try session.runSave(call, emit) },
        EngineCommand(
            "safe", usage: ".safe on", summary: "safe mode for workshops, until the session ends",
            arguments: .count(1...1, Message(CommandMessage.safeArguments), hint: .code(".safe on")) { arguments, _ in
                ["on", "off"].contains(arguments[0])
                    ? nil : ArgumentProblem(CommandMessage.safeArguments, hint: .code(".safe on"))
            },
            completion: .words { ["on"] }
        ) { session, call, emit throws(Diagnostic) in try session.runSafe(call, emit) },
        EngineCommand(
            "schema", usage: ".schema [ENTITY]", summary: "the columns of every entity, or of one",
            examples: [".schema pillar"],
            arguments: .count(0...1, Message(CommandMessage.schemaArguments)) { arguments, store in
                guard let word = arguments.first, let catalog = store?.catalog, catalog.entity(named: word) == nil else { return nil }
                let names = catalog.declarations.map(\.singular)
                return ArgumentProblem(CommandMessage.unknownEntity, ["name": .text(word)],
                                       hint: DidYouMean.suggest(word, from: names + catalog.pluralNames)
                                           .map(Message.didYouMean) ?? Message(CommandMessage.entitiesAre, ["names": .text(names.joined(separator: ", "))]))
            }
        ) { session, call, emit throws(Diagnostic) in try session.runSchema(call, emit) },
        EngineCommand(
            "timer", usage: ".timer on|off", summary: "show how long each statement took",
            examples: [".timer on"],
            arguments: .count(1...1, Message(CommandMessage.timerArguments)) { arguments, _ in
                ["on", "off"].contains(arguments[0]) ? nil : ArgumentProblem(CommandMessage.timerArguments)
            }
        ) { session, call, _ throws(Diagnostic) in session.runTimer(call) },
        EngineCommand(
            "undo", usage: ".undo [N]", summary: "take back the last edit (or the last N)", examples: [".undo"],
            arguments: .count(0...1, Message(CommandMessage.undoArguments), hint: .code(".undo 2")) { arguments, _ in
                guard let word = arguments.first else { return nil }
                return Int(word).map { $0 > 0 } == true ? nil : ArgumentProblem(CommandMessage.undoSteps, ["value": .text(word)], hint: .code(".undo 2"))
            },
            completion: .none,
            reshapes: true
        ) { session, call, emit throws(Diagnostic) in try session.runUndo(call, emit) },
        EngineCommand(
            "changes", usage: ".changes", summary: "the edits since the data was loaded or saved",
            examples: [".changes"], arguments: .none, completion: .none
        ) { session, call, emit throws(Diagnostic) in try session.runChanges(call, emit) },
        EngineCommand(
            "quit", aliases: ["exit"], usage: ".quit  .exit", summary: "leave (so does Ctrl-D)",
            arguments: .none, completion: .none
        ) { _, _, emit throws(Diagnostic) in
            emit(.quit)
            return false
        },
    ]

    /// The engine's command `name` stands for (exact name or alias).
    public static func command(named name: String) -> EngineCommand? {
        commands.first { $0.spec.names.contains(name) }
    }

    /// `csv-excel`: the csv format written for Excel (`DisplaySettings.excelCSV`).
    public static func isExcelCSV(_ name: String) -> Bool {
        ["csv-excel", "excel"].contains(name.lowercased())
    }

    private static var formatList: Message {
        Message(CommandMessage.formatsAre, ["names": .text(OutputFormat.allNames.joined(separator: ", "))])
    }
}
