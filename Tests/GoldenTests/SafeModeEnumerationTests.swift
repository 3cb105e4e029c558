import Foundation
import Testing

/// Safe mode's inventory: every place in `Sources/` that can touch the file system or start a
/// program, each with the reason it cannot be reached from a safe session. A new call site
/// (a `.save`, an `| export`, a second history file) fails this test until it is listed here,
/// and a call in `Session.swift` must come after `safeMode.require(…)` in its dot-command's
/// `case` (directly or through the helper function it calls). The behavioural proofs are in
/// `SafeModeTests`; this test makes sure there is nothing they forgot to try.
@Suite struct SafeModeEnumerationTests {
    /// File-system and process APIs, as regular expressions over source text without comments.
    static let patterns = [
        #"\b(open|fopen|popen|freopen|creat|opendir|access|stat|lstat|mkdir|unlink|rename|realpath|readlink|dlopen|system|fork|ftruncate|mmap)\("#,
        #"\bexecv[pe]*\("#, #"\bsetenv\(|\bputenv\("#, #"\bposix_spawnp?\("#,
        #"FileManager"#, #"FileHandle"#, #"contentsOfFile"#, #"contentsOfDirectory"#, #"contents\(atPath"#,
        #"write\(to:"#, #"(Data|String)\(contentsOf"#, #"fileURLWithPath"#, #"resolvingSymlinksInPath"#,
        #"ScriptFile\.read"#, #"OutputFile\("#, #"\bProcess\("#, #"MasterplanLoader\.load(Stamped)?\(folder"#, #"MasterplanSaver\.save\("#,
        #"MasterplanFiles\.load\("#, #"WorkbookSaver\.save\("#, #"MasterplanSaver\.replaceFile\("#,
        #"\b(read_history|write_history|append_history|history_truncate_file|rl_read_init_file|el_source)\("#,
        #"HISTFILE"#,
    ]

    /// "file: pattern" → how many call sites, and why each is safe.
    static let allowed: [String: (count: Int, why: String)] = [
        // The gate: each is behind `safeMode.require` (checked below).
        "PilarLanguage/Session/Session.swift: OutputFile\\(": (1, ".output/.once, after the gate"),
        "PilarLanguage/Session/Session.swift: ScriptFile\\.read": (1, ".read, after the gate"),
        "PilarLanguage/Session/Session.swift: MasterplanFiles\\.load\\(": (1, ".load (a folder or a workbook), after the gate"),
        "PilarLanguage/Session/Session.swift: WorkbookSaver\\.save\\(": (1, ".save FILE.xlsx, after the gate"),
        "PilarExcel/MasterplanFiles.swift: MasterplanLoader\\.load(Stamped)?\\(folder": (1, "reached only through MasterplanFiles.load (--data, gated .load)"),
        "PilarExcel/Reading/WorkbookLoader.swift: FileManager": (1, "the workbook loader, reached only through MasterplanFiles.load"),
        "PilarExcel/Reading/WorkbookLoader.swift: contents\\(atPath": (1, "the workbook loader, as above"),
        "PilarExcel/Writing/WorkbookSaver.swift: FileManager": (1, "does the workbook exist: WorkbookSaver.save, only via Session.runSave, after the gate"),
        "PilarLanguage/Session/Session.swift: MasterplanSaver\\.save\\(": (1, ".save, after the gate"),
        "PilarLanguage/Session/SessionExport.swift: MasterplanSaver\\.replaceFile\\(": (1, "| export, after the gate in runExport (checked below)"),
        "PilarExcel/Writing/WorkbookSaver.swift: MasterplanSaver\\.replaceFile\\(": (1, "WorkbookSaver.save, only via Session.runSave, after the gate"),
        "PilarLanguage/Session/Session.swift: FileManager": (3, ".read's chain check, resolve() and .load's does-the-folder-exist before warning of unsaved changes, all after the gate"),
        "PilarLanguage/Session/Session.swift: resolvingSymlinksInPath": (2, ".read's chain check, after the gate"),
        // What the gated commands call.
        "PilarLanguage/Session/OutputFile.swift: \\b(open|fopen|popen|freopen|creat|opendir|access|stat|lstat|mkdir|unlink|rename|realpath|readlink|dlopen|system|fork|ftruncate|mmap)\\(":
            (2, "OutputFile is only built by Session.openOutput, behind the gate; ftruncate empties that same open file to rewrite a workbook"),
        "PilarLanguage/Session/ScriptFile.swift: \\b(open|fopen|popen|freopen|creat|opendir|access|stat|lstat|mkdir|unlink|rename|realpath|readlink|dlopen|system|fork|ftruncate|mmap)\\(":
            (2, "ScriptFile.read: called by the gated .read and for script files named on the command line"),
        "PilarStore/Loader/FolderReader.swift: FileManager": (1, "the CSV loader, reached only through MasterplanLoader.load(folder:)"),
        "PilarStore/Loader/FolderReader.swift: contentsOfDirectory": (1, "the CSV loader, as above"),
        "PilarStore/Loader/FolderReader.swift: contents\\(atPath": (1, "the CSV loader, as above"),
        "PilarStore/Loader/FolderReader.swift: fileURLWithPath": (1, "the CSV loader, as above"),
        // Saving (`.save`, behind the gate in Session.runSave) and the journal recovery the
        // loader runs in the folder it loads (finishing or undoing an interrupted save there).
        "PilarStore/Save/SaveFiles.swift: \\b(open|fopen|popen|freopen|creat|opendir|access|stat|lstat|mkdir|unlink|rename|realpath|readlink|dlopen|system|fork|ftruncate|mmap)\\(":
            (12, "open/stat/rename/unlink/mkdir/opendir for MasterplanSaver.save (only via Session.runSave, after the gate), SaveJournal.recover and the folder lock (only in the folder being loaded or saved)"),
        "PilarStore/Save/FileStamp.swift: \\b(open|fopen|popen|freopen|creat|opendir|access|stat|lstat|mkdir|unlink|rename|realpath|readlink|dlopen|system|fork|ftruncate|mmap)\\(":
            (4, "stat of the data files: stamps at load, the changed-on-disk check of .save (after the gate)"),
        // Before the session starts: what the trainer put on the command line.
        "pilar/CommonOptions.swift: MasterplanFiles\\.load\\(": (1, "--data, loaded before the session starts"),
        "pilar/Pilar.swift: ScriptFile\\.read": (1, "script files named on the command line"),
        "pilar/Pilar.swift: FileHandle": (1, "standard input (the script)"),
        "pilar/PresentCommand.swift: ScriptFile\\.read": (1, "the script named by `pilar present FILE`"),
        // The shell.
        "PilarREPL/LibeditLineReader.swift: FileManager": (1, "history folder; historyFile is nil in safe mode"),
        "PilarREPL/LibeditLineReader.swift: \\b(read_history|write_history|append_history|history_truncate_file|rl_read_init_file|el_source)\\(":
            (2, "history file; nil in safe mode (pilar --safe never sets it, enterSafeMode clears it)"),
        "PilarREPL/PathCompletion.swift: FileManager": (1, "file-name completion; CompletionRouter offers none in safe mode"),
        "PilarREPL/PathCompletion.swift: contentsOfDirectory": (1, "as above"),
        "PilarREPL/Pager.swift: \\bposix_spawnp?\\(": (2, "the pager; in safe mode only less with LESSSECURE=1 (PagerLaunch.secure)"),
        "PilarREPL/Pager.swift: \\b(open|fopen|popen|freopen|creat|opendir|access|stat|lstat|mkdir|unlink|rename|realpath|readlink|dlopen|system|fork|ftruncate|mmap)\\(":
            (1, "finds less on PATH for the secure pager"),
    ]

    static let sources = GoldenHarness.repositoryRoot.appendingPathComponent("Sources")

    /// Source lines with `//` comments removed (doc comments name APIs they do not call).
    static func code(of file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").map { line in
            guard let comment = line.range(of: "//") else { return line }
            return String(line[..<comment.lowerBound])
        }
    }

    static func swiftFiles() -> [URL] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
    }

    static func relative(_ file: URL) -> String {
        String(file.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1))
    }

    @Test func everyFileSystemCallSiteIsListed() throws {
        var found: [String: Int] = [:]
        let files = Self.swiftFiles()
        #expect(files.count > 50, "the scan found too few sources to be looking in the right place")
        for file in files {
            let text = try Self.code(of: file).joined(separator: "\n")
            for pattern in Self.patterns {
                let matches = text.matches(of: try Regex(pattern)).count
                if matches > 0 { found["\(Self.relative(file)): \(pattern)"] = matches }
            }
        }
        for (site, count) in found.sorted(by: { $0.key < $1.key }) {
            let listed = Self.allowed[site]
            #expect(listed != nil, "not on the safe-mode list: \(site) (\(count)×). Gate it with SafeMode.require and list it here with why it is safe.")
            if let listed {
                #expect(listed.count == count, "\(site): \(count) call sites, the list has \(listed.count); check the new one is gated")
            }
        }
        for site in Self.allowed.keys where found[site] == nil {
            Issue.record("listed but gone (remove it from the list): \(site)")
        }
    }

    /// Every file-touching call in the session comes after the gate within its dot-command.
    @Test func sessionCallsComeAfterTheGate() throws {
        let file = Self.sources.appendingPathComponent("PilarLanguage/Session/Session.swift")
        let lines = try Self.code(of: file)
        let touching = try Regex(#"OutputFile\(|ScriptFile\.read|MasterplanLoader\.load(Stamped)?\(|MasterplanSaver\.save\(|MasterplanFiles\.load\(|WorkbookSaver\.save\(|FileManager|resolvingSymlinksInPath"#)
        var checked = 0
        for (index, line) in lines.enumerated() where line.contains(touching) {
            checked += 1
            #expect(try Self.isGated(index, in: lines, depth: 0), "Session.swift:\(index + 1) touches files before safeMode.require: \(line)")
        }
        #expect(checked == 10)
    }

    /// `| export` writes its file in its own file of the session, after the gate there.
    @Test func exportWritesAfterTheGate() throws {
        let file = Self.sources.appendingPathComponent("PilarLanguage/Session/SessionExport.swift")
        let lines = try Self.code(of: file)
        let touching = try Regex(#"MasterplanSaver\.replaceFile\(|FileManager"#)
        var checked = 0
        for (index, line) in lines.enumerated() where line.contains(touching) {
            checked += 1
            #expect(try Self.isGated(index, in: lines, depth: 0), "SessionExport.swift:\(index + 1) touches files before safeMode.require: \(line)")
        }
        #expect(checked >= 1)
    }

    /// Walks up from `index` to the start of its `case "…":`: gated when `safeMode.require(`
    /// comes first. Inside a helper function, every call of the helper must be gated.
    static func isGated(_ index: Int, in lines: [String], depth: Int) throws -> Bool {
        guard depth < 4 else { return false }
        let caseStart = try Regex(#"^\s*case "[a-z]+""#)
        let function = try Regex(#"func ([A-Za-z]+)\("#)
        var line = index
        while line > 0 {
            line -= 1
            if lines[line].contains("safeMode.require(") { return true }
            if lines[line].contains(caseStart) { return false }
            if let match = lines[line].firstMatch(of: function), let name = match.output[1].substring {
                let callers = lines.indices.filter { $0 != line && lines[$0].contains("\(name)(") }
                return try !callers.isEmpty && callers.allSatisfy { try isGated($0, in: lines, depth: depth + 1) }
            }
        }
        return false
    }
}
