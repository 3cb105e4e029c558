import PilarCore
import PilarStore

/// One piece of a checked `print "… {expr} …"`.
public enum PlannedTextPiece: Sendable {
    case literal(String)
    /// An expression written in place; `isYear` writes a whole number without grouping.
    case value(BoundExpression, isYear: Bool)
}

/// The row a `for each` variable stands for: its type while the script is checked ahead, and
/// its values while the block runs.
public struct LoopRow: Sendable {
    public var rowType: RowType
    /// The row as a reference (entity rows), once bound.
    var reference: Value?
    /// The row's computed columns, once bound.
    var columns: [Value]?

    init(rowType: RowType, reference: Value? = nil, columns: [Value]? = nil) {
        self.rowType = rowType
        self.reference = reference
        self.columns = columns
    }
}

/// A checked `for each`. The block is checked ahead with the row's type, and checked again for
/// each row with its values, which then stand in the block as constants: a block cannot change
/// the data or the names (the checker refuses that), so both checks see the same script.
public struct PlannedLoop: Sendable {
    var variable: String
    var plan: LogicalPlan
    var body: [Statement]
    /// The pipeline as written, for "in the for each over …".
    var label: String
    /// The loop rows around this loop.
    var loops: [String: LoopRow]
}

/// A checked `if`: the condition, and the blocks checked again when one runs (see `PlannedLoop`).
public struct PlannedIf: Sendable {
    var condition: BoundExpression
    var then: [Statement]
    var otherwise: [Statement]
    var loops: [String: LoopRow]
}

/// A `--set NAME=VALUE` as given: the text, and the type forced with `--set NAME:TYPE=VALUE`.
/// A `param` reads the text by its declared type; without one, a number when it reads as one.
public struct ParameterSetting: Sendable, Hashable {
    public var text: String
    public var forcedType: ParamType?

    public init(text: String, forcedType: ParamType? = nil) {
        self.text = text
        self.forcedType = forcedType
    }

    /// The value read as `type`, or nil when the text is not one; without a type, a number
    /// when the text reads as one, else text.
    public func value(as type: ParamType?) -> Value? {
        let plain = text.replacingOccurrences(of: "_", with: "")
        switch type ?? forcedType {
        case .text: return .text(text)
        case .int: return Int64(plain).map(Value.int)
        case .decimal:
            if case .success(let decimal) = DecimalNumber.parse(plain.utf8) { return .decimal(decimal) }
            return nil
        case .bool:
            switch text.lowercased() {
            case "true", "yes", "1": return .bool(true)
            case "false", "no", "0": return .bool(false)
            default: return nil
            }
        case nil:
            if let integer = Int64(plain) { return .int(integer) }
            if case .success(let decimal) = DecimalNumber.parse(plain.utf8) { return .decimal(decimal) }
            return .text(text)
        }
    }
}
