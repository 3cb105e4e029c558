import PilarCore

/// One stored field of an entity as the catalog declares it: what the loader reads, what a
/// write may set, and what `.schema`, the checker and completion show.
public struct FieldDeclaration: Sendable {
    public let name: String
    public let type: FieldType
    /// Whether the field may be null (an empty cell, or left out of an insert).
    public let nullable: Bool
    /// Whether a file's header must have the column; an optional column is null throughout
    /// when absent.
    public let requiredInHeader: Bool
    /// The range or form a value must have beyond its type (years, rupiah, figures).
    public let rule: ValueRule
    /// For a reference: the name of the collection of referring rows on the target
    /// (`programmes` on an OPD for `programme.opd`).
    public let reverse: String?
    public let doc: String
    /// Said when a required value is missing, when there is more to say than "required".
    public let missingHint: Message?

    public init(_ name: String, _ type: FieldType, nullable: Bool = false, requiredInHeader: Bool = true,
                rule: ValueRule = .none, reverse: String? = nil, doc: String, missingHint: Message? = nil) {
        self.missingHint = missingHint
        self.name = name
        self.type = type
        self.nullable = nullable
        self.requiredInHeader = requiredInHeader
        self.rule = rule
        self.reverse = reverse
        self.doc = doc
    }
}

/// What a value must be beyond its type. Each rule is checked by `ValueCheck`, the one function
/// the loader and every write use.
public enum ValueRule: Sendable, Hashable {
    case none
    /// A whole year in `ValueRule.years`: outside it is almost surely a typo (`219`, `20199`).
    case year
    /// Whole rupiah, zero or more.
    case money
    /// A measurement figure: an exact decimal of at most `Achievement.maximumFigureDigits` digits,
    /// so that achievement and its band are exact.
    case figure

    public static let years: ClosedRange<Int64> = 1900...2200
}

/// A rule over several fields of one row.
public enum RowRule: Sendable {
    /// `first` may not be greater than `second` (start_year ≤ end_year); `hint` explains why.
    case notAfter(first: String, second: String, hint: Message)
}

/// Fields pilar computes from others (achievement and band from target, actual and the
/// indicator's polarity). They are declared with the fields they read, so that a write to any
/// of those recomputes them, and computed a whole column at a time, so that loading a million
/// measurements does not pay a per-row lookup.
///
/// A closure over columns rather than an expression of the language: the store sits below the
/// language and must compute these while loading, before any query can run.
public struct DerivedColumns: Sendable {
    /// The derived fields, in schema order.
    public let fields: [FieldSchema]
    /// The fields read: own fields (`target`) and fields through a reference (`indicator.polarity`).
    public let inputs: [String]
    /// How `.schema` and `.help` explain them.
    public let formula: String
    /// Computes every row's values; rows that cannot be computed are reported as problems.
    public let compute: @Sendable (DerivedInputs) -> DerivedResult

    public init(fields: [FieldSchema], inputs: [String], formula: String,
                compute: @escaping @Sendable (DerivedInputs) -> DerivedResult) {
        self.fields = fields
        self.inputs = inputs
        self.formula = formula
        self.compute = compute
    }
}

/// The columns a derived computation reads.
public struct DerivedInputs: Sendable {
    /// The table's own stored columns by field name.
    public let own: [String: ColumnData]
    /// Columns of referenced tables by `reference.field`, with the reference's row indexes.
    public let referenced: [String: (rows: [Int32], column: ColumnData)]
    public let count: Int
}

/// Derived columns, one per declared field, and the rows that could not be computed.
public struct DerivedResult: Sendable {
    public var columns: [ColumnData]
    public var problems: [RowProblem]

    public init(columns: [ColumnData], problems: [RowProblem] = []) {
        self.columns = columns
        self.problems = problems
    }
}

/// A problem with one row, found by a rule over several fields.
public struct RowProblem: Sendable, Equatable {
    public let row: Int
    /// The field to point at.
    public let field: String
    public let text: Message
    public let hintText: Message?
    /// The message in English (tests compare it).
    public var message: String { text.english }
    public var hint: String? { hintText?.english }

    public init(row: Int, field: String, message: Message, hint: Message?) {
        self.row = row
        self.field = field
        self.text = message
        self.hintText = hint
    }
}

/// One entity as the catalog declares it: its names, fields, key, references, derived fields
/// and rules. Everything else — the loader, validation of writes, `.schema`, the checker's
/// names and hints, completion, `.help data` — reads these declarations.
public struct EntityDeclaration: Sendable {
    /// Set by the catalog: the entity's position, which is also its load order.
    public internal(set) var entity: Entity = Entity(id: -1)
    /// `programme`: how one row is named in messages and `.schema`.
    public let singular: String
    /// `programmes`: the source of all rows in queries, and the file name without `.csv`.
    public let plural: String
    /// Other source names accepted (`programs`).
    public let aliases: [String]
    /// Indonesian names a workbook's sheet may have instead of `plural` (`program`, `capaian`).
    public let sheetAliases: [String]
    /// How counts are written in banners ("OPDs").
    public let countNoun: String
    public let fields: [FieldDeclaration]
    /// The fields that identify a row: `code`, or `indicator` and `year` for measurements.
    public let key: [String]
    public let derived: [DerivedColumns]
    public let rules: [RowRule]
    /// Rows used when the file is absent; nil means the file is required.
    public let defaultRows: [[String]]?
    /// True for small fixed lists whose order means something (the six pillars): rows sort in
    /// list order rather than by code, and a code written as a literal is checked against them.
    public let isFixedList: Bool
    /// Rows that form series in time (measurements per indicator and year): gives them
    /// `previous` and `next`.
    public let sequence: SequenceDeclaration?
    public let doc: String

    public init(singular: String, plural: String, aliases: [String] = [], sheetAliases: [String] = [], countNoun: String? = nil,
                fields: [FieldDeclaration], key: [String] = ["code"], derived: [DerivedColumns] = [],
                rules: [RowRule] = [], defaultRows: [[String]]? = nil, isFixedList: Bool = false,
                sequence: SequenceDeclaration? = nil, doc: String) {
        self.sequence = sequence
        self.singular = singular
        self.plural = plural
        self.aliases = aliases
        self.sheetAliases = sheetAliases
        self.countNoun = countNoun ?? plural
        self.fields = fields
        self.key = key
        self.derived = derived
        self.rules = rules
        self.defaultRows = defaultRows
        self.isFixedList = isFixedList
        self.doc = doc
    }

    /// The CSV file the entity is loaded from and saved to.
    public var fileName: String { plural + ".csv" }

    public var isFileRequired: Bool { defaultRows == nil }

    /// The names a workbook's sheet for this entity may have: `plural` first, then the aliases.
    public var sheetNames: [String] { [plural] + aliases + sheetAliases }

    /// The text field other rows refer to this entity by (`code`), when the key is one text field.
    public var codeField: String? {
        guard key.count == 1, let field = field(named: key[0]), case .text = field.type else { return nil }
        return field.name
    }

    public func field(named name: String) -> FieldDeclaration? {
        fields.first { $0.name == name }
    }

    /// The names of the derived fields (`achievement`, `band`).
    public var derivedFieldNames: [String] { derived.flatMap { $0.fields.map(\.name) } }

    /// `1 OPD` / `3 OPDs`: counts in messages.
    public func count(_ n: Int) -> String {
        n == 1 ? "1 \(singularCountNoun)" : "\(n) \(countNoun)"
    }

    var singularCountNoun: String {
        countNoun == plural ? singular : (countNoun.hasSuffix("s") ? String(countNoun.dropLast()) : countNoun)
    }
}
