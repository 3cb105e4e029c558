import PilarCore

/// Messages of the parser: what it expected and found, and the hints that show the pilar to
/// write. Phrases spliced into other messages ("after 'where'", "',' or ')'") are messages of
/// their own so that they are translated with the message around them.
public enum ParserMessage: String, MessageKey {
    // Phrases used as arguments.
    case afterCode, toSortBy, inTheList, asArgumentOf, quotedCode, commaOr, updateRows, deleteRows
    // Statements.
    case assignDoesNotCompare, unexpectedAfterStatement
    case stagesJoinedWithPipe, addColumnWithExtend, endStatement
    case expectedNameAfterLet, expectedAssignAfterLet, letCannotEdit, runAsOwnStatement
    case pipelineStartsWithSource, startWithSource
    case mustBeLastStage, editEndsStatement
    case checkIsStatement, checkRunsAlone, expectedRuleName, checkUsage
    // Edits.
    case expectedSourceAfterInsert, expectedRecordInList, needsOneRecord, expectedRecord
    case expectedFieldName, expectedColon, recordUsesColon, recordNeedsField
    case expectedAssignFoundEqual, assignsWithSingleEqual, expectedAssignment
    // Pipelines and stages.
    case expectedSource, queryStartsFromSource, navigateInsideStages
    case pipelineTooLong, keepPartWithLet
    case expectedStage, stagesAre, unknownStage
    case expectedBy, expectedAggregates, expectedColumnNameAfterAs, expectedNamedAssignment
    // Expressions.
    case expectedExpressionContext, expectedExpression, expectedNull, isNullUsage
    case comparisonsDoNotChain, combineWithAnd, expectedAndInBetween, betweenUsage
    case expectedFieldAfterDot, editInsideExpression, editIsLastStage, noSuchOperator
    case expressionTooLong, expressionTooDeep, splitWithExtend
    case neverClosed, expectedBeforeEnd, expectedClosing, expectedFound, toCloseBracket
    // Pivot, unpivot.
    case expectedAggregateAfterPivot, expectedAcross, acrossTakesKey, leaveOutName, listNamesNoColumn
    case expectedInto, expectedValueColumn, columnNameNotNumber, numberColumnInBackticks, expectedColumnName

    public static let area = "parser"

    public var english: String {
        switch self {
        case .afterCode: "after '{code}'"
        case .toSortBy: "to sort by"
        case .inTheList: "in the list"
        case .asArgumentOf: "as an argument of {name}()"
        case .quotedCode: "'{code}'"
        case .commaOr: "',' or '{bracket}'"
        case .updateRows: "update rows"
        case .deleteRows: "delete rows"
        case .assignDoesNotCompare: "'=' does not compare; write '==' to compare"
        case .unexpectedAfterStatement: "unexpected {found} after the end of the statement"
        case .stagesJoinedWithPipe: "stages are joined with '|': … | {stage} …"
        case .addColumnWithExtend: "to add a column, write extend name = …"
        case .endStatement: "end a statement with a newline or ';'"
        case .expectedNameAfterLet: "expected a name after 'let'"
        case .expectedAssignAfterLet: "expected '=' after 'let {name}'"
        case .letCannotEdit: "'let' cannot {verb}: a let keeps a result, it does not change the data"
        case .runAsOwnStatement: "run it as a statement of its own: {pipeline} | … | {edit} …"
        case .pipelineStartsWithSource: "a pipeline must start with a source"
        case .startWithSource: "start with {sources} or a let name"
        case .mustBeLastStage: "'{stage}' must be the last stage"
        case .editEndsStatement: "an edit ends the statement; query the rows again afterwards"
        case .checkIsStatement: "'check' is a statement: its problems cannot go on into a pipeline"
        case .checkRunsAlone:
            "run it alone: check, or check RULE (.help check lists the rules); --format csv gives its rows to a script"
        case .expectedRuleName: "expected a rule name or the end of the statement after 'check', found {found}"
        case .checkUsage: "check, or check missing_actual (.help check lists the rules)"
        case .expectedSourceAfterInsert: "expected a source after '{verb}', found {found}"
        case .expectedRecordInList: "expected a record {{field: value, …}} in the list, found {found}"
        case .needsOneRecord: "'{verb}' needs at least one record"
        case .expectedRecord:
            "expected a record {{field: value, …}} or a list of records after '{verb} {source}', found {found}"
        case .expectedFieldName: "expected a field name in the record, found {found}"
        case .expectedColon: "expected ':' after '{name}', found {found}"
        case .recordUsesColon: "a record gives fields with ':': {{{name}: …}}"
        case .recordNeedsField: "a record needs at least one field"
        case .expectedAssignFoundEqual: "expected '=' after '{name}', found '=='"
        case .assignsWithSingleEqual: "{stage} assigns with a single '=': {stage} {name} = …"
        case .expectedAssignment: "expected 'field = expression' {context}, found {found}"
        case .expectedSource: "expected a source such as programmes, found {found}"
        case .queryStartsFromSource: "a query starts from a whole source, not a path"
        case .navigateInsideStages: "write {source} | … and navigate inside stages, e.g. where opd.name contains \"…\""
        case .pipelineTooLong: "pipeline too long (more than {count} stages)"
        case .keepPartWithLet: "keep a part with let and continue from it"
        case .expectedStage: "expected a stage after '|', found {found}"
        case .stagesAre: "stages are {stages}"
        case .unknownStage: "unknown stage '{name}'"
        case .expectedBy: "expected 'by' after 'top {count}'"
        case .expectedAggregates: "expected aggregates after 'summarize'"
        case .expectedColumnNameAfterAs: "expected a column name after 'as'"
        case .expectedNamedAssignment: "expected 'name = expression' {context}"
        case .expectedExpressionContext: "expected an expression {context}, found {found}"
        case .expectedExpression: "expected an expression, found {found}"
        case .expectedNull: "expected 'null' after '{keyword}'"
        case .isNullUsage: "write x is null or x is not null; compare values with =="
        case .comparisonsDoNotChain: "comparisons cannot be chained"
        case .combineWithAnd: "combine them with 'and': a < b and b < c"
        case .expectedAndInBetween: "expected 'and' after '{keyword} {low}', found {found}"
        case .betweenUsage: "write x between low and high (both included)"
        case .expectedFieldAfterDot: "expected a field name after '.', found {found}"
        case .editInsideExpression: "'{edit}' cannot be used inside an expression"
        case .editIsLastStage: "an edit is the last stage of a statement: … | where … | {edit} …"
        case .noSuchOperator: "there is no '{operator}=' operator; compare with '{operator}'"
        case .expressionTooLong: "expression too long (more than {count} operators in a chain)"
        case .expressionTooDeep: "expression nested too deeply (more than {count} levels)"
        case .splitWithExtend: "split it with extend: extend a = …, b = a + …"
        case .neverClosed: "'{bracket}' is never closed"
        case .expectedBeforeEnd: "expected {expected} before the end of input"
        case .expectedClosing: "expected {expected}"
        case .expectedFound: "expected {expected}, found {found}"
        case .toCloseBracket: "to close the '{bracket}' opened at {line}:{column}"
        case .expectedAggregateAfterPivot: "expected an aggregate after 'pivot', found {found}"
        case .expectedAcross: "expected 'across' and the key whose values become columns, found {found}"
        case .acrossTakesKey: "'across' takes a key, not a name: its values name the columns"
        case .leaveOutName: "leave out '{name} =' and write the key after across"
        case .listNamesNoColumn: "the list after 'in' names no column"
        case .expectedInto: "expected 'into' and the two new columns, found {found}"
        case .expectedValueColumn: "expected ',' and the column for the values, found {found}"
        case .columnNameNotNumber: "a column name is expected {context}, not the number {number}"
        case .numberColumnInBackticks: "a column named by a number is written in backticks: `{number}`"
        case .expectedColumnName: "expected a column name {context}, found {found}"
        }
    }
}

extension Message {
    /// "after 'CODE'", the place most "expected …" messages name.
    static func after(_ code: String) -> Message { Message(ParserMessage.afterCode, ["code": .text(code)]) }

    /// pilar code shown as it is (an example in a hint): the same in every language.
}
