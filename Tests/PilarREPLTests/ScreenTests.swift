import Foundation
import PilarCore
import PilarRender
import Testing
@testable import PilarREPL

@Suite struct ScreenTests {
    @Test func colourFollowsTheTerminalAndNoColor() {
        #expect(ColorPolicy.enabled(environment: [:], stdoutIsTerminal: true))
        #expect(!ColorPolicy.enabled(environment: [:], stdoutIsTerminal: false))
        #expect(!ColorPolicy.enabled(environment: ["NO_COLOR": ""], stdoutIsTerminal: true))
        #expect(!ColorPolicy.enabled(environment: ["NO_COLOR": "1"], stdoutIsTerminal: true))
        #expect(!ColorPolicy.enabled(environment: ["TERM": "dumb"], stdoutIsTerminal: true))
    }

    @Test func aNULIsSentAsAVisibleSymbolNotAsTheEndOfTheText() {
        let bytes = ScreenText.terminalBytes("before\u{0}after\n")
        #expect(String(decoding: bytes, as: UTF8.self) == "before␀after\n")
        #expect(ScreenText.terminalBytes("plain") == Array("plain".utf8))
    }

    @Test func pagerCommand() {
        #expect(PagerCommand.resolve(environment: [:]) == "less -FRSX")
        #expect(PagerCommand.resolve(environment: ["PAGER": "more"]) == "more")
        #expect(PagerCommand.resolve(environment: ["PAGER": " "]) == nil)
    }

    @Test func standardOptions() {
        let options = REPLOptions.standard(environment: ["HOME": "/h", "NO_COLOR": "1"], stdoutIsTerminal: true)
        #expect(options == REPLOptions(historyFile: "/h/.local/state/pilar/history", historyLimit: 1000,
                                       color: false, pager: "less -FRSX"))
    }

    @Test func longTextGoesToThePager() {
        let tall = String(repeating: "row\n", count: 23)
        #expect(ScreenText.needsPager(tall, rows: 23))
        #expect(!ScreenText.needsPager(tall, rows: 24))
    }

    @Test func textEndsWithOneNewline() {
        #expect(ScreenText.line("a") == "a\n")
        #expect(ScreenText.line("a\n") == "a\n")
    }

    @Test func promptColourIsHiddenFromLibeditsWidthCount() {
        #expect(ShellStyle(color: false).prompt("pilar> ") == "pilar> ")
        let coloured = ShellStyle(color: true).prompt("pilar> ")
        #expect(coloured == "\u{1}\u{1B}[1;32m\u{2}pilar>\u{1}\u{1B}[0m\u{2} ")
        // What stays once the ignored runs are removed is exactly the visible prompt.
        var visible = ""
        var ignoring = false
        for character in coloured {
            if character == "\u{1}" {
                ignoring = true
            } else if character == "\u{2}" {
                ignoring = false
            } else if !ignoring {
                visible.append(character)
            }
        }
        #expect(visible == "pilar> ")
    }

    @Test func tablesColourOnlyWhenAsked() {
        let result = ResultSet(columns: [ResultColumn("code", .text), ResultColumn("note", .text)],
                               rows: [[.text("DISHUB"), .null]])
        let plain = ScreenText.render(result, format: .table, width: 80, style: ShellStyle(color: false))
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("DISHUB"))
        let coloured = ScreenText.render(result, format: .table, width: 80, style: ShellStyle(color: true))
        #expect(coloured.contains("\u{1B}["))
        let csv = ScreenText.render(result, format: .csv, width: 80, style: ShellStyle(color: true))
        #expect(csv.hasPrefix("code,note\n"))
    }

    @Test func pagerReceivesTheText() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-pager-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(Pager.show("one\ntwo\n", command: "cat > '\(file)'"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "one\ntwo\n")
    }

    @Test func missingPagerIsReported() {
        #expect(!Pager.show("text\n", command: "pilar-no-such-pager-command 2>/dev/null"))
    }

    @Test func pagerThatQuitsEarlyDoesNotKillUs() {
        // `true` exits without reading: the writes hit a closed pipe (EPIPE, not SIGPIPE).
        let big = String(repeating: "x", count: 1 << 20)
        #expect(Pager.show(big, command: "true"))
    }
}
