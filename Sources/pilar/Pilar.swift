import ArgumentParser
import Foundation
import PilarCore
import PilarLanguage
import PilarRender
import PilarStore

/// The `pilar` command: runs scripts (files, `-c`, stdin) or, on a terminal, the REPL.
@main
struct Pilar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pilar",
        abstract: "Query a smart-city masterplan: OPDs, programmes, indicators and their measurements.",
        discussion: """
            With no script, pilar reads one from standard input, or opens the interactive shell \
            on a terminal. Without --data it uses the embedded Pekanbaru demo masterplan \
            (illustrative figures, not official).

            Examples:
              pilar -c 'programmes | where pillar == "mobility" | top 5 by budget'
              pilar run examples/questions.pilar --format markdown
              pilar run report.pilar --data examples/data/pekanbaru --set year=2019
              echo 'opds | count' | pilar --format csv
            """,
    )

    @OptionGroup var options: CommonOptions

    @Option(name: .customShort("c"),
            help: ArgumentHelp("Run this query (or script text) and exit; repeat to run several in order, as psql does.",
                               valueName: "query"))
    var commands: [String] = []

    @Argument(help: ArgumentHelp("Script files to run in order, optionally after the word 'run'; or 'present FILE' for presenter mode.", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("With 'present': milliseconds per typed character (0: no typing effect).", valueName: "ms"))
    var speed: Int?

    func validate() throws {
        if !commands.isEmpty && !scriptFiles.isEmpty {
            throw ValidationError(Message(CLIMessage.commandsAndFiles).text(in: options.language))
        }
        if files == ["run"] {
            throw ValidationError(Message(CLIMessage.runNeedsFile).text(in: options.language))
        }
        try validatePresent()
    }

    /// `pilar run a.pilar b.pilar` and `pilar a.pilar b.pilar` mean the same.
    private var scriptFiles: [String] {
        files.first == "run" ? Array(files.dropFirst()) : files
    }

    mutating func run() throws {
        let session = try options.makeSession()
        if isPresent { throw ExitCode(present(session: session)) }
        let runner = ScriptRunner(session: session, workbook: options.wantsWorkbook)
        // Whatever way the run ends, its document (an html page, a workbook) is written whole.
        defer { runner.finishDocument() }
        if !scriptFiles.isEmpty {
            let status = runFiles(scriptFiles, runner: runner)
            runner.warnIfUnsaved()
            throw ExitCode(status)
        }
        if !commands.isEmpty {
            // Each -c is its own source (errors name it), and the first failure stops the rest.
            defer { runner.warnIfUnsaved() }
            for command in commands {
                let status = runner.run(SourceFile(name: "<command>", text: command))
                if status != 0 || runner.quitRequested { throw ExitCode(status) }
            }
            throw ExitCode.success
        }
        if isatty(STDIN_FILENO) == 0 {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let status = runner.run(SourceFile(name: "<stdin>", bytes: Array(data)))
            runner.warnIfUnsaved()
            throw ExitCode(status)
        }
        runner.finishDocument()
        throw ExitCode(InteractiveShell.run(session: session))
    }

    /// Each file is parsed and checked whole before it runs; the first error stops everything.
    private func runFiles(_ paths: [String], runner: ScriptRunner) -> Int32 {
        for path in paths {
            let bytes: [UInt8]
            switch ScriptFile.read(path) {
            case .success(let read):
                bytes = read
            case .failure(let failure):
                let message = Message(CLIMessage.cannotReadScript, ["path": .text(path), "reason": .message(failure.text)])
                runner.report(Message(CoreMessage.errorLabel).text(in: runner.session.language) + " " + message.text(in: runner.session.language) + "\n")
                return 1
            }
            let status = runner.run(SourceFile(name: path, bytes: bytes))
            if status != 0 || runner.quitRequested { return status }
        }
        return 0
    }

    /// Maps argument errors to exit code 2 (usage), as the README promises.
    static func main() {
        do {
            let (rest, assignments) = SetOptions.split(CommandLine.arguments.dropFirst())
            try SetOptions.checkLongOptions(rest)
            var command = try parse(rest)
            command.options.parameters = assignments
            // validate() ran before the assignments were put back; their errors are usage errors too.
            _ = try command.options.parsedParameters()
            try command.run()
        } catch let status as ExitCode {
            Foundation.exit(status.rawValue)
        } catch {
            // ArgumentParser reports usage errors as EX_USAGE (64); pilar promises 2.
            if exitCode(for: error) == .validationFailure {
                StandardStreams.writeError(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
