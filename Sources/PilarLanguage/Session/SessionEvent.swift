import PilarCore
import PilarRender

/// What running a script produces, in order, for the host (CLI or REPL) to show.
public enum SessionEvent: Sendable {
    /// A query result for the screen, in the session's current format.
    case result(ResultSet, OutputFormat)
    /// Text for the screen: `print` lines, `.schema`, `.about`. Ends with a newline.
    case text(String)
    /// Information about the session itself (timer, where output goes); not part of results.
    case note(String)
    /// A problem that did not stop the statement (shown before its result).
    case warning(Diagnostic)
    /// An error; the script stopped.
    case error(Diagnostic)
    /// Several errors found together (loading data).
    case errors(DiagnosticList)
    /// `.quit` or `.exit`: the host should stop.
    case quit
}
