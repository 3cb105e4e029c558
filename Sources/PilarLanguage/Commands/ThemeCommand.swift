import PilarCore
import PilarRender

extension Session {
    /// `.theme [default|projector]`: how tables and charts look on screen. An engine command,
    /// not a shell one, so a bimtek script can switch to the projector theme itself (and
    /// `pilar present` shows it). Alone it says which theme is on.
    static let themeCommand = EngineCommand(
        "theme", usage: ".theme [default|projector]",
        summary: "how tables look on screen: default, or projector (high contrast, wider cells)",
        examples: [".theme projector", "pillars | select code, name | take 2", ".theme", ".theme default"],
        arguments: .count(0...1, Message(ThemeMessage.themeArguments), hint: .code(".theme projector")) { arguments, _ in
            guard let word = arguments.first, Theme(rawValue: word.lowercased()) == nil else { return nil }
            let hint = DidYouMean.suggest(word, from: Theme.allNames).map(Message.didYouMean)
                ?? Message(ThemeMessage.themesAre, ["names": .text(Theme.allNames.joined(separator: ", "))])
            return ArgumentProblem(ThemeMessage.unknownTheme, ["name": .text(word)], hint: hint)
        },
        completion: .words { Theme.allNames }
    ) { session, call, emit throws(Diagnostic) in
        guard let word = call.arguments.first else {
            let key: ThemeMessage = session.display.theme == .projector ? .currentProjector : .currentDefault
            emit(.text(Message(key).text(in: session.language) + "\n"))
            return true
        }
        session.display.theme = Theme(rawValue: word.lowercased()) ?? session.display.theme
        return true
    }
}
