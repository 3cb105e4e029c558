import PilarCore
import PilarLanguage

/// A line of the form `.name arg …`, split into its name and arguments.
struct DotCommand: Equatable {
    /// The name without its dot, as typed (`format` for `.format csv`).
    var name: String
    /// The whitespace-separated words after the name.
    var arguments: [String]

    /// True when the line, ignoring leading blanks, starts with a dot.
    static func isDotCommand(_ line: some StringProtocol) -> Bool {
        line.first { !$0.isWhitespace } == "."
    }

    init(name: String, arguments: [String]) {
        self.name = name
        self.arguments = arguments
    }

    /// Splits a dot-command line; nil when the line is not a dot-command.
    init?(_ line: String) {
        guard Self.isDotCommand(line) else { return nil }
        let words = line.split(whereSeparator: \.isWhitespace)
        name = String(words[0].dropFirst())
        arguments = words.dropFirst().map(String.init)
    }
}

/// How the shell treats one complete statement.
enum StatementRoute: Equatable {
    /// A pipeline, `let` or `print`: the engine runs it.
    case language
    /// One of the engine's dot-commands (`.format csv`): the engine runs it.
    case engineCommand
    /// One of the shell's own dot-commands (`Shell.commands`), by its main name, with its
    /// already checked arguments.
    case shell(name: String, arguments: [String])
    /// A dot-command nobody knows, with the closest known name when one is near.
    case unknownCommand(name: String, suggestion: String?)
    /// A known shell command used the wrong way; the text says how to use it.
    case misuse(Message)

    /// Classifies `statement`, given the engine's dot-commands. Command names are matched
    /// ignoring case, since `.HELP` can only mean one thing.
    static func classify(_ statement: String, engineCommands: [CommandSpec]) -> StatementRoute {
        guard let command = DotCommand(statement) else { return .language }
        let name = command.name.lowercased()
        if name.isEmpty { return .misuse(Message(ShellMessage.expectedCommandName)) }
        if let shell = Shell.commandSpecs.command(named: name) {
            if let problem = shell.arguments.check(name, command.arguments, nil) { return .misuse(problem.text) }
            return .shell(name: shell.name, arguments: command.arguments)
        }
        if engineCommands.allNames.contains(where: { $0.lowercased() == name }) { return .engineCommand }
        let suggestion = DidYouMean.suggest(command.name, from: Shell.commandSpecs.allNames + engineCommands.allNames)
        return .unknownCommand(name: command.name, suggestion: suggestion)
    }
}
