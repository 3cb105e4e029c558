/// Where the statement history is kept between sessions.
public enum HistoryLocation {
    /// The history file for `environment`: `$PILAR_HISTORY` when set (tests and users who want
    /// their own), else `$XDG_STATE_HOME/pilar/history`, else `~/.local/state/pilar/history`;
    /// nil when there is no home to put it in. Relative XDG paths are ignored, as the XDG base
    /// directory specification requires.
    public static func resolve(environment: [String: String]) -> String? {
        if let explicit = environment["PILAR_HISTORY"], !explicit.isEmpty {
            return explicit
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return join(state, "pilar/history")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return join(home, ".local/state/pilar/history")
        }
        return nil
    }

    /// The folder that must exist before the file can be written.
    static func directory(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func join(_ base: String, _ rest: String) -> String {
        base.hasSuffix("/") ? base + rest : base + "/" + rest
    }
}

/// Formats the history for `.history`: one numbered entry per statement, the later lines of a
/// multi-line statement indented under its first.
enum HistoryListing {
    static func format(_ entries: [String]) -> String {
        let width = String(entries.count).count
        var out = ""
        for (index, entry) in entries.enumerated() {
            let number = String(index + 1)
            let gutter = String(repeating: " ", count: width - number.count) + number + "  "
            let continuation = String(repeating: " ", count: gutter.count)
            let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
            out += gutter + lines[0] + "\n"
            for line in lines.dropFirst() {
                out += continuation + line + "\n"
            }
        }
        return out
    }
}
