import PilarCore

/// `source | stage | stage …`
public struct Pipeline: Sendable, Hashable {
    /// Where rows come from: a source name, a `let` name, or (inside an expression) a path of
    /// relations such as `indicators.measurements`.
    public var source: Expression
    public var stages: [Stage]
    public var span: Span

    public init(source: Expression, stages: [Stage], span: Span) {
        self.source = source
        self.stages = stages
        self.span = span
    }
}

/// One `|`-separated step of a pipeline.
public struct Stage: Sendable, Hashable {
    public var kind: StageKind
    /// The span of the whole stage, keyword included.
    public var span: Span
    /// The span of the stage keyword alone.
    public var keywordSpan: Span

    public init(_ kind: StageKind, span: Span, keywordSpan: Span) {
        self.kind = kind
        self.span = span
        self.keywordSpan = keywordSpan
    }
}

/// The stages of the language. grammar.md lists their syntax.
public enum StageKind: Sendable, Hashable {
    case `where`(Expression)
    case select([NamedExpression])
    case extend([NamedExpression])
    case sort([SortKey])
    case take(Expression)
    case top(count: Expression, key: SortKey)
    case summarize(aggregates: [NamedExpression], by: [NamedExpression])
    case count
    case distinct([NamedExpression])
    /// `window NAME = EXPR, … [by EXPR, …] [sort KEY, …]`: adds columns computed per partition
    /// (rows with equal by-keys) in the sort order; rows stay in their input order.
    case window(items: [NamedExpression], by: [Expression], sort: [SortKey])
    /// `update field = expr, …`: sets fields of the rows that reach it (last stage of a
    /// top-level query only).
    case update([Assignment])
    /// `delete` / `delete cascade`: deletes the rows that reach it (last stage only).
    case delete(cascade: Bool)
    /// `pivot AGG, … [by KEY, …] across KEY [in [V, …]]` (see PivotStages.swift).
    case pivot(PivotSpec)
    /// `unpivot COLUMN, … into NAMECOL, VALUECOL`.
    case unpivot(UnpivotSpec)
    /// `totals [by COLUMN]`: subtotal rows per run of COLUMN, then a Total row.
    case totals(by: Expression?)
    /// `chart bar|line VALUE [by COLUMN, …]`: draws the rows (last stage of a query only).
    case chart(ChartStage)
    /// `export "FILE"`: writes the result to FILE (last stage of a top-level query only).
    case export(ExportTarget)

    /// The names users type, in the order `.help` lists them (from `StageDeclaration.all`).
    public static var names: [String] { StageDeclaration.names }

    /// The stage's name as its declaration gives it (`summarize` also when written `summarise`).
    public var name: String {
        switch self {
        case .where: "where"
        case .select: "select"
        case .extend: "extend"
        case .sort: "sort"
        case .take: "take"
        case .top: "top"
        case .summarize: "summarize"
        case .count: "count"
        case .distinct: "distinct"
        case .window: "window"
        case .update: "update"
        case .delete: "delete"
        case .pivot: "pivot"
        case .unpivot: "unpivot"
        case .totals: "totals"
        case .chart: "chart"
        case .export: "export"
        }
    }

    /// Whether only the last stage of a statement may be this one (its declaration says).
    public var mustBeLast: Bool { StageDeclaration.named(name)?.mustBeLast ?? false }

    /// Whether the stage changes the data rather than computing rows.
    public var isEdit: Bool {
        switch self {
        case .update, .delete: true
        default: false
        }
    }
}

/// `expr [as name]` or `name = expr`.
public struct NamedExpression: Sendable, Hashable {
    public var name: String?
    public var nameSpan: Span?
    public var expression: Expression

    public init(name: String?, nameSpan: Span?, expression: Expression) {
        self.name = name
        self.nameSpan = nameSpan
        self.expression = expression
    }
}

/// `expr [asc|desc]`
public struct SortKey: Sendable, Hashable {
    public var expression: Expression
    /// nil when no direction was written (sort: ascending; top: descending).
    public var descending: Bool?

    public init(expression: Expression, descending: Bool?) {
        self.expression = expression
        self.descending = descending
    }
}
