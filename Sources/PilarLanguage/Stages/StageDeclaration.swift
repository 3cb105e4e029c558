/// One stage of the language declared in one place: its name and aliases, syntax, summary,
/// help text, runnable examples and whether it must end the statement. The parser still
/// dispatches on the names by hand (each stage has its own syntax), but its "expected a
/// stage" hints, completion after `|` and the stage pages of `.help` read this list.
public struct StageDeclaration: Sendable {
    /// The name users type (`summarize`).
    public let name: String
    /// Other spellings the parser accepts (`summarise`).
    public let aliases: [String]
    /// Other words that find its `.help` page (`filter` for where); not accepted by the parser.
    public let helpAliases: [String]
    /// The syntax, one form per line, each starting with the name.
    public let syntax: [String]
    /// One line for the `.help` index.
    public let summary: String
    /// A few sentences for its `.help` page; nil when another page explains it (the edits).
    public let help: String?
    /// Statements using the stage that run on the demo data (in order, in one session).
    public let examples: [String]
    /// True for the edits (`update`, `delete`): only the last stage of a statement.
    public let mustBeLast: Bool

    /// Every name the parser accepts for it.
    public var names: [String] { [name] + aliases }
}

extension StageDeclaration {
    /// The declaration of the stage called `name` (or one of its aliases).
    public static func named(_ name: String) -> StageDeclaration? {
        all.first { $0.names.contains(name) }
    }

    /// The stage names, in the order `.help`, hints and completion list them (no aliases).
    public static let names = all.map(\.name)
}
