import PilarCore

extension Session {
    /// `.lang` shows the language; `.lang id` or `.lang en` changes it for everything written
    /// from then on (messages, help, band names). Checked here rather than by an argument
    /// rule so its errors are catalogue messages.
    func runLanguage(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        switch call.arguments.count {
        case 0:
            let current = Message(LanguageCommandMessage.current, ["name": .text(language.name), "tag": .text(language.rawValue)])
            emit(.text(current.text(in: language) + "\n"))
        case 1:
            let word = call.arguments[0]
            guard let chosen = Language(tag: word) else {
                let suggestion = DidYouMean.suggest(word.lowercased(), from: Self.languageWords)
                throw Diagnostic(.usage, LanguageCommandMessage.unknownLanguage, ["name": .text(word)],
                                 source: call.source, span: call.span,
                                 hint: suggestion.map(Message.didYouMean) ?? Message(LanguageCommandMessage.languageList))
            }
            language = chosen
        default:
            throw Diagnostic(.usage, LanguageCommandMessage.tooManyArguments, source: call.source, span: call.span,
                             hint: Message(LanguageCommandMessage.languageList))
        }
        return true
    }

    /// The words `.lang` takes (did-you-mean chooses among them).
    static let languageWords = ["en", "id", "english", "indonesian", "bahasa"]
}
