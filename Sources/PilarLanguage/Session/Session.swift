import Foundation
import PilarCore
import PilarStore
import PilarRender
import PilarExcel

/// A running pilar session: the loaded masterplan, the current output format, parameters,
/// `let` results and output redirection. The CLI runs scripts through it, the REPL runs each
/// statement through it; neither knows how queries work.
public final class Session {
    public internal(set) var store: Store
    public var format: OutputFormat
    /// The language messages, help, band names and the shell's words are written in.
    public var language: Language = .english
    /// How the table and markdown show values (`.locale`, `.nullvalue`, `.decimals`) and
    /// whether csv is written for Excel (`.format csv-excel`).
    public var display = DisplaySettings()
    /// The options a host renders this session's results with (it adds width, colour, …).
    public var renderOptions: RenderOptions { RenderOptions(format: format, display: display, language: language) }
    public var parameters: [String: Value]
    /// The `--set` values as given, which a `param` reads by its declared type.
    public var parameterSettings: [String: ParameterSetting] = [:]
    /// The parameters the running script declared with `param`, with their lines.
    var declaredParameters: [String: Int] = [:]
    public private(set) var timerEnabled = false
    /// `pilar run --strict`: a `check` that finds problems fails the script (exit 1).
    public var strictCheck = false
    /// Workshop safe mode: every file-touching command goes through `safeMode.require`.
    public private(set) var safeMode: SafeMode

    /// The generation of the store as last loaded or saved: the data has unsaved changes
    /// when the current store's generation differs.
    public private(set) var savedGeneration: UInt64
    public var hasUnsavedChanges: Bool { store.generation != savedGeneration }
    /// Called after the data was written to disk: the current store is the saved one.
    public func markSaved() {
        savedGeneration = store.generation
        history.markSaved()
    }
    /// The edits since the load, for `.undo` and `.changes`.
    var history = EditHistory()
    /// The data (its generation) and the command `.load`/`.demo` last warned about.
    private var discardWarnedAt: (generation: UInt64, command: String)?
    /// How an edit is applied: the store's `applying`. A seam for the session's tests, which
    /// check undo, `.changes` and error locations against a stand-in.
    var applyEdit: (Store, StoreEdit) throws(EditProblem) -> EditOutcome = { store, edit throws(EditProblem) in
        try store.applying(edit)
    }
    /// How many statements changed the data since it was loaded or saved (0 when saved): the
    /// lines `.changes` shows, at least 1 when the data differs (undone past a save).
    public var unsavedChanges: Int { hasUnsavedChanges ? max(history.changes.count, 1) : 0 }
    /// "3 unsaved changes" / "1 unsaved change": what leaving would lose.
    public var unsavedChangesText: String { unsavedChangesMessage.english }
    /// "N unsaved changes", to be written in the session's language.
    public var unsavedChangesMessage: Message { Message(SessionMessage.unsavedChanges, ["count": .number(unsavedChanges)]) }

    /// The data folder's files as last read or written, so `.save` notices files changed
    /// on disk meanwhile; nil for the demo and empty stores.
    public private(set) var diskStamps: FolderStamps?

    /// Row types of the `let` results so far (the checker and completion read them).
    public private(set) var bindingTypes: [String: RowType] = [:]
    var bindingFrames: [String: Frame] = [:]
    /// The store generation each `let` result was computed on, and the line of its `let`: a
    /// result holding rows is stale once the data is another version.
    var bindingGenerations: [String: UInt64] = [:]
    var bindingLines: [String: Int] = [:]
    /// `.output FILE`: every result goes there until `.output` alone.
    private var outputFile: OutputFile?
    /// `.once FILE`: the next result only.
    private var onceFile: OutputFile?
    /// The scripts being run by `.read`, outermost first, to catch a script that reads itself.
    private var readStack: [(path: String, name: String)] = []
    /// Set when a script run by `.read` has already reported its error, so the `.read`
    /// statements around it stop without adding one message per level.
    private var failureReported = false

    /// `safe` is for `pilar --safe`: the data given on the command line is already loaded,
    /// and nothing run in the session may load, read or write another file.
    public init(store: Store, format: OutputFormat = .table, parameters: [String: Value] = [:], safe: Bool = false,
                stamps: FolderStamps? = nil) {
        self.store = store
        self.diskStamps = stamps
        self.savedGeneration = store.generation
        self.format = format
        self.parameters = parameters
        self.safeMode = SafeMode(isOn: safe)
    }

    // A shell that ends with `.output page.html` still leaves a whole page.
    deinit {
        try? finishOutput()
    }

    /// True once safe mode is on (it never goes off again).
    public var isSafe: Bool { safeMode.isOn }

    /// Turns safe mode on for the rest of the session (`.safe on` does this too). A redirection
    /// opened before stays no longer: results return to the screen.
    public func enterSafeMode() {
        safeMode.turnOn()
        try? finishOutput()
        outputFile = nil
        onceFile = nil
    }

    /// The names bound by `let` so far (for completion).
    public var bindingNames: [String] { bindingTypes.keys.sorted() }

    /// Where results go now: a file path, or nil for the screen.
    public var outputDestination: String? { (onceFile ?? outputFile)?.path }

    /// Parses and checks the whole script, then runs it statement by statement, stopping at
    /// the first error. Returns false when there was an error.
    @discardableResult
    public func run(_ source: SourceFile, interrupt: InterruptFlag? = nil, emit: (SessionEvent) -> Void) -> Bool {
        if let invalid = Diagnostic.invalidUTF8(in: source) {
            emit(.error(invalid))
            return false
        }
        if readStack.isEmpty { declaredParameters = [:] }
        let script: Script
        do {
            script = try Parser.parse(source)
        } catch {
            emit(.error(error))
            return false
        }
        return run(script, interrupt: interrupt, emit: emit)
    }

    private func run(_ script: Script, interrupt: InterruptFlag?, emit: (SessionEvent) -> Void) -> Bool {
        var planned: [PlannedStatement] = []
        var checkedUpTo = 0
        var index = 0
        while index < script.statements.count {
            if index >= checkedUpTo {
                // Check ahead up to (and including) the next command that reshapes the data or
                // the bindings (`.load`, `.read`, `.addcolumn`, …): what follows depends on it.
                var checker = Checker(store: store, source: script.source, parameters: parameters, bindings: bindingTypes,
                                      staleBindings: staleBindings, bindingLines: bindingLines, bindingFrames: bindingFrames,
                                      interrupt: interrupt)
                checker.parameterSettings = parameterSettings
                checker.declaredParameters = declaredParameters
                do {
                    planned.removeAll()
                    var end = index
                    while end < script.statements.count {
                        let statement = script.statements[end]
                        let plan = try checker.check(statement)
                        planned.append(plan)
                        end += 1
                        if case .dotCommand(let name, _) = statement.kind, Session.command(named: name)?.spec.reshapes == true { break }
                        // Literals are checked against a fixed list's codes (`pillar == "mob"`):
                        // after an edit of the list, what follows is checked on the new codes.
                        if let edited = plan.editedEntity, store.catalog.isFixedList(edited) { break }
                        if plan.editedEntity != nil { checker.editPending = true }
                    }
                    checkedUpTo = end
                    for warning in checker.warnings.drain() { emit(.warning(warning)) }
                } catch where checker.editPending && error.stage == .checker && error.text.is(ReshapeMessage.pivotAfterEdit) {
                    // A pivot finds its columns in the data: it is checked once the edit has run.
                    checkedUpTo = index + planned.count
                    for warning in checker.warnings.drain() { emit(.warning(warning)) }
                } catch {
                    for warning in checker.warnings.drain() { emit(.warning(warning)) }
                    emit(.error(error))
                    return false
                }
            }
            let statement = planned[planned.count - (checkedUpTo - index)]
            let started = ContinuousClock.now
            do {
                let keepGoing = try execute(statement, source: script.source, interrupt: interrupt, emit: emit)
                if timerEnabled, statement.isQuery {
                    emit(note(SessionNoteMessage.runTime, ["duration": .text(formatDuration(ContinuousClock.now - started))]))
                }
                if !keepGoing { return true }
            } catch {
                if failureReported {
                    failureReported = false
                } else {
                    emit(.error(error))
                }
                return false
            }
            index += 1
        }
        return true
    }

    /// Runs one checked statement; false means stop (`.quit`).
    func execute(_ statement: PlannedStatement, source: SourceFile, interrupt: InterruptFlag?,
                         emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        var executor = Executor(store: store, source: source, bindings: bindingFrames, interrupt: interrupt)
        executor.locale = display.locale
        switch statement {
        case .query(let plan, let span):
            let frame = try executor.run(plan)
            let result = ResultBuilder(store: store, language: language).build(frame)
            try deliver(result, span: span, source: source, emit: emit)
        case .chart(let plan, let spec, let span):
            var result = ResultBuilder(store: store, language: language).build(try executor.run(plan))
            result.chart = spec
            try deliver(result, span: span, source: source, emit: emit)
        case .let(let name, let plan, let line):
            bindingFrames[name] = try executor.run(plan)
            bindingTypes[name] = plan.rowType
            bindingGenerations[name] = store.generation
            bindingLines[name] = line
        case .print(let expression):
            let value = try executor.evaluate(expression, .outsideAnyRow)
            let line = (value.isNull ? "null" : ValueOrder(store: store).text(value)) + "\n"
            try deliverText(line, span: .empty, source: source, emit: emit)
        case .insert(let insert):
            try apply(insert, executor: executor, source: source, emit: emit)
        case .edit(let edit):
            try apply(edit, executor: executor, source: source, emit: emit)
        case .check(let rules, let span):
            try runCheck(rules, span: span, source: source, emit: emit)
        case .dotCommand(let name, let arguments, let span):
            return try dotCommand(name, arguments, span: span, source: source, interrupt: interrupt, emit: emit)
        case .param(let name, let value, let line):
            parameters[name] = value
            declaredParameters[name] = line
        case .printText(let pieces):
            try deliverText(try interpolate(pieces, executor) + "\n", span: .empty, source: source, emit: emit)
        case .forEach(let loop):
            return try runLoop(loop, executor, source: source, interrupt: interrupt, emit: emit)
        case .ifBlock(let block):
            let condition = try executor.evaluate(block.condition, .outsideAnyRow)
            let chosen = if case .bool(true) = condition { block.then } else { block.otherwise }
            return try runBlock(chosen, loops: block.loops, source: source, interrupt: interrupt, emit: emit)
        case .export(let export):
            try runExport(export, executor, source: source, emit: emit)
        }
        return true
    }

    // MARK: - Output

    func deliver(_ result: ResultSet, span: Span, source: SourceFile, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        guard outputDestination != nil else {
            emit(.result(result, format))
            return
        }
        try write(.result(result, format), span: span, source: source)
    }

    func deliverText(_ text: String, span: Span, source: SourceFile, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        guard outputDestination != nil else {
            emit(.text(text))
            return
        }
        try write(.text(text), span: span, source: source)
    }

    /// Writes an event to the redirection through its document writer; `.once` ends its
    /// document at once (an html page holding that one result).
    private func write(_ event: SessionEvent, span: Span, source: SourceFile) throws(Diagnostic) {
        guard let file = onceFile ?? outputFile else { return }
        let once = onceFile != nil
        if once { onceFile = nil }
        var bytes = file.document.bytes(of: event, options: renderOptions) ?? []
        if once { bytes += file.document.finishBytes() }
        try write(bytes, to: file, span: span, source: source)
    }

    /// Ends the document of `.output FILE` (writes a pending html page); the CLI calls it when
    /// a script ends, `.output` when the redirection changes.
    public func finishOutput() throws(Diagnostic) {
        guard let file = outputFile else { return }
        let bytes = file.document.finishBytes()
        try write(bytes, to: file, span: .empty, source: SourceFile(name: "<output>", text: ""), rewriting: file.document.isWorkbook)
    }

    private func write(_ bytes: [UInt8], to file: OutputFile, span: Span, source: SourceFile, rewriting: Bool = false) throws(Diagnostic) {
        guard !bytes.isEmpty else { return }
        do {
            if rewriting { try file.rewrite(bytes) } else { try file.write(bytes: bytes) }
        } catch {
            throw Diagnostic(.runtime, SessionMessage.cannotWrite, ["path": .text(file.path), "reason": .message(error.reason)],
                             source: source, span: span)
        }
    }

    /// Opens (and empties, when a regular file) the file for `.output`/`.once`, so a bad
    /// path is reported at once.
    private func openOutput(_ path: String, span: Span, source: SourceFile) throws(Diagnostic) -> OutputFile {
        do {
            return try OutputFile(path: path)
        } catch {
            throw Diagnostic(.runtime, SessionMessage.cannotWrite, ["path": .text(path), "reason": .message(error.reason)],
                             source: source, span: span, hint: error.hint)
        }
    }

    // MARK: - Dot-commands

    /// Runs the registry's command `name` (already checked by the checker).
    private func dotCommand(_ name: String, _ arguments: [String], span: Span, source: SourceFile,
                            interrupt: InterruptFlag?, emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        guard let command = Session.command(named: name) else { return true }
        return try command.run(self, CommandCall(arguments: arguments, span: span, source: source, interrupt: interrupt), emit)
    }

    func runFormat(_ call: CommandCall) -> Bool {
        if Session.isExcelCSV(call.arguments[0]) {
            format = .csv
            display.excelCSV = true
            return true
        }
        format = OutputFormat(name: call.arguments[0]) ?? format
        display.excelCSV = false
        return true
    }

    func runTimer(_ call: CommandCall) -> Bool {
        timerEnabled = call.arguments[0] == "on"
        return true
    }

    func runSchema(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        let text = SchemaText(store: store, language: language).describe(call.arguments.first.flatMap(store.catalog.entity(named:)))
        try deliverText(text, span: call.span, source: call.origin, emit: emit)
        return true
    }

    func runAbout(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        try deliverText(AboutText.text(for: store, safe: isSafe, unsaved: hasUnsavedChanges ? unsavedChangesMessage : nil, in: language),
                        span: call.span, source: call.origin, emit: emit)
        return true
    }

    func runSafe(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        if call.arguments[0] == "off" {
            guard !isSafe else {
                throw Diagnostic(.runtime, SessionMessage.safeModeCannotBeOff, source: call.source, span: call.span, hint: SafeMode.hint)
            }
        } else if !isSafe {
            let redirected = outputDestination != nil
            enterSafeMode()
            emit(note(redirected ? SessionNoteMessage.safeModeOnRedirected : .safeModeOn))
        }
        return true
    }

    func runOutput(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        // `.output` alone only returns to the screen, which safe mode allows.
        if !call.arguments.isEmpty { try safeMode.require(.writeFile, for: ".output", at: call.span, in: call.source) }
        // The old destination is finished and closed first: `.output f` again must not wait on itself.
        try finishOutput()
        outputFile = nil
        if let path = call.arguments.first {
            outputFile = try openOutput(path, span: call.span, source: call.origin)
            emit(note(SessionNoteMessage.outputGoesTo, ["path": .text(path)]))
        }
        return true
    }

    func runOnce(_ call: CommandCall) throws(Diagnostic) -> Bool {
        try safeMode.require(.writeFile, for: ".once", at: call.span, in: call.source)
        onceFile = nil
        onceFile = try openOutput(call.arguments[0], span: call.span, source: call.origin)
        return true
    }

    /// `.demo` and `.load demo`: the embedded demo is no file, so safe mode allows it.
    func runDemo(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        try refuseToDropUnsavedChanges(call, command: ".demo")
        replaceData(with: DemoMasterplan.load(), stamps: nil, emit)
        return true
    }

    /// Unsaved changes are never dropped silently: the first `.load` or `.demo` over them is
    /// refused with a warning, and the same command again (with nothing changed in between)
    /// goes ahead, as a second `.quit` does.
    private func refuseToDropUnsavedChanges(_ call: CommandCall, command: String) throws(Diagnostic) {
        guard hasUnsavedChanges, discardWarnedAt?.generation != store.generation || discardWarnedAt?.command != command
        else { return }
        discardWarnedAt = (store.generation, command)
        throw Diagnostic(.runtime, SessionMessage.changesWouldBeLost, ["changes": .message(unsavedChangesMessage)],
                         source: call.source, span: call.span,
                         hint: Message(SessionMessage.saveOrRepeat, ["command": .text(command)]))
    }

    /// New data: earlier `let` results point at rows of the old data, so they go.
    private func replaceData(with loaded: Store, stamps: FolderStamps?, _ emit: (SessionEvent) -> Void) {
        store = loaded
        diskStamps = stamps
        // Earlier `let` results point at rows of the old data; edits of it cannot be undone.
        history = EditHistory()
        // As loaded is as saved, but nothing was saved yet: `.changes` says "since the load".
        savedGeneration = store.generation
        bindingTypes.removeAll()
        bindingFrames.removeAll()
        bindingGenerations.removeAll()
        bindingLines.removeAll()
        emit(note(SessionNoteMessage.loaded, ["title": .text(store.title), "counts": .message(store.summaryMessage)]))
    }

    func runLoad(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        // `demo` names the embedded demo (a folder called demo is ./demo).
        if call.arguments[0] == "demo" { return try runDemo(call, emit) }
        // Before the path is resolved: even whether a file exists is outside the data.
        try safeMode.require(.loadData, for: ".load", at: call.span, in: call.source)
        let path = resolve(call.arguments[0], relativeTo: call.origin)
        // A mistyped folder is reported as such, not as a reason to warn about the changes.
        if FileManager.default.fileExists(atPath: path) {
            try refuseToDropUnsavedChanges(call, command: ".load")
        }
        do {
            let (loaded, stamps) = try MasterplanFiles.load(path)
            replaceData(with: loaded, stamps: stamps, emit)
        } catch {
            emit(.errors(error))
            throw Diagnostic(.loader, SessionMessage.couldNotLoad, ["path": .text(call.arguments[0])], source: call.source, span: call.span)
        }
        return true
    }

    func runSave(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        try safeMode.require(.writeFile, for: ".save", at: call.span, in: call.source)
        let force = call.arguments.contains("--force")
        let folder: String
        if let argument = call.arguments.first(where: { $0 != "--force" }) {
            folder = resolve(argument, relativeTo: call.origin)
        } else if let origin = store.origin {
            folder = origin
        } else {
            // The embedded demo has no file to overwrite, and an empty store has no folder.
            throw Diagnostic(.runtime, SessionMessage.notLoadedFromFolder,
                             ["what": .message(Message(store.isDemo ? SessionMessage.theDemoData : SessionMessage.thisMasterplan))],
                             source: call.source, span: call.span, hint: Message(SessionMessage.giveFolderToSave))
        }
        if WorkbookLoader.isWorkbook(folder) {
            do {
                let sheets = try WorkbookSaver.save(store, to: folder, force: force)
                diskStamps = nil
                store.origin = folder
                store.isDemo = false
                markSaved()
                emit(note(ExcelMessage.saved, ["count": .number(sheets), "path": .text(folder)]))
            } catch {
                throw Diagnostic(.runtime, error.text, source: call.source, span: call.span, hint: error.hintText)
            }
            return true
        }
        do {
            let outcome = try MasterplanSaver.save(store, to: folder, stamps: diskStamps, force: force)
            diskStamps = outcome.stamps
            store.origin = folder
            store.isDemo = false
            markSaved()
            emit(note(SessionNoteMessage.saved, ["count": .number(outcome.files), "folder": .text(folder)]))
        } catch {
            throw Diagnostic(.runtime, error.text, source: call.source, span: call.span, hint: error.hintText)
        }
        return true
    }

    func runDump(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        let text = DumpScript.text(of: store)
        guard let path = call.arguments.first else {
            // To the screen (or the current .output): safe mode allows it.
            try deliverText(text, span: call.span, source: call.origin, emit: emit)
            return true
        }
        try safeMode.require(.writeFile, for: ".dump", at: call.span, in: call.source)
        let file = try openOutput(path, span: call.span, source: call.origin)
        do {
            try file.write(text)
        } catch {
            throw Diagnostic(.runtime, SessionMessage.cannotWrite, ["path": .text(path), "reason": .message(error.reason)],
                             source: call.source, span: call.span)
        }
        emit(note(SessionNoteMessage.dumped, ["counts": .message(store.summaryMessage), "path": .text(path)]))
        return true
    }

    func runRead(_ call: CommandCall, _ emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        try safeMode.require(.readFile, for: ".read", at: call.span, in: call.source)
        let source = call.origin
        let arguments = call.arguments
        let span = call.span
        let path = resolve(arguments[0], relativeTo: source)
        let identity = (path as NSString).resolvingSymlinksInPath
        // The outermost script, when it is a file, is on the chain too: `a.pilar` reading
        // `b.pilar` reading `a.pilar` is caught before `a.pilar` runs a second time.
        var outermost: (path: String, name: String)?
        if readStack.isEmpty, FileManager.default.fileExists(atPath: source.name) {
            outermost = ((source.name as NSString).resolvingSymlinksInPath, (source.name as NSString).lastPathComponent)
            readStack.append(outermost!)
        }
        defer { if outermost != nil { readStack.removeFirst() } }
        if let first = readStack.firstIndex(where: { $0.path == identity }) {
            let chain = (readStack[first...].map(\.name) + [arguments[0]]).joined(separator: " → ")
            throw Diagnostic(.runtime, SessionMessage.scriptReadsItself, ["chain": .text(chain)], source: source, span: span)
        }
        guard readStack.count < 16 else {
            throw Diagnostic(.runtime, SessionMessage.readNestedTooDeep, ["limit": .number(16)], source: source, span: span)
        }
        let bytes: [UInt8]
        switch ScriptFile.read(path) {
        case .success(let read):
            bytes = read
        case .failure(let failure):
            throw Diagnostic(.runtime, SessionMessage.cannotRead, ["path": .text(arguments[0]), "reason": .message(failure.text)],
                             source: source, span: span)
        }
        readStack.append((identity, arguments[0]))
        defer { readStack.removeLast() }
        var stopped = false
        // Named by its resolved path, so a `.read` inside it resolves against its own folder.
        let succeeded = run(SourceFile(name: path, bytes: bytes), interrupt: call.interrupt) { event in
            if case .quit = event { stopped = true }
            emit(event)
        }
        if !succeeded {
            // The script's own error was shown; one message per nesting level adds nothing.
            failureReported = true
            throw Diagnostic(.runtime, SessionMessage.scriptStopped, ["path": .text(arguments[0])], source: source, span: span)
        }
        return !stopped
    }

    /// A relative path in a script file means relative to the script's folder when that file
    /// exists there (so reports find their data wherever they are run from), else to the
    /// working directory.
    private func resolve(_ path: String, relativeTo source: SourceFile) -> String {
        if path.hasPrefix("/") || path.hasPrefix("~") { return (path as NSString).expandingTildeInPath }
        let folder = (source.name as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !source.name.hasPrefix("<") else { return path }
        let candidate = (folder as NSString).appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: candidate) ? candidate : path
    }

    /// A note in the session's language, as a line.
    func note<Key: MessageKey>(_ key: Key, _ arguments: [String: MessageArgument] = [:]) -> SessionEvent {
        .note(Message(key, arguments).text(in: language) + "\n")
    }

    private func formatDuration(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.3f s", seconds)
    }
}
