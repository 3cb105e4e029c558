import Foundation

/// How a session behaves; `REPLOptions.standard()` reads the usual environment variables,
/// and the CLI may override single fields (a `--no-color` flag, say).
public struct REPLOptions: Sendable, Hashable {
    /// Where history is read from and saved to; nil keeps history for this session only.
    public var historyFile: String?
    /// How many statements the history keeps; older ones are dropped.
    public var historyLimit: Int
    /// Colour for the prompt, table headers, nulls and errors.
    public var color: Bool
    /// The shell command that pages long output (run with `/bin/sh -c`); nil never pages.
    public var pager: String?

    public init(historyFile: String?, historyLimit: Int = 1000, color: Bool, pager: String?) {
        self.historyFile = historyFile
        self.historyLimit = historyLimit
        self.color = color
        self.pager = pager
    }

    /// Options from the environment: history location (`PILAR_HISTORY`, `XDG_STATE_HOME`,
    /// `HOME`), colour (`NO_COLOR`, `TERM`, whether standard output is a terminal) and pager
    /// (`PAGER`).
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1
    ) -> REPLOptions {
        REPLOptions(
            historyFile: HistoryLocation.resolve(environment: environment),
            color: ColorPolicy.enabled(environment: environment, stdoutIsTerminal: stdoutIsTerminal),
            pager: PagerCommand.resolve(environment: environment)
        )
    }
}
