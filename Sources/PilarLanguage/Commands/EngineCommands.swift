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
            arguments: .count(2...2, ".addcolumn takes a source and a column name", hint: ".addcolumn programmes keterangan") { arguments, store in
                guard let catalog = store?.catalog, catalog.source(named: arguments[0]) == nil else { return nil }
                return ArgumentProblem("unknown source '\(arguments[0])'",
                                       hint: DidYouMean.suggest(arguments[0], from: catalog.sourceNames).map { "did you mean '\($0)'?" }
                                           ?? "sources are \(catalog.pluralNames.joined(separator: ", "))")
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
            arguments: .count(0...1, ".dump takes at most one file name", hint: ".dump masterplan.pilar"),
            completion: .paths(directoriesOnly: false), safeMode: .writeFile
        ) { session, call, emit throws(Diagnostic) in try session.runDump(call, emit) },
        EngineCommand(
            "format", usage: ".format NAME", summary: "table, csv, csv-excel, tsv, json, jsonl or markdown",
            arguments: .count(1...1, ".format takes one format", hint: formatList) { arguments, _ in
                guard OutputFormat(name: arguments[0]) == nil, !isExcelCSV(arguments[0]) else { return nil }
                let hint = DidYouMean.suggest(arguments[0], from: OutputFormat.allCases.map(\.rawValue))
                    .map { "did you mean '\($0)'?" } ?? formatList
                return ArgumentProblem("unknown format '\(arguments[0])'", hint: hint)
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
            "locale", usage: ".locale en|id", summary: "numbers as 1,250.5 (en) or as Indonesians write them, 1.250,5 (id)",
            examples: [".locale id", "programmes | select code, budget | take 2"],
            arguments: .count(1...1, ".locale takes en or id", hint: ".locale id") { arguments, _ in
                guard NumberLocale(tag: arguments[0]) == nil else { return nil }
                let hint = DidYouMean.suggest(arguments[0], from: NumberLocale.allTags).map { "did you mean '\($0)'?" }
                    ?? "locales: \(NumberLocale.allTags.joined(separator: ", "))"
                return ArgumentProblem("unknown locale '\(arguments[0])'", hint: hint)
            },
            completion: .words { NumberLocale.allTags }
        ) { session, call, _ throws(Diagnostic) in
            session.display.locale = NumberLocale(tag: call.arguments[0]) ?? session.display.locale
            return true
        },
        EngineCommand(
            "nullvalue", usage: ".nullvalue TEXT", summary: "what a null shows as in table and markdown (default -)",
            examples: [#".nullvalue "(kosong)""#, "opds | select code, head | take 3"],
            arguments: .count(1...1, ".nullvalue takes one text", hint: #".nullvalue "-""#),
            completion: .none
        ) { session, call, _ throws(Diagnostic) in
            session.display.nullText = call.arguments[0]
            return true
        },
        EngineCommand(
            "decimals", usage: ".decimals N", summary: "the most decimals a column shows (default 2)",
            examples: [".decimals 3", "measurements | select indicator, year, achievement | take 3"],
            arguments: .count(1...1, ".decimals takes a number of decimals", hint: ".decimals 2") { arguments, _ in
                guard let digits = Int(arguments[0]), (0...DecimalNumber.maximumScale).contains(digits) else {
                    return ArgumentProblem(".decimals takes a number from 0 to \(DecimalNumber.maximumScale), not '\(arguments[0])'",
                                           hint: ".decimals 2")
                }
                return nil
            },
            completion: .none
        ) { session, call, _ throws(Diagnostic) in
            session.display.decimals = Int(call.arguments[0]) ?? session.display.decimals
            return true
        },
        EngineCommand(
            "load", usage: ".load DIR", summary: "load a masterplan from a folder of CSV files (demo: the demo)",
            arguments: .count(1...1, ".load takes one path", hint: ".load examples/data/pekanbaru"),
            completion: .paths(directoriesOnly: true), safeMode: .loadData,
            reshapes: true
        ) { session, call, emit throws(Diagnostic) in try session.runLoad(call, emit) },
        EngineCommand(
            "output", usage: ".output FILE", summary: "write the following results to FILE",
            arguments: .count(0...1, ".output takes at most one file name"),
            completion: .paths(directoriesOnly: false), safeMode: .writeFile
        ) { session, call, emit throws(Diagnostic) in try session.runOutput(call, emit) },
        EngineCommand(
            "once", usage: ".once FILE", summary: "write only the next result to FILE",
            arguments: .count(1...1, ".once takes one file name", hint: ".once report.csv"),
            completion: .paths(directoriesOnly: false), safeMode: .writeFile
        ) { session, call, _ throws(Diagnostic) in try session.runOnce(call) },
        EngineCommand(
            "read", usage: ".read FILE", summary: "run the statements in a script file",
            arguments: .count(1...1, ".read takes one path", hint: ".read report.pilar"),
            completion: .paths(directoriesOnly: false), safeMode: .readFile,
            reshapes: true
        ) { session, call, emit throws(Diagnostic) in try session.runRead(call, emit) },
        EngineCommand(
            "save", usage: ".save [--force] [DIR]", summary: "write the data as CSV files, where it came from or to DIR",
            arguments: ArgumentRule { _, arguments, _ in
                let folders = arguments.filter { !$0.hasPrefix("--") }
                if let option = arguments.first(where: { $0.hasPrefix("--") && $0 != "--force" }) {
                    return ArgumentProblem("unknown option '\(option)'",
                                           hint: DidYouMean.suggest(option, from: ["--force"]).map { "did you mean '\($0)'?" } ?? ".save --force DIR")
                }
                return folders.count <= 1 ? nil : ArgumentProblem(".save takes at most one folder", hint: ".save examples/data/copy")
            },
            completion: .paths(directoriesOnly: true), safeMode: .writeFile
        ) { session, call, emit throws(Diagnostic) in try session.runSave(call, emit) },
        EngineCommand(
            "safe", usage: ".safe on", summary: "safe mode for workshops, until the session ends",
            arguments: .count(1...1, ".safe takes on (safe mode cannot be turned off once on)", hint: ".safe on") { arguments, _ in
                ["on", "off"].contains(arguments[0])
                    ? nil : ArgumentProblem(".safe takes on (safe mode cannot be turned off once on)", hint: ".safe on")
            },
            completion: .words { ["on"] }
        ) { session, call, emit throws(Diagnostic) in try session.runSafe(call, emit) },
        EngineCommand(
            "schema", usage: ".schema [ENTITY]", summary: "the columns of every entity, or of one",
            examples: [".schema pillar"],
            arguments: .count(0...1, ".schema takes at most one entity") { arguments, store in
                guard let word = arguments.first, let catalog = store?.catalog, catalog.entity(named: word) == nil else { return nil }
                let names = catalog.declarations.map(\.singular)
                return ArgumentProblem("unknown entity '\(word)'",
                                       hint: DidYouMean.suggest(word, from: names + catalog.pluralNames)
                                           .map { "did you mean '\($0)'?" } ?? "entities: \(names.joined(separator: ", "))")
            }
        ) { session, call, emit throws(Diagnostic) in try session.runSchema(call, emit) },
        EngineCommand(
            "timer", usage: ".timer on|off", summary: "show how long each statement took",
            examples: [".timer on"],
            arguments: .count(1...1, ".timer takes on or off") { arguments, _ in
                ["on", "off"].contains(arguments[0]) ? nil : ArgumentProblem(".timer takes on or off")
            }
        ) { session, call, _ throws(Diagnostic) in session.runTimer(call) },
        EngineCommand(
            "undo", usage: ".undo [N]", summary: "take back the last edit (or the last N)", examples: [".undo"],
            arguments: .count(0...1, ".undo takes at most a number of steps", hint: ".undo 2") { arguments, _ in
                guard let word = arguments.first else { return nil }
                return Int(word).map { $0 > 0 } == true ? nil : ArgumentProblem(".undo takes a number of steps, not '\(word)'", hint: ".undo 2")
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

    private static var formatList: String { "formats: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))" }
}
