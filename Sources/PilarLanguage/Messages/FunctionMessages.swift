import PilarCore

/// Messages of function calls: the type rules of scalar, aggregate and window functions, the
/// checker's call errors, and the errors functions raise while they run.
public enum FunctionMessage: String, MessageKey {
    // Type rules: the text after "name() ".
    case needsKind, needsNumbers, needsNumbersOrText, needsCondition, needsDefaultOfType
    case argumentsMix, branchesDiffer
    // What a `require` asks for, spliced into `needsKind`.
    case kindText, kindNumber, kindNumbers, kindWholeDigits, kindCondition, kindWholeRows, kindTextPattern
    // Constant second arguments.
    case needsPercentNumber, needsPercentRange, needsTextSeparator
    // Calls as the checker sees them.
    case callProblem, unknownFunction, functionList, usage
    case wrongArity, arityExact, arityAtLeast, arityRange
    case needsArgument, takesOneArgument, takesOneOrTwoArguments, takesTwoArguments
    case needsValuesNotRows, pickField, noNumberToPick
    case nestedAggregate, aggregateNotHere, perRowInGroup, eachEntity, eachRow, aggregateOverGroup
    case secondMustBeConstant, needsSortableOrder, notOverRows, countOverRelation, filterRelation
    case windowNested, windowNestedHint, windowNeedsOrder, windowNeedsOrderHint
    case windowInsideAggregate, windowInsideAggregateHint
    // While running.
    case numberOverflowIn, integerOverflowIn, totalBeyond, totalBeyondWhole, figuresBeyond, resultBeyond
    case numberOutOfRange, numbersRange, numberTooPrecise, decimalsKept, notANumber, numberAmbiguous, writeANumber
    case needsRowCount
    // Why an aggregate is not allowed here: the {reason} of `aggregateNotHere`.
    case reasonWindowKeys, reasonWindowArguments, reasonConstantArgument, reasonPrintHasNoRows
    case reasonByKeys, reasonAcrossKey, reasonListItems, reasonRelatedRow, reasonOuterRow
    case reasonRecordValue, reasonPivotColumns

    public static let area = "function"

    public var english: String {
        switch self {
        case .needsKind: "needs {kind}, not {type}"
        case .needsNumbers: "needs numbers, not {type}"
        case .needsNumbersOrText: "needs numbers or text, not bool"
        case .needsCondition: "needs a condition, not {type}"
        case .needsDefaultOfType: "needs a default of the type of x ({expected}), not {type}"
        case .argumentsMix: "arguments mix {first} and {second}"
        case .branchesDiffer: "branches give {first} and {second}; they must be of one type"
        case .kindText: "text"
        case .kindNumber: "a number"
        case .kindNumbers: "numbers"
        case .kindWholeDigits: "a whole number of digits"
        case .kindTextPattern: "a text pattern"
        case .kindCondition: "a condition"
        case .kindWholeRows: "a whole number of rows"
        case .needsPercentNumber: "needs p as a number from 0 to 100"
        case .needsPercentRange: "needs p from 0 to 100, not {value}"
        case .needsTextSeparator: "needs a text separator"
        case .callProblem: "{name}() {problem}"
        case .unknownFunction: "unknown function '{name}'"
        case .functionList: "functions: {names}"
        case .usage: "usage: {signature}"
        case .wrongArity: "{name}() takes {arity}, not {count}"
        case .arityExact: "{count} {count|argument|arguments}"
        case .arityAtLeast: "at least {count} argument"
        case .arityRange: "{low} to {high} arguments"
        case .needsArgument: "{name}() needs an argument"
        case .takesOneArgument: "{name}() takes one argument"
        case .takesOneOrTwoArguments: "{name}() takes one or two arguments"
        case .takesTwoArguments: "{name}() takes two arguments"
        case .needsValuesNotRows: "{name}() needs values, but '{text}' is a collection of rows"
        case .pickField: "pick a field: {call}"
        case .noNumberToPick: "its rows have no number to pick; {name}() needs a numeric field"
        case .nestedAggregate: "{name}() cannot be nested inside {outer}()"
        case .aggregateNotHere: "{name}() is an aggregate, and {reason}"
        case .perRowInGroup: "'{text}' is computed for {what}, but summarize computes one value per group"
        case .eachEntity: "each {entity}"
        case .eachRow: "each row"
        case .aggregateOverGroup: "aggregate it over the group, e.g. {call}"
        case .secondMustBeConstant: "{name}()'s second argument must be a constant"
        case .needsSortableOrder: "{name}() needs an order it can sort by, not bool"
        case .notOverRows: "{name}() cannot take a collection of rows"
        case .countOverRelation: "count the matching rows of a relation with a pipeline: count({text} | where …)"
        case .filterRelation: "{name}() works over the rows of a stage or group; filter a relation with a pipeline instead, e.g. sum((programmes | where …).budget)"
        case .windowNested: "{name}() cannot be nested inside {outer}()"
        case .windowNestedHint: "compute it in a window stage before: … | window r = {call} by KEY sort KEY | window x = {outer}(r) by KEY sort KEY"
        case .windowNeedsOrder: "{name}() is a window function: it needs a partition and an order"
        case .windowNeedsOrderHint: "use it in a window stage: … | window x = {call} by KEY sort KEY"
        case .windowInsideAggregate: "a window function cannot be inside {outer}(): {name}() needs the partition's order"
        case .windowInsideAggregateHint: "compute it in an earlier item: … | window w = {call}, x = {rewritten} sort KEY"
        case .numberOverflowIn: "number overflow in {name}()"
        case .integerOverflowIn: "integer overflow in {name}()"
        case .totalBeyond: "the total is beyond ±9.2 × 10^18, the largest number pilar holds"
        case .totalBeyondWhole: "the total is beyond ±9.2 × 10^18, the largest whole number pilar holds"
        case .figuresBeyond: "the figures are beyond what a decimal holds"
        case .resultBeyond: "the result is beyond ±9.2 × 10^18"
        case .numberOutOfRange: "number('{text}') is out of range"
        case .numbersRange: "numbers range up to ±9.2 × 10^18"
        case .numberTooPrecise: "number('{text}') has more digits than pilar keeps exactly"
        case .decimalsKept: "decimals keep up to {count} decimals"
        case .notANumber: "number('{text}'): not a number"
        case .numberAmbiguous: "pilar reads numbers with a dot for decimals and no thousands grouping: '{text}' could be read more than one way; write e.g. 1.5 or 1500"
        case .writeANumber: "write a number such as 12.5; test first with: where x is not null"
        case .needsRowCount: "{name}() needs a count of rows of zero or more"
        case .reasonWindowKeys: "the keys of a window are computed per row"
        case .reasonWindowArguments: "the arguments of {name}() are read per row"
        case .reasonConstantArgument: "{name}()'s second argument is one constant"
        case .reasonPrintHasNoRows: "print has no rows to aggregate"
        case .reasonByKeys: "the keys after 'by' are computed per row"
        case .reasonAcrossKey: "the key after 'across' is computed per row"
        case .reasonListItems: "list items are per row"
        case .reasonRelatedRow: "an aggregate cannot be taken per related row here"
        case .reasonOuterRow: "outer reads one row"
        case .reasonRecordValue: "a record's value is one value, not computed over rows"
        case .reasonPivotColumns: "the columns of pivot are fixed values"
        }
    }
}
