import Testing
@testable import PilarREPL

@Suite struct DotCommandTests {
    let engineCommands = FakeEngine().engineDotCommands

    func route(_ text: String) -> StatementRoute {
        StatementRoute.classify(text, engineCommands: engineCommands)
    }

    @Test func languageStatementsGoToTheEngine() {
        #expect(route("programmes | count") == .language)
        #expect(route("let x = pillars") == .language)
        #expect(route("print 1.5") == .language)
    }

    @Test func shellCommands() {
        #expect(route(".help") == .shell(name: "help", arguments: []))
        #expect(route(".help where") == .shell(name: "help", arguments: ["where"]))
        #expect(route("  .HELP Data Model") == .shell(name: "help", arguments: ["Data", "Model"]))
        #expect(route(".history") == .shell(name: "history", arguments: []))
        #expect(route(".clear") == .shell(name: "clear", arguments: []))
        #expect(route(".pager") == .shell(name: "pager", arguments: []))
        #expect(route(".pager on") == .shell(name: "pager", arguments: ["on"]))
        #expect(route(".pager OFF") == .shell(name: "pager", arguments: ["OFF"]))
        #expect(route(".quit") == .shell(name: "quit", arguments: []))
        #expect(route(".exit") == .shell(name: "quit", arguments: []))
    }

    @Test func engineCommandsPassThrough() {
        #expect(route(".format csv") == .engineCommand)
        #expect(route(".schema programme") == .engineCommand)
        #expect(route(".load examples/data") == .engineCommand)
        #expect(route(".Timer on") == .engineCommand)
    }

    @Test func unknownCommandsSuggestTheNearestName() {
        #expect(route(".foramt csv") == .unknownCommand(name: "foramt", suggestion: "format"))
        #expect(route(".histroy") == .unknownCommand(name: "histroy", suggestion: "history"))
        #expect(route(".qiut") == .unknownCommand(name: "qiut", suggestion: "quit"))
        #expect(route(".zzzzzz") == .unknownCommand(name: "zzzzzz", suggestion: nil))
    }

    @Test func misuseSaysHowToUseTheCommand() {
        #expect(misuse(".pager maybe") == "usage: .pager on|off")
        #expect(misuse(".history 3") == "usage: .history (it takes no arguments)")
        #expect(misuse(".") == "expected a command name after '.'; type .help to list them")
    }

    @Test func misuseIsWrittenInTheChosenLanguage() {
        guard case .misuse(let message) = route(".pager maybe") else { Issue.record("not a misuse"); return }
        #expect(message.text(in: .indonesian) == "penggunaan: .pager on|off")
        guard case .misuse(let history) = route(".history 3") else { Issue.record("not a misuse"); return }
        #expect(history.text(in: .indonesian) == "penggunaan: .history (tanpa argumen)")
    }

    /// The English text of a misuse, nil for any other route.
    private func misuse(_ statement: String) -> String? {
        guard case .misuse(let message) = route(statement) else { return nil }
        return message.english
    }

    @Test func splitsNameAndArguments() {
        #expect(DotCommand("  .once  out.csv ") == DotCommand(name: "once", arguments: ["out.csv"]))
        #expect(DotCommand("programmes") == nil)
        #expect(DotCommand.isDotCommand("\t.help"))
        #expect(!DotCommand.isDotCommand("x .help"))
    }
}
