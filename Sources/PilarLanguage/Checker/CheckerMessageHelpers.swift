import PilarCore

extension Checker {
    /// A checker error from a catalogue message, so that it is written in the user's language.
    func error(_ message: Message, at span: Span, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.checker, message, source: source, span: span, hint: hint)
    }

    /// The same, made in place from a function message.
    func error(_ key: FunctionMessage, _ arguments: [String: MessageArgument] = [:], at span: Span,
               hint: Message? = nil) -> Diagnostic {
        error(Message(key, arguments), at: span, hint: hint)
    }
}

extension Message {
    /// "usage: SIGNATURE", the hint of a misused call.
    static func usage(_ signature: String) -> Message { Message(FunctionMessage.usage, ["signature": .text(signature)]) }
}
