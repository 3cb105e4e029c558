import PilarCore

/// One way a result can be written out, declared once with everything that names, explains
/// and renders it: the `.format`/`--format` name, its aliases, the file extensions `export`
/// picks it by, its help line in both languages, and its renderer.
///
/// Two formats are the same format when their names are; the declarations themselves live in
/// `OutputFormat+Registry.swift`, and `allCases` is the registry every list of formats (help,
/// completion, did-you-mean, `--format` help) is read from.
public struct OutputFormat: Sendable, Hashable, CustomStringConvertible {
    /// The canonical name, as `.format NAME` takes it.
    public let name: String
    /// Other names `.format` accepts (`md`, `ndjson`).
    public let aliases: [String]
    /// File extensions (lower case, no dot) that mean this format when a result is exported.
    public let extensions: [String]
    /// One line of help in the catalogue.
    public let help: FormatMessage
    /// The whole text of a result.
    let render: @Sendable (ResultSet, RenderOptions) -> String
    /// Writes the text row by row into a streaming buffer; nil for formats that need every
    /// width first and come whole.
    let stream: (@Sendable (ResultSet, RenderOptions, RowPoll, inout ByteBuffer) -> Void)?

    init(name: String, aliases: [String] = [], extensions: [String], help: FormatMessage,
         render: @escaping @Sendable (ResultSet, RenderOptions) -> String,
         stream: (@Sendable (ResultSet, RenderOptions, RowPoll, inout ByteBuffer) -> Void)? = nil) {
        self.name = name
        self.aliases = aliases
        self.extensions = extensions
        self.help = help
        self.render = render
        self.stream = stream
    }

    public var description: String { name }

    public static func == (a: OutputFormat, b: OutputFormat) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// The canonical names, in declaration order, for help text and did-you-mean suggestions.
    public static var allNames: [String] { allCases.map(\.name) }

    /// Parses a user-typed name, ignoring case and accepting the aliases (`md`, `ndjson`);
    /// nil when unknown, so the caller can suggest one of `allNames`.
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let format = Self.allCases.first(where: { $0.name == lowered || $0.aliases.contains(lowered) }) else { return nil }
        self = format
    }

    /// The format a file's extension stands for (`report.HTML` → html); nil when none does.
    public init?(fileExtension: String) {
        let lowered = fileExtension.lowercased()
        guard let format = Self.allCases.first(where: { $0.extensions.contains(lowered) }) else { return nil }
        self = format
    }

    /// Every extension some format is chosen by, in declaration order (for did-you-mean).
    public static var allExtensions: [String] { allCases.flatMap(\.extensions) }

    /// The help line in `language`.
    public func help(in language: Language) -> String { Message(help).text(in: language) }
}
