import PilarCore

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

/// The dot-commands the shell handles itself; everything else goes to the engine.
enum ShellCommand: Equatable {
    /// `.help` or `.help TOPIC`.
    case help(topic: String?)
    /// `.history`: the remembered statements, numbered.
    case history
    /// `.clear`: clears the screen.
    case clear
    /// `.pager on|off`, or `.pager` alone to show the setting.
    case pager(Bool?)
    /// `.quit` or `.exit`.
    case quit

    /// Names the shell answers to.
    static let names = ["help", "history", "clear", "pager", "quit", "exit"]
}

/// How the shell treats one complete statement.
enum StatementRoute: Equatable {
    /// A pipeline, `let` or `print`: the engine runs it.
    case language
    /// One of the engine's dot-commands (`.format csv`): the engine runs it.
    case engineCommand
    /// One of the shell's own dot-commands.
    case shell(ShellCommand)
    /// A dot-command nobody knows, with the closest known name when one is near.
    case unknownCommand(name: String, suggestion: String?)
    /// A known shell command used the wrong way; the text says how to use it.
    case misuse(String)

    /// Classifies `statement`, given the names of the engine's dot-commands. Command names are
    /// matched ignoring case, since `.HELP` can only mean one thing.
    static func classify(_ statement: String, engineCommands: [String]) -> StatementRoute {
        guard let command = DotCommand(statement) else { return .language }
        let name = command.name.lowercased()
        let arguments = command.arguments
        switch name {
        case "":
            return .misuse("expected a command name after '.'; type .help to list them")
        case "help":
            return .shell(.help(topic: arguments.isEmpty ? nil : arguments.joined(separator: " ")))
        case "history", "clear", "quit", "exit":
            guard arguments.isEmpty else { return .misuse("usage: .\(name) (it takes no arguments)") }
            switch name {
            case "history": return .shell(.history)
            case "clear": return .shell(.clear)
            default: return .shell(.quit)
            }
        case "pager":
            switch arguments.map({ $0.lowercased() }) {
            case []: return .shell(.pager(nil))
            case ["on"]: return .shell(.pager(true))
            case ["off"]: return .shell(.pager(false))
            default: return .misuse("usage: .pager on|off")
            }
        default:
            if engineCommands.contains(where: { $0.lowercased() == name }) { return .engineCommand }
            let suggestion = DidYouMean.suggest(command.name, from: ShellCommand.names + engineCommands)
            return .unknownCommand(name: command.name, suggestion: suggestion)
        }
    }
}
