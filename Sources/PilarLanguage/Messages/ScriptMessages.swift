import PilarCore

/// Messages of the script language for reports: `param`, text with `{expr}` in `print`,
/// `for each` loops and `if` blocks.
public enum ScriptMessage: String, MessageKey {
    // Parser
    case expectedParamName, expectedParamType, typesAre, paramDefaultLiteral
    case expectedEach, expectedLoopVariable, expectedInAfterVariable, expectedBlock, braceOnSameLine
    case blockNeverClosed, closeBlock, blocksTooDeep
    case braceNeverClosed, writeDoubleOpen, loneClosingBrace, writeDoubleClose, emptyInterpolation, writeExpressionInBraces
    // Checker
    case paramNoValue, paramDeclaredTwice, paramBadValue, paramBadDefault, paramInsideBlock
    case notInBlock, runBeforeBlock, loopVariableIsParameter, chooseAnotherName
    case loopRowIsRow, loopRowUnknownField, loopRowFieldsAre, ifNeedsCondition
    // Run time
    case inIteration, hintInIteration
    // Command line
    case setBadType

    public static let area = "script"

    public var english: String {
        switch self {
        case .expectedParamName: "expected a parameter name after 'param', found {found}"
        case .expectedParamType: "expected a type after ':', found {found}"
        case .typesAre: "a parameter's type is int, decimal, text or bool"
        case .paramDefaultLiteral: "the default of a parameter must be a literal: a number, a string, true or false"
        case .expectedEach: "expected 'each' after 'for'"
        case .expectedLoopVariable: "expected a variable such as $row after 'for each', found {found}"
        case .expectedInAfterVariable: "expected 'in' after ${name}, found {found}"
        case .expectedBlock: "expected '{{' to open the block of '{statement}', found {found}"
        case .braceOnSameLine: "put '{{' at the end of the line that starts the block"
        case .blockNeverClosed: "the block opened at {location} is never closed"
        case .closeBlock: "close the block with '}}' on a line of its own"
        case .blocksTooDeep: "blocks nest more than {count} deep"
        case .braceNeverClosed: "'{{' in the text of print is never closed"
        case .writeDoubleOpen: "write {{{{ for a '{{' in the text"
        case .loneClosingBrace: "'}}' in the text of print closes no '{{'"
        case .writeDoubleClose: "write }}}} for a '}}' in the text"
        case .emptyInterpolation: "nothing between '{{' and '}}' in the text of print"
        case .writeExpressionInBraces: "write an expression between the braces, e.g. {{$year}}"
        case .paramNoValue: "parameter '{name}' has no value: give it with --set {name}=…"
        case .paramDeclaredTwice: "parameter '{name}' is declared twice (first on line {line})"
        case .paramBadValue: "--set {name}={value}: parameter '{name}' is {type}, and '{value}' is not"
        case .paramBadDefault: "the default of parameter '{name}' is {given}, not {type}"
        case .paramInsideBlock: "'param' is written at the top level of a script, not inside a block"
        case .notInBlock: "'{statement}' cannot run inside a for each or if block: the block is checked before it runs, on the data and names as they are"
        case .runBeforeBlock: "run it before or after the block"
        case .loopVariableIsParameter: "the loop variable ${name} has the name of a parameter"
        case .chooseAnotherName: "choose another name, e.g. ${name}_row"
        case .loopRowIsRow: "${name} is a row: name one of its fields, e.g. ${name}.{field}"
        case .loopRowUnknownField: "${name} has no field '{field}'"
        case .loopRowFieldsAre: "its fields are {fields}"
        case .ifNeedsCondition: "'if' needs a condition (true or false), not {type}"
        case .inIteration: "in the for each over {pipeline}, row {row}: {values}"
        case .hintInIteration: "{hint}; {iteration}"
        case .setBadType: "--set {name}:{type}=…: the type is int, decimal, text or bool"
        }
    }
}
