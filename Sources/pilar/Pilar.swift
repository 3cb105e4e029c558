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
              pilar --data examples/data/pekanbaru --set year=2019 run report.pilar
              echo 'opds | count' | pilar --format csv
            """,
        subcommands: [Run.self]
    )

    @OptionGroup var options: CommonOptions

    @Option(name: .customShort("c"), help: ArgumentHelp("Run this query (or script text) and exit.", valueName: "query"))
    var command: String?

    mutating func run() throws {
        let session = try options.makeSession()
        let runner = ScriptRunner(session: session)
        if let command {
            throw ExitCode(runner.run(SourceFile(name: "<command>", text: command)))
        }
        if isatty(STDIN_FILENO) == 0 {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            throw ExitCode(runner.run(SourceFile(name: "<stdin>", bytes: Array(data))))
        }
        throw ExitCode(InteractiveShell.run(session: session))
    }

    /// Maps argument errors to exit code 2 (usage), as the README promises.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 && error is ExitCode {
                exit(withError: error)
            }
            if let exitCode = error as? ExitCode {
                Foundation.exit(exitCode.rawValue)
            }
            let message = fullMessage(for: error)
            if code.rawValue == 64 || code == .validationFailure {
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// `pilar run FILE…`
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run script files in order.",
        discussion: "Each file is parsed and checked whole before it runs; the first error stops everything (exit code 1)."
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("Script files to run.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one script file") }
    }

    mutating func run() throws {
        let session = try options.makeSession()
        let runner = ScriptRunner(session: session)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                runner.report("error: cannot read '\(file)': \(FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file")\n")
                throw ExitCode(1)
            }
            let status = runner.run(SourceFile(name: file, bytes: Array(data)))
            if status != 0 { throw ExitCode(status) }
            if runner.quitRequested { break }
        }
    }
}
