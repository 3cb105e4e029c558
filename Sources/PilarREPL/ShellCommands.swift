import PilarCore
import PilarLanguage

/// A dot-command the shell runs itself, declared like the engine's (`Session.commands`).
typealias ShellCommand = CommandDeclaration<Shell, REPLOutput>

extension Shell {
    /// The shell's own dot-commands. `.quit` is also the engine's (it ends a script); at the
    /// prompt the shell's wins.
    static let commands: [ShellCommand] = [
        ShellCommand(
            "help", usage: ".help [TOPIC]", summary: ShellMessage.helpSummary.english, arguments: .any,
            completion: .words { HelpTopics.all.map(\.name) }
        ) { shell, call, _ throws(Diagnostic) in
            try shell.showHelp(call.arguments.isEmpty ? nil : call.arguments.joined(separator: " "))
            return true
        },
        ShellCommand(
            "history", usage: ".history", summary: ShellMessage.historySummary.english,
            arguments: .noneUsage, completion: .none
        ) { shell, _, _ throws(Diagnostic) in
            shell.showLong(HistoryListing.format(shell.reader.history))
            return true
        },
        ShellCommand(
            "clear", usage: ".clear", summary: ShellMessage.clearSummary.english, arguments: .noneUsage, completion: .none
        ) { shell, _, _ throws(Diagnostic) in
            shell.screen.clear()
            return true
        },
        ShellCommand(
            "pager", usage: ".pager on|off", summary: ShellMessage.pagerSummary.english,
            arguments: ArgumentRule { _, arguments, _ in
                [[], ["on"], ["off"]].contains(arguments.map { $0.lowercased() }) ? nil : ArgumentProblem(ShellMessage.pagerUsage)
            },
            completion: .words { ["off", "on"] }
        ) { shell, call, _ throws(Diagnostic) in
            try shell.setPager(call.arguments.first.map { $0.lowercased() == "on" })
            return true
        },
        ShellCommand(
            "tour", usage: ".tour [next|back|N|end]", summary: TourMessage.summary.english,
            arguments: ArgumentRule { _, arguments, _ in
                arguments.count <= 1 ? nil : ArgumentProblem(TourMessage.badStep, ["count": .number(Tour.steps.count)])
            },
            completion: .words { ["back", "end", "next"] }
        ) { shell, call, _ throws(Diagnostic) in
            try shell.runTour(call.arguments.first)
            return true
        },
        ShellCommand(
            "quit", aliases: ["exit"], usage: ".quit  .exit", summary: ShellMessage.quitSummary.english,
            arguments: .noneUsage, completion: .none
        ) { _, _, _ throws(Diagnostic) in false },
    ]

    static let commandSpecs = commands.map(\.spec)

    /// A command's line in `.help commands` in `language`: the shell's own from its
    /// catalogue, the engine's from the registry's translations.
    static func summary(of command: CommandSpec, in language: Language) -> String {
        let own: [String: ShellMessage] = ["help": .helpSummary, "history": .historySummary, "clear": .clearSummary,
                                           "pager": .pagerSummary, "quit": .quitSummary]
        if command.name == "tour" { return TourMessage.summary.template(in: language) }
        if let message = own[command.name], commandSpecs.contains(where: { $0.name == command.name }) {
            return message.template(in: language)
        }
        return command.summary(in: language)
    }

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
        arguments.isEmpty ? nil : ArgumentProblem(ShellMessage.noArgumentsUsage, ["command": .text("." + name)])
    }
}
