import PilarCore
import PilarStore
import PilarRender
import PilarExcel

/// `… | export "FILE"`: one result written to a file in the format its extension names.
extension Session {
    /// Behind the safe-mode gate before the name is even made; the file is replaced whole
    /// (a temporary file beside it, renamed over it), so a failed write leaves nothing behind.
    func runExport(_ export: PlannedExport, _ executor: Executor, source: SourceFile,
                   emit: (SessionEvent) -> Void) throws(Diagnostic) {
        try safeMode.require(.writeFile, for: "export", at: export.span, in: source)
        let path = try interpolate(export.name, executor)
        let format: ExportFormat
        if let known = export.format {
            format = known
        } else {
            switch ExportFormat.of(path) {
            case .success(let read): format = read
            case .failure(let problem):
                throw Diagnostic(.runtime, problem.reason, source: source, span: export.span, hint: problem.hint)
            }
        }
        let frame = try executor.run(export.plan)
        let result = ResultBuilder(store: store, language: language).build(frame)
        let bytes = try exportBytes(result, as: format, path: path, sheet: export.sheetName, span: export.span, source: source)
        do {
            try MasterplanSaver.replaceFile(path, with: bytes)
        } catch {
            throw Diagnostic(.runtime, ExportMessage.cannotExport, ["path": .text(path), "reason": .message(error.text)],
                             source: source, span: export.span, hint: error.hintText)
        }
        emit(note(ExportMessage.exported, ["count": .number(result.rowCount), "path": .text(path)]))
    }

    /// The file's bytes: the session's locale, null text and decimals apply as on the screen
    /// (they change only the table, markdown and html); csv is Excel's when the session
    /// writes csv-excel; the table has no colour and no width limit.
    private func exportBytes(_ result: ResultSet, as format: ExportFormat, path: String, sheet: String, span: Span,
                             source: SourceFile) throws(Diagnostic) -> [UInt8] {
        switch format {
        case .workbook:
            do {
                return try XLSXWriter.workbook([.init(name: sheet.isEmpty ? "result" : sheet, result: result)])
            } catch {
                throw Diagnostic(.runtime, ExportMessage.cannotExport,
                                 ["path": .text(path), "reason": .message(Message(ExportMessage.notAWorkbook, ["reason": .text("\(error)")]))],
                                 source: source, span: span)
            }
        case .rendered(let rendered):
            var settings = display
            settings.excelCSV = display.excelCSV && self.format == .csv
            let options = RenderOptions(format: rendered, display: settings, language: language)
            if rendered == .html {
                // The page's title when it prints no heading: the file's name without its extension.
                let name = String(path.split(separator: "/").last ?? "")
                let stem = ExportFormat.fileExtension(of: name).map { String(name.dropLast($0.count + 1)) } ?? name
                var document = DocumentWriter(title: stem.isEmpty ? "pilar" : stem)
                let page = (document.text(of: .result(result, .html), options: options) ?? "") + document.finish()
                return Array(page.utf8)
            }
            return Array(Renderer.render(result, options).utf8)
        }
    }
}
