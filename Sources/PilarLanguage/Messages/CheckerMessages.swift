import PilarCore

/// Messages of the checker about names, expressions, operators, pipelines, `check` and
/// dot-commands. Edits have `CheckerEditMessage`, the reshaping stages `ReshapeMessage`.
/// Type names (int, text, enum names), entity names and code are passed as `.text`.
public enum CheckerMessage: String, MessageKey {
    // Sources and `let`
    case sourceRedefined, chooseAnotherName
    case expectedSource
    case unknownSource, sourcesArePlural, sourcesAre, sourcesAndLets
    // Stages
    case whereNeedsCondition, compareIt
    case editMustBeLast
    case duplicateColumn, nameTheColumn
    case needsWholeNumber, needsCountZeroOrMore
    // Dot-commands and parameters
    case unknownCommand, commandsAre
    case parameterNotSet, setParameter
    // Values and collections
    case notScalarCollection, entityRows, rows, aggregateWithCount
    case notScalar, aggregateWithSumOrCount
    case cannotNegate, notNeedsCondition
    case listMixesTypes
    case notRowsToPipe, pipeARelation
    case readPerRowInSummarize, aggregateOrGroup
    // Unknown names
    case unknownColumn, unknownField, columnsAre
    case writeOuter, outerOutsidePipeline, outerInsidePipeline
    case isAFunction, available, entityHas
    case hasNoFields, onlyRelationsFollow
    case cannotFollowFiltered, followThenFilter
    case listHasNoField
    // outer
    case outerHasNoRow, outerExample
    case outerTooDeep, eachOuterOneOut
    case outerIsCollection, followOuterReference
    // Operators and comparisons
    case needsConditionsOnBothSides
    case worksOnText, convertWithText
    case needsNumbers, joinTexts
    case nullComparison, writeIsNull
    case inNeedsList
    case cannotCompare, numbersWithoutQuotes, textComparesWithText
    case notADomainValue, didYouMeanQuoted, isOneOf
    // Codes
    case noRowWithCode, listTheCodes
    // check
    case unknownCheckRule, rulesAre
    case checkIsNotASource, checkIsAStatement
    // Joins
    case bothNames

    public static let area = "checker"

    public var english: String {
        switch self {
        case .sourceRedefined: "'{name}' is a source and cannot be redefined"
        case .chooseAnotherName: "choose another name, e.g. let my_{name} = …"
        case .expectedSource: "expected a source"
        case .unknownSource: "unknown source '{name}'"
        case .sourcesArePlural: "sources are plural: {plural}"
        case .sourcesAre: "sources are {sources}"
        case .sourcesAndLets: "sources are {sources} and {lets}"
        case .whereNeedsCondition: "where needs a condition that is true or false, not {type}"
        case .compareIt: "compare it: where {expression} == …"
        case .editMustBeLast: "'{stage}' must be the last stage"
        case .duplicateColumn: "duplicate column name '{name}'"
        case .nameTheColumn: "name the column: other_name = {expression}"
        case .needsWholeNumber: "{stage} needs a whole number"
        case .needsCountZeroOrMore: "{stage} needs a count of zero or more, not {number}"
        case .unknownCommand: "unknown command '.{name}'"
        case .commandsAre: "commands: {commands}"
        case .parameterNotSet: "parameter '${name}' is not set"
        case .setParameter: "set it on the command line: --set {name}=…"
        case .notScalarCollection: "'{expression}' is a collection of {rows}, not a single value"
        case .entityRows: "{entity} rows"
        case .rows: "rows"
        case .aggregateWithCount: "aggregate it, e.g. count({expression})"
        case .notScalar: "'{expression}' is a {type}, not a single value"
        case .aggregateWithSumOrCount: "aggregate it, e.g. sum({expression}) or count({expression})"
        case .cannotNegate: "cannot negate {type}"
        case .notNeedsCondition: "'not' needs a condition, not {type}"
        case .listMixesTypes: "a list cannot mix {first} and {second}"
        case .notRowsToPipe: "'{expression}' is a {type}, not rows to pipe into stages"
        case .pipeARelation: "pipe a relation or a source, e.g. count(programmes | where horizon == \"quick-win\")"
        case .readPerRowInSummarize: "'{name}' is read per row, but summarize computes one value per group"
        case .aggregateOrGroup: "aggregate it (sum({name}), count_distinct({name}), …) or put it after 'by'"
        case .unknownColumn: "unknown column '{name}'"
        case .unknownField: "unknown field '{name}' of {entity}"
        case .columnsAre: "columns are {columns}"
        case .writeOuter: "write outer.{name} to use the outer row's {name}"
        case .outerOutsidePipeline: "outer.NAME reads the row a nested pipeline is computed for, inside one"
        case .outerInsidePipeline: "outer names the row around this pipeline: write outer.FIELD"
        case .isAFunction: "{name} is a function: call it as {name}(…)"
        case .available: "available: {names}"
        case .entityHas: "{entity} has {members}"
        case .hasNoFields: "'{expression}' is a {type} and has no fields"
        case .onlyRelationsFollow: "only relations (opd, pillar, programme, indicator) can be followed with '.'"
        case .cannotFollowFiltered: "cannot follow '{name}' from a filtered collection"
        case .followThenFilter: "follow the relation first, then filter: ({expression}.{name} | where …)"
        case .listHasNoField: "a list of {type} has no field '{name}'"
        case .outerHasNoRow: "'outer' has no row here: it names the row a nested pipeline is computed for"
        case .outerExample: "e.g. measurements | extend prev = max((indicator.measurements | where year == outer.year - 1).actual)"
        case .outerTooDeep: "there {count|is|are} {count} {count|pipeline|pipelines} around this one, not {level}"
        case .eachOuterOneOut: "each outer. goes one pipeline out"
        case .outerIsCollection: "outer.{name} is a collection; outer reads the fields and columns of the outer row"
        case .followOuterReference: "follow a reference of the outer row instead, e.g. outer.indicator.measurements"
        case .needsConditionsOnBothSides: "'{operator}' needs conditions on both sides; this is {type}"
        case .worksOnText: "'{operator}' works on text, not {type}"
        case .convertWithText: "convert it with text(…)"
        case .needsNumbers: "'{operator}' needs numbers, but '{expression}' is {type}"
        case .joinTexts: "join texts with + only when both sides are text"
        case .nullComparison: "comparing with null is never true"
        case .writeIsNull: "write {expression} is {not}null"
        case .inNeedsList: "'in' needs a list, e.g. [\"quick-win\", \"short\"]"
        case .cannotCompare: "cannot compare {left} with {right}"
        case .numbersWithoutQuotes: "numbers are written without quotes: {example}"
        case .textComparesWithText: "a text compares with a text in quotes, a number with a number field"
        case .notADomainValue: "\"{value}\" is not a {what}"
        case .didYouMeanQuoted: "did you mean \"{value}\"?"
        case .isOneOf: "{what} is one of {values}"
        case .noRowWithCode: "no {entity} has code \"{code}\""
        case .listTheCodes: "list the codes with: {source} | select code"
        case .unknownCheckRule: "unknown check rule '{name}'"
        case .rulesAre: "rules are {rules}"
        case .checkIsNotASource: "'check' is a statement, not a source: its problems cannot go on into a pipeline"
        case .checkIsAStatement: "run it alone: check, or check RULE (.help check lists the rules); --format csv gives its rows to a script"
        case .bothNames: "{first} and {second}"
        }
    }
}

extension Message {

    /// `'a' and 'b' and 'c'` in the language shown.
    static func joinedWithAnd(_ items: [String]) -> MessageArgument {
        guard let last = items.last else { return .text("") }
        guard items.count > 1 else { return .text(last) }
        return .message(Message(CheckerMessage.bothNames, ["first": joinedWithAnd(Array(items.dropLast())), "second": .text(last)]))
    }
}
