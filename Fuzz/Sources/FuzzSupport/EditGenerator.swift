import PilarCore
import PilarStore

/// The editing statements of a generated script: `insert`/`upsert` records (plausible ones and
/// wrong ones: unknown, derived and repeated fields, codes that do not exist, wrong types, nulls,
/// duplicate keys, enum values with typos), `| update` and `| delete [cascade]` stages, and the
/// dot-commands that look at or take back edits (`.undo [N]`, `.changes`, `.dump`, `.demo`).
///
/// Never a file: `.save` and `.dump FILE` are not generated (the fuzzer must not write files),
/// and the harness runs its session in safe mode besides. The work stays bounded: a record list
/// has at most `maxRecords` records, and update/delete pipelines start `source | take N` like
/// every other pipeline.
extension ScriptGenerator {
    static let maxRecords = 3

    /// Codes of each entity (by singular name): ones the demo has, new ones, near misses.
    static let codes: [String: [String]] = [
        "pillar": ["\"mobility\"", "\"smart\"", "\"people\"", "\"Mobility\""],
        "opd": ["\"DISHUB\"", "\"NEWOPD\"", "\"DISKOMINFO\"", "\"dishub\"", "\"\""],
        "programme": ["\"GOV-01\"", "\"NEW-01\"", "\"MOB-99\"", "\"gov-01\""],
        "indicator": ["\"GOV-01.1\"", "\"NEW-01.1\"", "\"GOV-01.9\"", "\"GOV-01.2\""],
    ]
    /// Values for each stored field by name. `good` ones pass the checker (a script is checked
    /// whole before it runs, so one checker error stops every statement of it), though many
    /// fail when applied: codes that do not exist, years out of range, start after end. `bad`
    /// ones are refused by the checker: wrong types, enum values with typos.
    static let fieldValues: [String: (good: [String], bad: [String])] = [
        "name": (["\"New programme\"", "\"\"", "\"a\\u{1F600}\\n\"", "\"Dinas Perhubungan\""], ["42"]),
        "name_id": (["\"Baru\"", "null"], ["true"]),
        "kind": (["\"dinas\"", "\"badan\"", "null"], ["1"]),
        "head": (["\"Budi\"", "null", "\"x\\\"y\""], []),
        "opd": (["\"DISHUB\"", "\"DISKOMINFO\"", "\"NOPE\"", "\"dishub\"", "null"], ["7"]),
        "pillar": (["\"mobility\"", "\"people\"", "\"mobilty\"", "null"], ["1.5"]),
        "horizon": (["\"short\"", "\"quick-win\"", "\"long\"", "null"], ["\"shrot\"", "\"quick win\"", "\"LONG\"", "2"]),
        "start_year": (["2019", "2020", "2024", "1800", "99999", "-1", "null"], ["2019.5", "\"2019\""]),
        "end_year": (["2019", "2021", "2030", "2017", "0", "9223372036854775807"], ["null", "1e308"]),
        "budget": (["1000000", "0", "-5", "null", "9223372036854775807", "1_000"], ["1.5", "1e308", "\"lots\""]),
        "status": (["\"done\"", "\"planned\"", "\"ongoing\"", "\"stalled\"", "null"], ["\"Done\"", "\"finished\"", "\"\""]),
        "funding_source": (["\"APBD\"", "null"], ["3"]),
        "programme": (["\"GOV-01\"", "\"MOB-01\"", "\"NOPE-1\"", "null"], ["0"]),
        "unit": (["\"%\"", "\"km\"", "null"], []),
        "polarity": (["\"positive\"", "\"negative\"", "null"], ["\"postive\"", "\"neutral\"", "true"]),
        "baseline": (["40", "0.5", "null", "-3", "0.000001", "999999999999999"], ["\"12\"", "1e308", "1e-30"]),
        "indicator": (["\"GOV-01.1\"", "\"GOV-01.2\"", "\"NOPE.1\"", "null", "\"\""], ["1"]),
        "year": (["2018", "2019", "2025", "0", "3000", "null"], ["2019.5", "\"2019\""]),
        "target": (["100", "0", "12.5", "-1", "null", "0.001", "999999999999999", "0.000000000000001", "0.01"], ["\"100\"", "1e308", "99999999999999999999"]),
        "actual": (["null", "90", "0", "99.99", "1e9", "-0.5", "-999999999999999", "123456789.123456"], ["false", "1e-300"]),
    ]
    /// Names a record or an update must not set: unknown, derived, relations, near misses.
    static let wrongFields = ["nosuch", "achievement", "band", "programmes", "measurements", "Code", "nam", "`by`"]
    /// Per-row right-hand sides of `update` for a field (the row's own fields, aggregates).
    static let rowExpressions: [String: [String]] = [
        "actual": ["actual * 1.1", "target", "actual + 1", "coalesce(actual, 0)", "avg(actual)", "round(target, 1)"],
        "target": ["target * 2", "target - 1", "max(target)", "actual", "target / 0"],
        "year": ["year + 1", "year - 2019", "min(year)"],
        "budget": ["budget * 2", "budget + 1", "sum(budget)", "budget / 3", "start_year", "budget * 9223372036854775807"],
        "start_year": ["start_year + 1", "end_year", "end_year + 1"],
        "end_year": ["end_year + 1", "start_year - 1", "max(end_year)"],
        "name": ["upper(name)", "name + \" (new)\"", "lower(code)", "text(count())"],
        "code": ["code + \"-X\"", "lower(code)", "\"SAME\""],
        "baseline": ["baseline * 2", "coalesce(baseline, 0)", "avg(baseline)"],
        "horizon": ["if(horizon == \"short\", \"long\", \"short\")"],
        "status": ["if(status == \"done\", \"ongoing\", status)"],
        "opd": ["opd", "pillar", "\"BAPPEDA\""],
        "programme": ["programme", "\"GOV-02\""],
        "indicator": ["indicator", "\"GOV-01.3\""],
    ]

    /// One editing statement or edit dot-command.
    mutating func editStatement() -> String {
        switch reader.below(20) {
        case 0..<9: return insertStatement()
        case 9..<13: return editPipeline() + " | " + updateStage()
        case 13..<16: return editPipeline() + (reader.chance(60) ? " | delete" : " | delete cascade")
        default: return editCommand()
        }
    }

    mutating func editCommand() -> String {
        switch reader.below(20) {
        case 0..<7: return ".undo"
        case 7..<10: return ".undo 3"
        case 10..<14: return ".changes"
        case 14..<16: return ".dump"
        case 16: return ".demo"
        case 17: return ".undo " + reader.pick(["0", "-1", "x", "100", "9223372036854775808"])
        case 18: return ".changes " + reader.pick(["all", "1"])
        default: return ".undo 1"
        }
    }

    /// `insert SOURCE {…}`, `upsert SOURCE […]`; now and then a wrong source or an empty list.
    mutating func insertStatement() -> String {
        let verb = reader.chance(65) ? "insert" : "upsert"
        let entity = reader.pick(Catalog.masterplan.entities)
        let declaration = Catalog.masterplan[entity]
        var source = declaration.plural
        if reader.chance(4) {
            source = reader.pick([declaration.singular, "programs", "nosuch"] + lets.keys.sorted())
        }
        guard reader.chance(55) else { return "\(verb) \(source) " + record(entity) }
        let count = reader.chance(3) ? 0 : 1 + reader.below(Self.maxRecords)
        var records: [String] = []
        for _ in 0..<count { records.append(record(entity)) }
        // A record repeated is a duplicate key within one statement.
        if let first = records.first, reader.chance(10) { records.append(first) }
        return "\(verb) \(source) [" + records.joined(separator: reader.chance(20) ? ",\n  " : ", ")
            + (reader.chance(10) ? ",]" : "]")
    }

    /// `{field: value, …}`: most stored fields with mostly fitting values; some left out,
    /// repeated, unknown or derived.
    mutating func record(_ entity: Entity) -> String {
        let declaration = Catalog.masterplan[entity]
        var names = Catalog.masterplan.schema(of: entity).fields.map(\.name)
            .filter { !declaration.derivedFieldNames.contains($0) }
        if declaration.singular == "programme" { names.append("funding_source") }
        var fields: [String] = []
        for name in names where reader.chance(93) || reader.isAtEnd {
            fields.append("\(name): " + value(for: name, of: entity))
        }
        if reader.chance(4) { fields.append(reader.pick(Self.wrongFields) + ": " + literal(tame: false)) }
        if let repeated = fields.last, reader.chance(2) { fields.append(repeated) }
        if reader.chance(10) { fields.reverse() }
        return "{" + fields.joined(separator: ", ") + (reader.chance(10) ? ",}" : "}")
    }

    /// A value for a stored field: mostly one the checker accepts, now and then a wrong one.
    mutating func value(for field: String, of entity: Entity) -> String {
        let options = field == "code" ? Self.codes[Catalog.masterplan[entity].singular].map { ($0, [String]()) }
                                      : Self.fieldValues[field]
        guard let options else { return literal(tame: false) }
        switch reader.below(100) {
        case 0..<90: return reader.pick(options.0)
        case 90..<94 where !options.1.isEmpty: return reader.pick(options.1)
        case 90..<97: return literal(tame: false)
        default: return expression(depth: 1, columns: [], tame: false)
        }
    }

    /// `SOURCE | take N` and up to two more stages: the rows an update or delete works on.
    mutating func editPipeline() -> String {
        var entity: Entity?
        var source: String
        if !lets.isEmpty, reader.chance(10) {
            source = reader.pick(lets.keys.sorted())
            entity = lets[source] ?? nil
        } else {
            entity = reader.pick(Catalog.masterplan.entities)
            source = entity.map { Catalog.masterplan[$0].plural } ?? "programmes"
        }
        var columns = entity.map(Self.memberNames) ?? []
        var text = "\(source) | take \(reader.below(Self.maxRows + 1))"
        for _ in 0..<reader.below(3) {
            text += " | " + stage(entity: &entity, columns: &columns)
        }
        editTarget = entity
        editColumns = columns
        return text
    }

    /// `update field = expr, …` on the rows of the last `editPipeline()`.
    mutating func updateStage() -> String {
        let fields = editTarget.map { entity in
            Catalog.masterplan.schema(of: entity).fields.map(\.name)
        } ?? ["actual", "budget"]
        var assignments: [String] = []
        for _ in 0..<(1 + reader.below(3)) {
            let field = reader.chance(95) ? reader.pick(fields) : reader.pick(Self.wrongFields)
            let value: String
            switch reader.below(10) {
            case 0..<4:
                if let options = Self.rowExpressions[field] {
                    value = reader.pick(options)
                } else {
                    value = expression(depth: 1, columns: editColumns, tame: false)
                }
            case 4..<7:
                if let entity = editTarget {
                    value = self.value(for: field, of: entity)
                } else {
                    value = literal(tame: false)
                }
            default: value = expression(depth: 1, columns: editColumns, tame: false)
            }
            assignments.append("\(field) = \(value)")
        }
        return "update " + assignments.joined(separator: ", ")
    }
}
