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
        #expect(route(".help") == .shell(.help(topic: nil)))
        #expect(route(".help where") == .shell(.help(topic: "where")))
        #expect(route("  .HELP Data Model") == .shell(.help(topic: "Data Model")))
        #expect(route(".history") == .shell(.history))
        #expect(route(".clear") == .shell(.clear))
        #expect(route(".pager") == .shell(.pager(nil)))
        #expect(route(".pager on") == .shell(.pager(true)))
        #expect(route(".pager OFF") == .shell(.pager(false)))
        #expect(route(".quit") == .shell(.quit))
        #expect(route(".exit") == .shell(.quit))
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
        #expect(route(".pager maybe") == .misuse("usage: .pager on|off"))
        #expect(route(".history 3") == .misuse("usage: .history (it takes no arguments)"))
        #expect(route(".") == .misuse("expected a command name after '.'; type .help to list them"))
    }

    @Test func splitsNameAndArguments() {
        #expect(DotCommand("  .once  out.csv ") == DotCommand(name: "once", arguments: ["out.csv"]))
        #expect(DotCommand("programmes") == nil)
        #expect(DotCommand.isDotCommand("\t.help"))
        #expect(!DotCommand.isDotCommand("x .help"))
    }
}
