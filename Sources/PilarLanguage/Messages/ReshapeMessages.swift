import PilarCore

/// Messages of the checker about `pivot`, `unpivot`, `totals` and sorting by a constant.
public enum ReshapeMessage: String, MessageKey {
    case tooManyPivotColumns, pivotAcrossFewValues
    case duplicatePivotColumn, renameKeyOrAggregate
    case pivotValueNotFixed
    case notACode
    case notWholeNumber, listWholeNumbers
    case listedTwice
    case pivotAfterEdit, listTheColumns
    case pivotInsideRow
    case unpivotNeedsRecords, selectColumnsFirst
    case unpivotMixesTypes, listOneKind
    case columnAlreadyThere, chooseAnotherNameAfterInto
    case nameAndValueSame
    case totalsNeedsRecords, summarizeOrSelectFirst
    case totalsByNeedsName
    case totalsNeedsLabel, summarizeByKeyFirst
    case sortByConstant, columnInBackticks, sortByColumn

    public static let area = "reshape"

    public var english: String {
        switch self {
        case .tooManyPivotColumns: "pivot across {key} would make {count} columns (at most {maximum})"
        case .pivotAcrossFewValues: "pivot across a key with few values (a year, a horizon), or filter the rows first"
        case .duplicatePivotColumn: "pivot would make two columns named '{name}'"
        case .renameKeyOrAggregate: "rename the key or the aggregate: by other_name = …, other_name = avg(…)"
        case .pivotValueNotFixed: "a column of pivot must be a fixed value, not '{expression}'"
        case .notACode: "'{code}' is not a {entity} code"
        case .notWholeNumber: "'{expression}' is not a whole number, and {key} holds whole numbers"
        case .listWholeNumbers: "list whole numbers: across {key} in [2019, 2020]"
        case .listedTwice: "'{name}' is listed twice"
        case .pivotAfterEdit: "pivot finds its columns in the data, which an edit earlier in the script changes"
        case .listTheColumns: "list the columns: {example}"
        case .pivotInsideRow: "pivot inside a row's pipeline needs its columns listed: each row could find other values of {key}"
        case .unpivotNeedsRecords: "unpivot needs records, not {entity} rows"
        case .selectColumnsFirst: "select the columns to keep first: … | select code, a, b | unpivot a, b into name, value"
        case .unpivotMixesTypes: "unpivot puts the listed columns in one column, but '{name}' is {type} and '{other}' is {otherType}"
        case .listOneKind: "list only columns of one kind (ints and decimals mix)"
        case .columnAlreadyThere: "a column named '{name}' is already there"
        case .chooseAnotherNameAfterInto: "choose another name after 'into'"
        case .nameAndValueSame: "the name and value columns are both called '{name}'"
        case .totalsNeedsRecords: "totals needs records, not {entity} rows"
        case .summarizeOrSelectFirst: "summarize or select first: … | summarize budget = sum(budget) by pillar | totals"
        case .totalsByNeedsName: "totals by needs a column name, not '{expression}'"
        case .totalsNeedsLabel: "totals needs a column for its label (a text, an enum or a code)"
        case .summarizeByKeyFirst: "summarize by a key first: … | summarize total = sum(budget) by pillar | totals"
        case .sortByConstant: "sorting by the constant {value} does nothing"
        case .columnInBackticks: "the column is written in backticks: `{name}`"
        case .sortByColumn: "sort by a column or an expression of the row"
        }
    }
}
