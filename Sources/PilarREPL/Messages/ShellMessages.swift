import PilarCore

/// Messages of the interactive shell: its banner, notices, its own dot-commands and the
/// wording of `.help` around the topics.
public enum ShellMessage: String, MessageKey {
    // Banner
    case demoDataNote, bannerSafeMode, bannerTryQuery, bannerKeys
    // Notices
    case unsavedChanges
    case refineNothingYet, refineNotAQuery
    // Dot-commands
    case unknownCommand, listCommandsHint
    case noHelpTopic, listTopicsHint
    case pagerState, pagerOn, pagerOff, pagerSecure, noPager, noPagerHint
    case pagerUsage, noArgumentsUsage, expectedCommandName
    case helpSummary, historySummary, clearSummary, pagerSummary, quitSummary
    // Help pages
    case topicsHeading, examplesHeading, exampleHeading, rulesHeading
    case commandsSummary

    public static let area = "shell"

    public var english: String {
        switch self {
        case .demoDataNote: " (illustrative demo data, not official)"
        case .bannerSafeMode: "Safe mode: files cannot be read or written, nor other data loaded; history stays in memory."
        case .bannerTryQuery: "Type a query such as  {query}"
        case .bannerKeys: "TAB completes, .help shows help, .quit or Ctrl-D leaves."
        case .unsavedChanges: "{count} unsaved {count|change|changes}; .save to keep them, .quit again to discard"
        case .refineNothingYet: "a line starting with '|' refines the last query, and there is none yet: start with a source, e.g. {example}"
        case .refineNotAQuery: "a line starting with '|' refines the last query, and the last statement was not one: start with a source, e.g. {example}"
        case .unknownCommand: "unknown command '.{name}'"
        case .listCommandsHint: "type .help to list the commands"
        case .noHelpTopic: "no help on '{topic}'"
        case .listTopicsHint: "type .help to list the topics"
        case .pagerState: "pager is {state}"
        case .pagerOn: "on ({command})"
        case .pagerOff: "off"
        case .pagerSecure: "{command}, in its secure mode"
        case .noPager: "no pager to turn on"
        case .noPagerHint: "set $PAGER, e.g. PAGER='less -FRSX'"
        case .pagerUsage: "usage: .pager on|off"
        case .noArgumentsUsage: "usage: {command} (it takes no arguments)"
        case .expectedCommandName: "expected a command name after '.'; type .help to list them"
        case .helpSummary: "this help, or one topic"
        case .historySummary: "the statements typed so far, numbered"
        case .clearSummary: "clear the screen"
        case .pagerSummary: "page long results through $PAGER (default less)"
        case .quitSummary: "leave (so does Ctrl-D)"
        case .topicsHeading: "Topics — type .help TOPIC:"
        case .examplesHeading: "Examples:"
        case .exampleHeading: "Example:"
        case .rulesHeading: "Rules:"
        case .commandsSummary: "the dot-commands of the shell"
        }
    }
}
