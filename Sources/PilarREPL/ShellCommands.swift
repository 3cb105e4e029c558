import PilarCore
import PilarLanguage

/// A dot-command the shell runs itself, declared like the engine's (`Session.commands`).
typealias ShellCommand = CommandDeclaration<Shell, REPLOutput>

extension Shell {
    /// The shell's own dot-commands. `.quit` is also the engine's (it ends a script); at the
    /// prompt the shell's wins.
    static let commands: [ShellCommand] = [
        ShellCommand(
            "help", usage: ".help [TOPIC]", summary: "this help, or one topic", arguments: .any,
            completion: .words { HelpTopics.all.map(\.name) }
        ) { shell, call, _ throws(Diagnostic) in
            try shell.showHelp(call.arguments.isEmpty ? nil : call.arguments.joined(separator: " "))
            return true
        },
        ShellCommand(
            "history", usage: ".history", summary: "the statements typed so far, numbered",
            arguments: .noneUsage, completion: .none
        ) { shell, _, _ throws(Diagnostic) in
            shell.showLong(HistoryListing.format(shell.reader.history))
            return true
        },
        ShellCommand(
            "clear", usage: ".clear", summary: "clear the screen", arguments: .noneUsage, completion: .none
        ) { shell, _, _ throws(Diagnostic) in
            shell.screen.clear()
            return true
        },
        ShellCommand(
            "pager", usage: ".pager on|off", summary: "page long results through $PAGER (default less)",
            arguments: ArgumentRule { _, arguments, _ in
                [[], ["on"], ["off"]].contains(arguments.map { $0.lowercased() }) ? nil : ArgumentProblem("usage: .pager on|off")
            },
            completion: .words { ["off", "on"] }
        ) { shell, call, _ throws(Diagnostic) in
            try shell.setPager(call.arguments.first.map { $0.lowercased() == "on" })
            return true
        },
        ShellCommand(
            "quit", aliases: ["exit"], usage: ".quit  .exit", summary: "leave (so does Ctrl-D)",
            arguments: .noneUsage, completion: .none
        ) { _, _, _ throws(Diagnostic) in false },
    ]

    static let commandSpecs = commands.map(\.spec)

    /// Every dot-command in the order `.help commands` lists them: `.help` first, the
    /// engine's, then the rest of the shell's (a shell command replaces the engine's of the
    /// same name).
    static func helpOrder(engine: [CommandSpec]) -> [CommandSpec] {
        let shellNames = Set(commandSpecs.map(\.name))
        return Array(commandSpecs.prefix(1)) + engine.filter { !shellNames.contains($0.name) } + commandSpecs.dropFirst()
    }
}

extension ArgumentRule {
    /// No arguments, said the way the shell says it.
    static let noneUsage = ArgumentRule { name, arguments, _ in
        arguments.isEmpty ? nil : ArgumentProblem("usage: .\(name) (it takes no arguments)")
    }
}
