import ArgumentParser
import PilarCore

/// Takes the `--set` options out of the command line before ArgumentParser sees it.
///
/// ArgumentParser stores a repeated option by copying the whole array for every occurrence,
/// so 20,000 `--set` options took minutes; collecting them here keeps argument handling
/// linear. Everything else, including a `--set` with no value, is left for ArgumentParser
/// to parse and report.
enum SetOptions {
    /// Long options pilar (and ArgumentParser's built-in help and completion) understands.
    static let longOptions = ["--data", "--empty", "--format", "--lang", "--safe", "--set", "--strict", "--locale", "--csv-excel", "--help", "--speed",
                              "--help-hidden", "--generate-completion-script", "--experimental-dump-help"]

    /// A misspelt long option: ArgumentParser would take the word after it as a script file
    /// and then complain about the mix of files and -c instead of the real mistake.
    static func checkLongOptions(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "--" { return }
            // The value of -c may be query text that starts with dashes.
            if optionsWithValue.contains(argument) {
                _ = iterator.next()
                continue
            }
            guard argument.hasPrefix("--"), argument.count > 2 else { continue }
            let name = String(argument.prefix { $0 != "=" })
            guard !longOptions.contains(name) else { continue }
            let message = DidYouMean.suggest(name, from: longOptions).map {
                Message(CLIMessage.unknownOptionSuggestion, ["name": .text(name), "suggestion": .text($0)])
            } ?? Message(CLIMessage.unknownOption, ["name": .text(name)])
            throw ValidationError(message.forCLI)
        }
    }

    /// Options whose value is the next argument, so a value spelt `--set` is not taken.
    static let optionsWithValue: Set<String> = ["-c", "--data", "--format", "--lang", "--locale", "--speed"]

    static func split<Arguments: Collection<String>>(_ arguments: Arguments) -> (rest: [String], assignments: [String]) {
        var rest: [String] = []
        var assignments: [String] = []
        rest.reserveCapacity(arguments.count)
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "--" {
                // Everything after `--` is a file name, even one spelt like an option.
                rest.append(argument)
                while let file = iterator.next() { rest.append(file) }
                break
            }
            if argument == "--set" {
                guard let value = iterator.next() else {
                    rest.append(argument)
                    break
                }
                assignments.append(value)
            } else if argument.hasPrefix("--set=") {
                assignments.append(String(argument.dropFirst("--set=".count)))
            } else {
                rest.append(argument)
                if optionsWithValue.contains(argument), let value = iterator.next() {
                    rest.append(value)
                }
            }
        }
        return (rest, assignments)
    }
}
