import PilarCore
import PilarRender

/// Turns a session's events, in order, into the text of one output: the screen of `pilar run`,
/// a `.output` file, a golden test's expected output. All of them use this one writer, so a
/// page looks the same wherever it is written.
///
/// Results and text are the document; notes, warnings and errors are not (the host shows them
/// as it always did, on stderr for the CLI). In the html format the events go into one page
/// that `finish()` writes whole: its `<title>` is the first heading printed, which may come
/// after the first table. In markdown every block (a print, a result) is separated from the
/// one before by a blank line, so consecutive prints are paragraphs and a table never runs
/// into the next. Other formats write events as they come. A workbook document (`xlsx`)
/// gathers every result as a sheet and `finish()` writes the workbook, whatever the format.
public struct DocumentWriter {
    /// The page title when nothing printed a heading (the script's name).
    public var fallbackTitle: String
    /// The body of the html page being written; nil while no page is open.
    private var page: String?
    private var pageTitle: String?
    private var pageLanguage: Language = .english
    /// True when the last block written was markdown, so the next one needs a blank line.
    private var afterMarkdownBlock = false
    /// The sheets so far, when the document is a workbook.
    private var workbook: WorkbookDocument?
    /// Set when `finish` could not make the workbook (nothing was written).
    public private(set) var workbookFailed = false

    /// `workbook`: the document is an Excel workbook rather than text in a format.
    public init(title: String, workbook: Bool = false) {
        fallbackTitle = title
        self.workbook = workbook ? WorkbookDocument() : nil
    }

    /// True when the document is an Excel workbook.
    public var isWorkbook: Bool { workbook != nil }

    /// `xlsx`: the name `--format` and `.output FILE.xlsx` know a workbook document by. It is
    /// no format of the registry: a workbook is a file of sheets, not text for a screen.
    public static let workbookFormatName = "xlsx"

    /// A page title from a script's name: `reports/opd.pilar` → `opd`; `pilar` for text that
    /// came from no file (`-c`, stdin), whose names are written `<…>`.
    public static func title(forScript name: String) -> String {
        guard !name.hasPrefix("<"), let last = name.split(separator: "/").last else { return "pilar" }
        let stem = last.hasSuffix(".pilar") ? last.dropLast(6) : last
        return stem.isEmpty ? "pilar" : String(stem)
    }

    /// Writes `event`, rendered with `options` (the session's format, display and language at
    /// this event; a result's own format wins), to `sink`. False when the event is not part of
    /// the document and the host should show it itself.
    public mutating func write(_ event: SessionEvent, options: RenderOptions,
                               to sink: @escaping (ArraySlice<UInt8>) -> Void) -> Bool {
        if workbook != nil {
            switch event {
            case .result(let result, _): workbook!.add(result, fallback: fallbackTitle)
            case .text(let printed): workbook!.note(printed)
            case .note, .warning, .error, .errors, .quit: return false
            }
            return true
        }
        var options = options
        let text: String?
        switch event {
        case .result(let result, let format):
            options.format = format
            text = nil
            if format != .html { closePage(to: sink) }
            if format == .html {
                openPage(options)
                page! += Renderer.render(result, options)
            } else if format == .markdown {
                let rendered = Renderer.render(result, options)
                guard !rendered.isEmpty else { return true }
                writeMarkdown(rendered, to: sink)
            } else {
                afterMarkdownBlock = false
                Renderer.write(result, options, to: sink)
            }
        case .text(let printed):
            text = printed
        case .note, .warning, .error, .errors, .quit:
            return false
        }
        guard let text else { return true }
        switch options.format {
        case .html:
            openPage(options)
            if pageTitle == nil, let heading = DocumentText.heading(text) { pageTitle = heading.text }
            page! += DocumentText.render(text, as: .html)
        case .markdown:
            closePage(to: sink)
            writeMarkdown(text, to: sink)
        default:
            closePage(to: sink)
            afterMarkdownBlock = false
            emit(DocumentText.render(text, as: options.format), to: sink)
        }
        return true
    }

    /// The same as `write(_:options:to:)`, collecting the text; nil when the event is not
    /// part of the document.
    public mutating func text(of event: SessionEvent, options: RenderOptions) -> String? {
        let collected = Collected()
        guard write(event, options: options, to: collected.append) else { return nil }
        return collected.text
    }

    /// The same as `write(_:options:to:)`, collecting the bytes; nil when the event is not
    /// part of the document.
    public mutating func bytes(of event: SessionEvent, options: RenderOptions) -> [UInt8]? {
        let collected = Collected()
        guard write(event, options: options, to: collected.append) else { return nil }
        return collected.bytes
    }

    /// Ends the document: writes the html page, when one is open, or the workbook of every
    /// result so far (a workbook cannot be appended to: a file that takes one is rewritten
    /// whole each time, see `OutputFile.rewrite`).
    public mutating func finish(to sink: @escaping (ArraySlice<UInt8>) -> Void) {
        if let sheets = workbook {
            guard let bytes = sheets.bytes(fallback: fallbackTitle) else {
                workbookFailed = true
                return
            }
            sink(bytes[...])
            return
        }
        closePage(to: sink)
    }

    /// `finish(to:)`, collected as bytes.
    public mutating func finishBytes() -> [UInt8] {
        let collected = Collected()
        finish(to: collected.append)
        return collected.bytes
    }

    /// `finish(to:)`, collected.
    public mutating func finish() -> String {
        let collected = Collected()
        finish(to: collected.append)
        return collected.text
    }

    private mutating func openPage(_ options: RenderOptions) {
        guard page == nil else { return }
        page = ""
        pageTitle = nil
        pageLanguage = options.language
        afterMarkdownBlock = false
    }

    private mutating func closePage(to sink: (ArraySlice<UInt8>) -> Void) {
        guard let body = page else { return }
        page = nil
        emit(HTMLPage.head(title: pageTitle ?? fallbackTitle, language: pageLanguage) + body + HTMLPage.close, to: sink)
    }

    private mutating func writeMarkdown(_ text: String, to sink: (ArraySlice<UInt8>) -> Void) {
        if afterMarkdownBlock { emit("\n", to: sink) }
        emit(text, to: sink)
        afterMarkdownBlock = true
    }

    private func emit(_ text: String, to sink: (ArraySlice<UInt8>) -> Void) {
        guard !text.isEmpty else { return }
        sink(Array(text.utf8)[...])
    }
}

/// Bytes gathered from a sink into a string.
private final class Collected {
    var bytes: [UInt8] = []
    func append(_ chunk: ArraySlice<UInt8>) { bytes += chunk }
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
