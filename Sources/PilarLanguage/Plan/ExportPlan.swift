import PilarCore
import PilarRender

/// What `| export` writes: a format of the registry, or an Excel workbook (which is not a
/// screen format, so it is not in the registry).
public enum ExportFormat: Sendable, Equatable {
    case rendered(OutputFormat)
    case workbook

    /// Every extension export knows, in the registry's order, then `xlsx`.
    public static var extensions: [String] { OutputFormat.allExtensions + ["xlsx"] }

    /// The format a file name's extension names.
    public init?(fileExtension: String) {
        if fileExtension.lowercased() == "xlsx" {
            self = .workbook
        } else if let format = OutputFormat(fileExtension: fileExtension) {
            self = .rendered(format)
        } else {
            return nil
        }
    }

    /// The extension of the last part of `path` (`out/report.CSV` → `CSV`); nil without one.
    static func fileExtension(of path: String) -> String? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex else { return nil }
        return String(name[name.index(after: dot)...])
    }

    /// The format of `path`, or why there is none (with a did-you-mean over the extensions);
    /// `shown` is how a message names the file (the name as written, before `{expr}` is filled in).
    static func of(_ path: String, shown: String? = nil) -> Result<ExportFormat, Problem> {
        guard !path.isEmpty else { return .failure(Problem(reason: Message(ExportMessage.emptyFileName), hint: nil)) }
        let known = Message(ExportMessage.extensionsAre, ["extensions": .text(extensions.map { "." + $0 }.joined(separator: " "))])
        guard let written = fileExtension(of: path) else {
            return .failure(Problem(reason: Message(ExportMessage.noExtension, ["path": .text(shown ?? path)]), hint: known))
        }
        if let format = ExportFormat(fileExtension: written) { return .success(format) }
        let hint = DidYouMean.suggest(written.lowercased(), from: extensions).map { Message.didYouMean("." + $0) } ?? known
        return .failure(Problem(reason: Message(ExportMessage.unknownExtension, ["extension": .text(written)]), hint: hint))
    }

    /// A file name that names no format: the error's text and hint.
    struct Problem: Error {
        var reason: Message
        var hint: Message?
    }
}

/// A checked `… | export "FILE"`: the rows to write, the file name's pieces and, when the
/// name's extension is literal, its format (else it is read from the name when it runs).
public struct PlannedExport: Sendable {
    var plan: LogicalPlan
    var name: [PlannedTextPiece]
    var format: ExportFormat?
    /// The file name as written, quotes included.
    var span: Span
    /// The workbook's sheet: the statement's source (`programmes`, a let name).
    var sheetName: String
}
