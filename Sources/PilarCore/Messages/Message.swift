/// A text pilar shows, kept as a catalogue ID and its arguments so that it is written in the
/// user's language when it is shown, not when it is made: the lexer, parser and loader do not
/// know the session's language, the formatter does.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The catalogue ID (`parser.expectedStage`), or `verbatim` for text that comes from
    /// outside pilar (an operating-system error) and is shown as it is.
    public let id: String
    public let arguments: [String: MessageArgument]
    private let templates: @Sendable (Language) -> String

    public init<Key: MessageKey>(_ key: Key, _ arguments: [String: MessageArgument] = [:]) {
        self.id = key.id
        self.arguments = arguments
        self.templates = { key.template(in: $0) }
    }

    private init(id: String, arguments: [String: MessageArgument], templates: @escaping @Sendable (Language) -> String) {
        self.id = id
        self.arguments = arguments
        self.templates = templates
    }

    /// Text that is the same in every language: a message from the operating system, or a
    /// name. Messages pilar writes itself belong in a catalogue.
    public static func verbatim(_ text: String) -> Message {
        Message(id: "verbatim", arguments: ["text": .text(text)], templates: { _ in "{text}" })
    }

    /// The message in a language, its arguments filled in.
    public func text(in language: Language) -> String {
        MessageTemplate.render(templates(language), arguments: arguments, language: language)
    }

    /// The English text: what tests compare and what `description` shows.
    public var english: String { text(in: .english) }

    public var description: String { english }

    /// Whether this is the message `key` makes (whatever its arguments).
    public func `is`<Key: MessageKey>(_ key: Key) -> Bool { id == key.id }

    public static func == (lhs: Message, rhs: Message) -> Bool {
        lhs.id == rhs.id && lhs.arguments == rhs.arguments
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(arguments)
    }
}

/// One argument of a message: text shown as it is (a name, a value), a number (which may
/// choose a plural), or another message written in the same language (a phrase such as
/// "end of input" that itself needs translating), or a list joined with commas.
public enum MessageArgument: Sendable, Hashable, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral {
    case text(String)
    case number(Int)
    case message(Message)
    /// Items joined with ", " (for lists of names).
    case list([MessageArgument])

    public init(stringLiteral value: String) { self = .text(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    public init(integerLiteral value: Int) { self = .number(value) }

    func text(in language: Language) -> String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .message(let message): message.text(in: language)
        case .list(let items): items.map { $0.text(in: language) }.joined(separator: ", ")
        }
    }
}

/// Fills a template's placeholders (see `MessageKey`).
public enum MessageTemplate {
    public static func render(_ template: String, arguments: [String: MessageArgument], language: Language) -> String {
        var out = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            let next = template.index(after: index)
            if character == "{", next < template.endIndex, template[next] == "{" {
                out.append("{"); index = template.index(after: next); continue
            }
            if character == "}", next < template.endIndex, template[next] == "}" {
                out.append("}"); index = template.index(after: next); continue
            }
            guard character == "{", let close = template[next...].firstIndex(of: "}") else {
                out.append(character); index = next; continue
            }
            let inside = template[next..<close].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            index = template.index(after: close)
            guard let argument = arguments[inside[0]] else {
                // A missing argument shows as written, so a test sees it.
                out += "{" + inside.joined(separator: "|") + "}"
                continue
            }
            if inside.count == 3 {
                let one: Bool = if case .number(let count) = argument { count == 1 } else { false }
                out += one ? inside[1] : inside[2]
            } else {
                out += argument.text(in: language)
            }
        }
        return out
    }

    /// The argument names a template uses, for the catalogue test.
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        let characters = Array(template)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if (character == "{" || character == "}"), index + 1 < characters.count, characters[index + 1] == character {
                index += 2
                continue
            }
            if character == "{", let close = characters[index...].firstIndex(of: "}") {
                let inside = String(characters[(index + 1)..<close])
                names.insert(String(inside.split(separator: "|", omittingEmptySubsequences: false).first ?? ""))
                index = close + 1
                continue
            }
            index += 1
        }
        return names
    }
}
