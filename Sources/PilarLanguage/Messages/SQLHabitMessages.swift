import PilarCore

/// Messages for what people write out of SQL habit (`order by`, `count(*)`, …). The pilar to
/// write instead is an argument (`{code}`), never translated; the words around it are.
public enum SQLHabitMessage: String, MessageKey {
    case write
    case sortNotOrderBy, takeNotLimit, summarizeNotGroupBy, sortWithoutBy
    case selectStarNotNeeded, leaveOutSelectStar
    case countStar, listInSquareBrackets, noCaseWhen
    case lineStartsWithWord, endLineBeforeWith
    case compareWith

    public static let area = "sqlHabit"

    public var english: String {
        switch self {
        case .write: "write: {code}"
        case .sortNotOrderBy: "pilar sorts with 'sort', not 'order by'"
        case .takeNotLimit: "pilar takes the first rows with 'take', not 'limit'"
        case .summarizeNotGroupBy: "pilar groups with 'summarize … by …', not 'group by'"
        case .sortWithoutBy: "'sort' takes its keys directly, without 'by'"
        case .selectStarNotNeeded: "'select *' is not needed: rows keep all their fields until a select"
        case .leaveOutSelectStar: "leave out '| select *'; to add a column write: extend name = …"
        case .countStar: "count(*) is written count()"
        case .listInSquareBrackets: "a list is written in square brackets"
        case .noCaseWhen: "pilar has no 'case when'; choose with if(condition, then, else)"
        case .lineStartsWithWord: "a line cannot start with '{word}': the line before ended the statement"
        case .endLineBeforeWith: "end the line before with '{word}' to go on with it"
        case .compareWith: "compare with '==': {code}"
        }
    }
}
