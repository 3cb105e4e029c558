import PilarCore

extension Checker {
    /// A function-call error made in place (`error(.wrongArity, [...], at: span)`): the
    /// generic overload in Checker.swift cannot infer the enum from a bare case name.
    func error(_ key: FunctionMessage, _ arguments: [String: MessageArgument] = [:], at span: Span,
               hint: Message? = nil) -> Diagnostic {
        error(Message(key, arguments), at: span, hint: hint)
    }
}

extension Message {
    /// "usage: SIGNATURE", the hint of a misused call.
    static func usage(_ signature: String) -> Message { Message(FunctionMessage.usage, ["signature": .text(signature)]) }
}
