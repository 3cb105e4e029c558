import PilarCore
import PilarStore

/// Everything about one dot-command except how it runs: its name, the argument rule the
/// checker (or the shell) applies, the lines `.help` shows, examples that run on the demo
/// data, what completes its arguments and whether safe mode refuses it.
///
/// The shell reads these for help, completion and did-you-mean without knowing who runs
/// the command; `CommandDeclaration` adds the implementation.
public struct CommandSpec: Sendable {
    /// The name without its dot (`format`).
    public let name: String
    /// Other names that run the same command (`exit` for `quit`).
    public let aliases: [String]
    /// The usage column of `.help commands` (`.format NAME`).
    public let usage: String
    /// One line for `.help commands`.
    public let summary: String
    /// Statements using the command that run on the demo data (the help tests run them).
    public let examples: [String]
    /// Checked before the command runs; a problem becomes a located error.
    public let arguments: ArgumentRule
    /// What TAB offers after the name.
    public let completion: ArgumentCompletion
    /// What the command does outside the loaded data, so safe mode refuses it; nil when safe
    /// mode allows it. Documentation for `.help` and the safe-mode tests: the implementation
    /// itself calls `SafeMode.require` before it touches a path (some forms, such as
    /// `.output` alone, are allowed).
    public let safeMode: SafeMode.Access?
    /// True when what follows the command cannot be checked before it runs: it brings other
    /// data or columns (`.load`, `.demo`, `.addcolumn`, `.undo`) or other bindings (`.read`).
    /// A script is checked ahead only up to such a command.
    public let reshapes: Bool

    /// Every name the command answers to.
    public var names: [String] { [name] + aliases }

    public init(name: String, aliases: [String], usage: String, summary: String, examples: [String],
                arguments: ArgumentRule, completion: ArgumentCompletion, safeMode: SafeMode.Access?, reshapes: Bool = false) {
        self.reshapes = reshapes
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.summary = summary
        self.examples = examples
        self.arguments = arguments
        self.completion = completion
        self.safeMode = safeMode
    }
}

/// One dot-command declared in one place, DuckDB `ScalarFunction(...)` style: its `CommandSpec`
/// and its implementation. `Context` is what runs it (the `Session` for the engine's commands,
/// the shell for its own) and `Output` what it reports through.
public struct CommandDeclaration<Context, Output>: Sendable {
    /// Runs the command on already checked arguments; false ends the session (`.quit`).
    public typealias Implementation = @Sendable (Context, CommandCall, (Output) -> Void) throws(Diagnostic) -> Bool

    public let spec: CommandSpec
    public let run: Implementation

    public init(_ name: String, aliases: [String] = [], usage: String, summary: String, examples: [String] = [],
                arguments: ArgumentRule, completion: ArgumentCompletion = .language,
                safeMode: SafeMode.Access? = nil, reshapes: Bool = false, run: @escaping Implementation) {
        spec = CommandSpec(name: name, aliases: aliases, usage: usage, summary: summary, examples: examples,
                           arguments: arguments, completion: completion, safeMode: safeMode, reshapes: reshapes)
        self.run = run
    }

    public var name: String { spec.name }
}

/// One use of a dot-command: its arguments and where it was written.
public struct CommandCall {
    public var arguments: [String]
    public var span: Span
    public var source: SourceFile?
    public var interrupt: InterruptFlag?

    public init(arguments: [String], span: Span = .empty, source: SourceFile? = nil, interrupt: InterruptFlag? = nil) {
        self.arguments = arguments
        self.span = span
        self.source = source
        self.interrupt = interrupt
    }
}

/// What is wrong with a command's arguments, and how to write them.
public struct ArgumentProblem: Sendable, Equatable {
    public var text: Message
    public var hintText: Message?
    /// The message in English (tests compare it; hosts show `text` in their language).
    public var message: String { text.english }
    public var hint: String? { hintText?.english }

    public init(_ message: Message, hint: Message? = nil) {
        self.text = message
        self.hintText = hint
    }

    /// A problem that is one catalogue message: `ArgumentProblem(CommandMessage.unknownFormat, ["name": .text(word)])`.
    public init<Key: MessageKey>(_ key: Key, _ arguments: [String: MessageArgument] = [:], hint: Message? = nil) {
        self.init(Message(key, arguments), hint: hint)
    }
}

/// Which arguments a command takes: a check from the command's name, its words and the
/// loaded data (nil in the shell) to a problem, or nil when they are fine.
public struct ArgumentRule: Sendable {
    public let check: @Sendable (_ name: String, _ arguments: [String], _ store: Store?) -> ArgumentProblem?

    public init(_ check: @escaping @Sendable (_ name: String, _ arguments: [String], _ store: Store?) -> ArgumentProblem?) {
        self.check = check
    }

    /// No arguments at all.
    public static let none = ArgumentRule { name, arguments, _ in
        arguments.isEmpty ? nil : ArgumentProblem(CommandMessage.takesNoArguments, ["command": .text("." + name)])
    }

    /// Anything goes (the command reads its words itself).
    public static let any = ArgumentRule { _, _, _ in nil }

    /// Between `range` words, with `message` (and `hint`) otherwise; then `each` checks the words.
    public static func count(_ range: ClosedRange<Int>, _ message: Message, hint: Message? = nil,
                             then each: (@Sendable ([String], Store?) -> ArgumentProblem?)? = nil) -> ArgumentRule {
        ArgumentRule { _, arguments, store in
            guard range.contains(arguments.count) else { return ArgumentProblem(message, hint: hint) }
            return each?(arguments, store)
        }
    }
}

/// What completes the arguments of a command.
public enum ArgumentCompletion: Sendable {
    /// The language's completer decides.
    case language
    /// Nothing.
    case none
    /// File names; folders only when true. Never in safe mode.
    case paths(directoriesOnly: Bool)
    /// A fixed list of words, computed when asked (help topics are built after the registry).
    case words(@Sendable () -> [String])
}

extension Array where Element == CommandSpec {
    /// The command `name` (or one of its aliases) stands for.
    public func command(named name: String) -> CommandSpec? {
        first { $0.names.contains(name) }
    }

    /// Every name and alias, in declaration order.
    public var allNames: [String] { flatMap(\.names) }
}

extension CommandCall {
    /// The statement's source; commands run by the session always have one.
    var origin: SourceFile { source ?? SourceFile(name: "<command>", text: "") }
}
