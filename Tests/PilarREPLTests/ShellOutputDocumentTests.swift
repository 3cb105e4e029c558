import Foundation
import PilarCore
import Testing
@testable import PilarREPL

/// The shell finishes its engine as it ends, so `.output page.html` leaves a whole page.
@Suite struct ShellFinishTests {
    @Test(arguments: [[LineInput.line("opds")], [LineInput.line("opds"), .line(".quit")]])
    func theEngineIsFinishedOnceAsTheShellEnds(_ inputs: [LineInput]) {
        let engine = FakeEngine()
        let shell = Shell(engine: engine, reader: ScriptedReader(inputs), screen: RecordingScreen(), interrupt: InterruptFlag(),
                          style: ShellStyle(color: false), pager: nil)
        #expect(engine.finished == 0)
        _ = shell.run(showBanner: false)
        #expect(engine.finished == 1)
    }
}

#if os(Linux)
/// The real shell on a terminal: `.format html` and `.output FILE` write one whole page.
@Suite(.serialized, .enabled(if: PilarBinary.path != nil, "no pilar binary: build it or set PILAR_BINARY"))
struct ShellHTMLOutputTests {
    typealias Key = PseudoTerminal.Key

    func start(_ folder: String) throws -> PseudoTerminal {
        let environment = ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": folder, "PILAR_HISTORY": folder + "/history", "PAGER": "",
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let terminal = try PseudoTerminal(executable: PilarBinary.path!, arguments: [], environment: environment)
        try prompt(terminal)
        return terminal
    }

    @discardableResult
    func prompt(_ terminal: PseudoTerminal) throws -> String {
        let text = try terminal.expect("pilar> ", within: .seconds(60))
        try terminal.waitForKeyReader()
        return text
    }

    func scratch() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilar-html-tty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [Key.ctrlD, ".quit" + Key.enter])
    func outputToAnHTMLFileWritesAWholePageWhenTheShellEnds(_ leave: String) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try start(folder)
        defer { terminal.close() }
        for line in [".format html", ".output \(folder)/page.html", ##"print "# Pilar""##, "pillars | take 2 | select code",
                     "opds | count"] {
            terminal.send(line + Key.enter)
            try prompt(terminal)
        }
        terminal.send(leave)
        _ = try terminal.waitForExit()
        let page = try String(contentsOfFile: folder + "/page.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"), "\(page)")
        #expect(page.contains("<title>Pilar</title>") && page.contains("<h1>Pilar</h1>"))
        #expect(page.contains("<td>governance</td>") && page.contains(#"<th class="num">count</th>"#))
        #expect(page.components(separatedBy: "<!DOCTYPE html>").count == 2, "one page")
        #expect(page.hasSuffix("</html>\n") || page.hasSuffix("</html>"))
    }

    @Test func switchingTheOutputWritesThePageAndTheScreenShowsHTMLText() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try start(folder)
        defer { terminal.close() }
        for line in [".format html", ".output \(folder)/a.html", "pillars | count", ".output \(folder)/b.html", "opds | count"] {
            terminal.send(line + Key.enter)
            try prompt(terminal)
        }
        let first = try String(contentsOfFile: folder + "/a.html", encoding: .utf8)
        #expect(first.hasPrefix("<!DOCTYPE html>") && first.contains(#"<td class="num">6</td>"#) && first.contains("</html>"), "\(first)")
        terminal.send(".output" + Key.enter)
        try prompt(terminal)
        let second = try String(contentsOfFile: folder + "/b.html", encoding: .utf8)
        #expect(second.hasPrefix("<!DOCTYPE html>") && second.contains("</html>"))
        terminal.send(##"print "# On screen""## + Key.enter)
        let shown = try prompt(terminal)
        #expect(shown.contains("<h1>On screen</h1>"), "\(shown)")
        terminal.send(Key.ctrlD)
        _ = try terminal.waitForExit()
    }
}
#endif
