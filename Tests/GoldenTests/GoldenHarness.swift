import Foundation
import PilarCore
import PilarLanguage
import PilarRender
import PilarStore

/// Runs a script the way `pilar run` does and captures everything it would print, errors
/// included, as plain text (no colour, no terminal width).
enum GoldenHarness {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let casesFolder = repositoryRoot.appendingPathComponent("Tests/GoldenTests/Cases")

    /// The demo store, loaded once for all cases.
    static let demo: Store = DemoMasterplan.load()

    /// Runs script text against a store with parameters; returns the captured output.
    static func run(_ source: SourceFile, store: Store = demo, parameters: [String: Value] = [:],
                    settings: [String: ParameterSetting] = [:]) -> (output: String, succeeded: Bool) {
        let session = Session(store: store, parameters: parameters)
        session.parameterSettings = settings
        var output = ""
        // The writer `pilar run` uses: a case in html shows exactly the page the CLI writes.
        var document = DocumentWriter(title: DocumentWriter.title(forScript: source.name))
        let succeeded = session.run(source) { event in
            // The session's settings as they are at this event (`.locale id` changes them).
            if let text = document.text(of: event, options: session.renderOptions) {
                output += text
                return
            }
            // Made per event: a case that runs `.lang id` gets Indonesian errors after it.
            let formatter = DiagnosticFormatter(style: .plain, language: session.language)
            switch event {
            case .note(let text): output += text
            case .error(let diagnostic), .warning(let diagnostic): output += formatter.format(diagnostic)
            case .errors(let list): output += formatter.format(list)
            case .result, .text, .quit: break
            }
        }
        output += document.finish()
        return (output, succeeded)
    }

    /// `# set: name=value` lines at the top of a case become parameters.
    static func parameters(of text: String) -> [String: Value] {
        var parameters: [String: Value] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
            guard body.hasPrefix("set:") else { continue }
            let assignment = body.dropFirst(4).trimmingCharacters(in: .whitespaces)
            if let equals = assignment.firstIndex(of: "=") {
                let value = String(assignment[assignment.index(after: equals)...])
                parameters[String(assignment[..<equals])] = Int64(value).map(Value.int) ?? .text(value)
            }
        }
        return parameters
    }

    /// `# set: name=value` and `# set: name:type=value` lines as `--set` gives them, for `param`.
    static func settings(of text: String) -> [String: ParameterSetting] {
        var settings: [String: ParameterSetting] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
            guard body.hasPrefix("set:") else { continue }
            let assignment = body.dropFirst(4).trimmingCharacters(in: .whitespaces)
            guard let equals = assignment.firstIndex(of: "=") else { continue }
            let name = assignment[..<equals].split(separator: ":", maxSplits: 1).map(String.init)
            let type = name.count > 1 ? ParamType(rawValue: name[1]) : nil
            settings[name[0]] = ParameterSetting(text: String(assignment[assignment.index(after: equals)...]), forcedType: type)
        }
        return settings
    }

    /// A line diff of expected against actual, `-` for expected lines missing, `+` for new ones.
    static func diff(expected: String, actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence table, from the end.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append("  " + a[i]); i += 1; j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                lines.append("+ " + b[j]); j += 1
            } else {
                lines.append("- " + a[i]); i += 1
            }
        }
        return lines.joined(separator: "\n")
    }
}
