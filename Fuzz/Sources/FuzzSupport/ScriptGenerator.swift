import PilarCore
import PilarStore
import PilarLanguage
import PilarRender

/// Builds pilar scripts from grammar fragments — sources, stages, field names, operators,
/// literals, function names — chosen by the fuzzer's bytes. Most scripts check, so the
/// executor is reached; a few choices are deliberately wrong so the checker's errors are too.
///
/// Work per input is bounded by construction, so that a valid but huge query is never reported
/// as a hang: every pipeline (nested ones too) starts `source | take N` with N ≤ `maxRows`, no
/// stage can add rows (there is no join), a pipeline has at most `maxStages` stages, nested
/// pipelines go at most `maxNesting` deep, expressions at most `maxDepth` deep, and a script has
/// at most `maxStatements` statements. The worst case is maxRows^(maxNesting+1) row visits per
/// expression, a few hundred thousand.
/// Dot-commands that touch files (`.load .read .output .once .save`, `.dump FILE`) are never
/// generated.
public struct ScriptGenerator {
    public static let maxRows = 60
    public static let maxStages = 5
    public static let maxNesting = 1
    public static let maxDepth = 3
    public static let maxStatements = 6

    /// Scalar functions and how many arguments they take (ranges include wrong arities).
    static let functions: [(name: String, arity: ClosedRange<Int>)] = [
        ("lower", 1...1), ("upper", 1...1), ("trim", 1...1), ("len", 1...1), ("text", 1...1),
        ("number", 1...1), ("round", 1...2), ("floor", 1...1), ("ceil", 1...1), ("abs", 1...1),
        ("coalesce", 1...3), ("if", 3...3), ("nosuch", 0...1),
        ("rupiah", 1...2), ("percent", 1...2), ("format", 1...2),
    ]
    /// Functions whose argument is converted to an integer: the known Double→Int64 trap
    /// (`round(9223372036854775807, -1)`, owned by the lead) must not stop every run, so huge
    /// or non-finite literals are kept out of their arguments. See `tameLiterals`.
    static let convertingFunctions: Set<String> = ["round", "floor", "ceil", "abs", "number"]
    static let aggregates = ["count", "count_distinct", "sum", "avg", "min", "max", "median", "stddev", "mode",
                             "string_agg", "percentile", "count_if", "sum_if", "first", "last"]
    /// Aggregates whose second argument is generated beside the first (`percentile(x, 90)`).
    static let twoArgumentAggregates: Set<String> = ["percentile", "sum_if", "first", "last"]
    static let windowFunctions = ["row_number()", "rank()", "dense_rank()", "lag(X)", "lead(X, 2)", "running_sum(X)",
                                  "first_value(X)", "last_value(X)", "lag(X, -1)", "sum(X)"]
    static let binaryOperators = ["+", "-", "*", "/", "%", "==", "!=", "<>", "<", "<=", ">", ">=",
                                  "and", "or", "contains", "starts_with", "ends_with", "like", "~="]
    static let intLiterals = ["0", "1", "2", "-1", "3", "10", "76", "91", "2019", "2024", "1_000", "100000000",
                              "9223372036854775807", "4611686018427387904", "3037000500"]
    static let decimalLiterals = ["0.5", "0.75", "1.09", "12.5", "1e9", "2.5e-3", "1e308", "0.0", "99.99"]
    static let tameLiterals = ["0", "1", "2", "-1", "10", "76", "2019", "0.5", "12.5", "-3"]
    static let textLiterals = ["\"mobility\"", "\"quick-win\"", "'done'", "\"high\"", "\"very low\"", "\"\"",
                               "\"a\\u{1F600}\\n\"", "\"DISKOMINFO\"", "\"1,5\"", "\"15.000\"", "\"nan\"",
                               "\"-0\"", "\"1e400\"", "\"positive\"", "\"x\\\"y\"", "'\\t'"]
    static let letNames = ["r1", "r2"]

    // Internal, not private: EditGenerator.swift extends the generator with edit statements.
    var reader: ByteReader
    var lets: [String: Entity?] = [:]
    var nesting = 0
    /// How deep the `for each`/`if` blocks being generated are (ReportGenerator.swift).
    var blockDepth = 0
    /// The entity and columns of the rows the last `editPipeline()` ends with, for its update.
    var editTarget: Entity?
    var editColumns: [String] = []

    public init(_ reader: ByteReader) {
        self.reader = reader
    }

    /// The whole script; statements separated by newlines or `;`.
    public mutating func script() -> String {
        var statements: [String] = []
        let count = 1 + reader.below(Self.maxStatements)
        for _ in 0..<count {
            statements.append(statement())
        }
        return statements.joined(separator: reader.chance(80) ? "\n" : "; ")
    }

    /// About a quarter of the statements edit the data (see EditGenerator.swift).
    mutating func statement() -> String {
        switch reader.below(31) {
        case 27..<31:
            return reportStatement()
        case 20..<27:
            return editStatement()
        case 0..<13:
            return pipeline().text
        case 13..<16:
            let name = reader.pick(Self.letNames)
            let built = pipeline()
            lets[name] = built.entity
            return "let \(name) = \(built.text)"
        case 16, 17:
            if reader.chance(85) { return "print " + expression(depth: 0, columns: [], tame: false) }
            return "check" + (reader.chance(50) ? " " + reader.pick(CheckRule.names + ["nosuch"]) : "")
        default:
            switch reader.below(9) {
            case 0: return ".format " + reader.pick(OutputFormat.allNames + ["md", "bogus", "csv-excel", "xlsx"])
            case 1: return ".schema" + (reader.chance(50) ? " " + Catalog.masterplan[reader.pick(Catalog.masterplan.entities)].singular : "")
            case 2: return ".about"
            case 3: return ".timer " + reader.pick(["on", "off"])
            // The language and the number display change every message and cell after them.
            case 4: return ".lang " + reader.pick(["id", "en", "fr", ""])
            case 5: return ".locale " + reader.pick(["id", "en", "xx"])
            case 6: return ".decimals " + reader.pick(["0", "1", "4", "18", "19", "-1"])
            case 7: return ".nullvalue " + reader.pick(["-", "(kosong)", ""])
            case 8 where reader.chance(50): return ".theme " + reader.pick(["projector", "default", "dark", ""])
            default: return ".format " + reader.pick(["csv", "json", "html", "markdown"])
            }
        }
    }

    /// A pipeline and the entity its rows still are (nil after select/summarize/count).
    mutating func pipeline() -> (text: String, entity: Entity?) {
        var entity: Entity?
        var source: String
        if !lets.isEmpty, reader.chance(25) {
            source = reader.pick(lets.keys.sorted())
            entity = lets[source] ?? nil
        } else {
            let picked = reader.pick(Catalog.masterplan.entities)
            entity = picked
            source = reader.chance(3) ? "programs" : Catalog.masterplan[picked].plural
        }
        let rows = reader.below(Self.maxRows + 1)
        var text = "\(source) | take \(rows)"
        var columns = entity.map(Self.memberNames) ?? []
        let stages = reader.below(Self.maxStages + 1)
        for _ in 0..<stages {
            text += reader.chance(10) ? "\n  | " : " | "
            text += stage(entity: &entity, columns: &columns)
        }
        return (text, entity)
    }

    static func memberNames(_ entity: Entity) -> [String] {
        let schema = Catalog.masterplan.schema(of: entity)
        return schema.fields.map(\.name) + schema.collections.map(\.name)
    }

    mutating func stage(entity: inout Entity?, columns: inout [String]) -> String {
        if reader.chance(25) { return analysisStage(entity: &entity, columns: &columns) }
        switch reader.below(11) {
        case 0, 1:
            // Mostly a comparison, so that the predicate is a bool and the stage checks.
            if reader.chance(70) {
                let op = reader.pick(["==", "!=", "<", ">=", "contains", "is not null", "in"])
                let left = name(columns: columns)
                switch op {
                case "is not null": return "where \(left) is not null"
                case "in": return "where \(left) in [\(literal(tame: false)), \(literal(tame: false))]"
                default: return "where \(left) \(op) " + expression(depth: 2, columns: columns, tame: false)
                }
            }
            return "where " + expression(depth: 0, columns: columns, tame: false)
        case 2:
            let items = namedItems(columns: columns)
            columns = items.names
            entity = nil
            return "select " + items.text
        case 3, 4:
            let items = namedItems(columns: columns)
            columns += items.names
            return "extend " + items.text
        case 5:
            return "sort " + sortKeys(columns: columns)
        case 6:
            return "take " + reader.pick(["0", "1", "5", "$n", "-1", "9223372036854775807"])
        case 7:
            return "top \(reader.pick(["1", "3", "$n"])) by " + sortKeys(columns: columns, count: 1)
        case 8:
            var text = reader.pick(["summarize", "summarise"])
            var names: [String] = []
            if reader.chance(80) {
                let aggregates = namedItems(columns: columns, aggregate: true)
                text += " " + aggregates.text
                names += aggregates.names
            }
            if reader.chance(70) {
                let keys = namedItems(columns: columns)
                text += " by " + keys.text
                names = keys.names + names
            }
            columns = names
            entity = nil
            return text
        case 9:
            columns = ["count"]
            entity = nil
            return "count"
        default:
            let items = namedItems(columns: columns)
            columns = items.names
            entity = nil
            return "distinct " + items.text
        }
    }

    /// The reshaping and window stages: bounded like the others (a pivot has at most as many
    /// columns as its input has rows, totals at most doubles the rows).
    mutating func analysisStage(entity: inout Entity?, columns: inout [String]) -> String {
        switch reader.below(4) {
        case 0:
            let items = namedItems(columns: columns, aggregate: true)
            var text = "pivot " + items.text
            if reader.chance(60) { text += " by " + namedItems(columns: columns).text }
            text += " across " + name(columns: columns)
            if reader.chance(30) { text += " in [\(literal(tame: false)), \(literal(tame: false))]" }
            columns = ["2019", "null"] + items.names
            entity = nil
            return text
        case 1:
            let listed = columns.isEmpty ? ["budget"] : [reader.pick(columns), reader.pick(columns)]
            columns = columns.filter { !listed.contains($0) } + ["name", "value"]
            entity = nil
            return "unpivot " + listed.joined(separator: ", ") + " into name, value"
        case 2:
            var text = "totals"
            if reader.chance(50) { text += " by " + name(columns: columns) }
            entity = nil
            return text
        default:
            var items: [String] = []
            var names: [String] = []
            for index in 0..<(1 + reader.below(2)) {
                let call = reader.pick(Self.windowFunctions)
                    .replacingOccurrences(of: "X", with: expression(depth: 2, columns: columns, tame: false))
                let name = "w\(index)"
                names.append(name)
                items.append("\(name) = \(call)")
            }
            var text = "window " + items.joined(separator: ", ")
            if reader.chance(60) { text += " by " + name(columns: columns) }
            if reader.chance(70) { text += " sort " + sortKeys(columns: columns, count: 1) }
            columns += names
            return text
        }
    }

    mutating func namedItems(columns: [String], aggregate: Bool = false) -> (text: String, names: [String]) {
        var texts: [String] = []
        var names: [String] = []
        for index in 0..<(1 + reader.below(3)) {
            let value = aggregate ? aggregateCall(depth: 1, columns: columns, tame: false)
                                  : expression(depth: 0, columns: columns, tame: false)
            if reader.chance(85) {
                let name = "c\(index)" + (reader.chance(10) ? "" : "_\(names.count)")
                names.append(name)
                texts.append("\(name) = \(value)")
            } else {
                // An unnamed item (named after its field or its text); duplicates are fine.
                texts.append(value)
            }
        }
        return (texts.joined(separator: ", "), names)
    }

    mutating func sortKeys(columns: [String], count: Int? = nil) -> String {
        var keys: [String] = []
        for _ in 0..<(count ?? 1 + reader.below(2)) {
            keys.append(expression(depth: 1, columns: columns, tame: false) + reader.pick(["", " asc", " desc"]))
        }
        return keys.joined(separator: ", ")
    }

    /// A field path of the current row (with navigation), or a column made earlier.
    mutating func name(columns: [String]) -> String {
        guard !columns.isEmpty, reader.chance(90) else {
            return reader.pick(["budget", "year", "achievement", "nosuch", "band", "`by`", "$year", "$name", "r1"])
        }
        if nesting > 0, reader.chance(10) { return "outer." + reader.pick(["year", "code", "budget", "nosuch", "c0_0"]) }
        var path = reader.pick(columns)
        if path == "year" || path == "achievement" || path == "actual", reader.chance(30) {
            path = reader.pick(["previous", "next", "previous.previous"]) + "." + path
        }
        // Follow references a step or two (`indicator.programme.opd.name`); a wrong member
        // name now and then exercises the checker's did-you-mean.
        var entity = Self.referenceTarget(path)
        while let target = entity, reader.chance(40) {
            let members = Self.memberNames(target)
            let member = reader.chance(5) ? "nam" : reader.pick(members)
            path += "." + member
            entity = Self.referenceTarget(member)
        }
        return path
    }

    static func referenceTarget(_ field: String) -> Entity? {
        switch field {
        case "opd": return .opd
        case "pillar": return .pillar
        case "programme": return .programme
        case "indicator": return .indicator
        default: return nil
        }
    }

    mutating func literal(tame: Bool) -> String {
        if tame { return reader.pick(Self.tameLiterals) }
        switch reader.below(6) {
        case 0, 1: return reader.pick(Self.intLiterals)
        case 2: return reader.pick(Self.decimalLiterals)
        case 3, 4: return reader.pick(Self.textLiterals)
        default: return reader.pick(["null", "true", "false", "$year", "$name"])
        }
    }

    mutating func expression(depth: Int, columns: [String], tame: Bool) -> String {
        guard depth < Self.maxDepth else {
            return reader.chance(60) ? name(columns: columns) : literal(tame: tame)
        }
        let next = depth + 1
        switch reader.below(14) {
        case 0, 1, 2:
            return name(columns: columns)
        case 3, 4:
            return literal(tame: tame)
        case 5, 6:
            let op = reader.pick(Self.binaryOperators)
            return expression(depth: next, columns: columns, tame: tame) + " \(op) " + expression(depth: next, columns: columns, tame: tame)
        case 7:
            var items: [String] = []
            for _ in 0..<reader.below(4) { items.append(literal(tame: tame)) }
            let list = reader.chance(80) ? "[" + items.joined(separator: ", ") + "]" : name(columns: columns)
            return expression(depth: next, columns: columns, tame: tame) + reader.pick([" in ", " not in "]) + list
        case 8 where reader.chance(30):
            return expression(depth: next, columns: columns, tame: tame) + reader.pick([" between ", " not between "])
                + literal(tame: tame) + " and " + literal(tame: tame)
        case 8:
            return expression(depth: next, columns: columns, tame: tame) + reader.pick([" is null", " is not null"])
        case 9:
            switch reader.below(4) {
            case 0: return "not " + expression(depth: next, columns: columns, tame: tame)
            case 1: return "-" + expression(depth: next, columns: columns, tame: tame)
            case 2: return "(" + expression(depth: next, columns: columns, tame: tame) + ")"
            default: return "- -" + expression(depth: next, columns: columns, tame: tame)
            }
        case 10, 11:
            let function = reader.pick(Self.functions)
            let arity = function.arity.lowerBound + reader.below(function.arity.count)
            let tameArguments = tame || Self.convertingFunctions.contains(function.name)
            var arguments: [String] = []
            for _ in 0..<arity { arguments.append(expression(depth: next, columns: columns, tame: tameArguments)) }
            return "\(function.name)(" + arguments.joined(separator: ", ") + ")"
        default:
            return aggregateCall(depth: next, columns: columns, tame: tame)
        }
    }

    /// `sum(x)`, `count()`, or an aggregate over a nested pipeline (`count(programmes | where …)`).
    mutating func aggregateCall(depth: Int, columns: [String], tame: Bool) -> String {
        let function = reader.pick(Self.aggregates)
        if function == "count", reader.chance(30) { return "count()" }
        if nesting < Self.maxNesting, reader.chance(35) {
            nesting += 1
            defer { nesting -= 1 }
            // The row's relation (`programmes` of an OPD) or a whole source; both capped.
            let collections = columns.filter { ["programmes", "indicators", "measurements"].contains($0) }
            let source = !collections.isEmpty && reader.chance(60) ? reader.pick(collections) : Catalog.masterplan[reader.pick(Catalog.masterplan.entities)].plural
            let target = Catalog.masterplan.source(named: source) ?? .measurement
            var inner = Self.memberNames(target)
            var entity: Entity? = target
            var text = "\(source) | take \(reader.below(Self.maxRows + 1))"
            for _ in 0..<reader.below(3) {
                text += " | " + stage(entity: &entity, columns: &inner)
            }
            if function == "count" { return "count(\(text))" }
            // An aggregate other than count needs a value: project one column of the pipeline.
            return "\(function)((\(text)).\(inner.isEmpty ? "code" : reader.pick(inner)))"
        }
        var arguments = expression(depth: depth, columns: columns, tame: tame)
        if Self.twoArgumentAggregates.contains(function) {
            let second = function == "percentile" ? reader.pick(["0", "50", "90", "100", "101", "-1", "12.5", "$n"])
                                                  : expression(depth: depth, columns: columns, tame: tame)
            arguments += ", " + second
        }
        return "\(function)(" + arguments + ")"
    }
}
