import PilarCore
import PilarStore

/// Report statements for the generated scripts: `param`, `print` text with `{…}` values,
/// `for each` and `if` blocks, charts, sparklines and `export` (refused: the harness runs in
/// safe mode, so no file is ever written). Blocks nest at most `maxBlockDepth` deep and loop
/// over a pipeline that starts `source | take N`, so the work stays bounded as
/// ScriptGenerator's comment reckons (times at most maxRows per loop).
extension ScriptGenerator {
    static let maxBlockDepth = 2

    mutating func reportStatement() -> String {
        switch reader.below(7) {
        case 0:
            let name = reader.pick(["year", "opd", "n", "x", "year"])
            var text = "param \(name)"
            if reader.chance(60) { text += ": " + reader.pick(["int", "decimal", "text", "bool", "date"]) }
            if reader.chance(70) { text += " = " + literal(tame: true) }
            return text
        case 1:
            return "print " + printText(row: nil)
        case 2, 3:
            return forEach()
        case 4:
            return ifBlock(row: nil)
        case 5:
            let built = pipeline()
            let columns = built.entity.map(Self.memberNames) ?? []
            var text = built.text + " | chart " + reader.pick(["bar", "line", "pie"]) + " " + name(columns: columns)
            if reader.chance(70) { text += " by " + name(columns: columns) }
            if reader.chance(30) { text += ", " + name(columns: columns) }
            if reader.chance(30) { text += " title " + reader.pick(["\"Pagu\"", "\"\"", "x"]) }
            return text
        default:
            // Refused in safe mode, after the checker has looked at the name.
            return pipeline().text + " | export " + reader.pick(["\"r.csv\"", "\"r.xlsx\"", "\"r.xslx\"", "\"r-{$year}.md\"", "\"\"", "r.csv"])
        }
    }

    /// `"… {expr} …"`, sometimes reading the loop's row (`{$r.code}`), sometimes broken.
    mutating func printText(row: (name: String, columns: [String])?) -> String {
        var pieces = [reader.pick(["# Laporan ", "## ", "Pagu ", "", "{{literal}} ", "#"])]
        for _ in 0..<(1 + reader.below(3)) {
            switch reader.below(5) {
            case 0 where row != nil:
                pieces.append("{$\(row!.name).\(reader.pick(row!.columns + ["nosuch"]))}")
            case 1:
                pieces.append("{$year}")
            case 2:
                pieces.append("{" + reader.pick(["count(opds)", "rupiah(sum(programmes.budget), 'short')", "1 +", "}", "percent(91.5)"]) + "}")
            default:
                pieces.append(" teks ")
            }
        }
        return "\"" + pieces.joined() + "\""
    }

    mutating func forEach() -> String {
        guard blockDepth < Self.maxBlockDepth else { return "print " + printText(row: nil) }
        let built = pipeline()
        let row = (name: reader.pick(["r", "p", "year"]), columns: built.entity.map(Self.memberNames) ?? ["code"])
        blockDepth += 1
        defer { blockDepth -= 1 }
        return "for each $\(row.name) in \(built.text) {\n" + block(row: row) + "\n}"
    }

    mutating func ifBlock(row: (name: String, columns: [String])?) -> String {
        guard blockDepth < Self.maxBlockDepth else { return "print " + printText(row: row) }
        blockDepth += 1
        defer { blockDepth -= 1 }
        let condition = reader.chance(60)
            ? "count(\(pipeline().text)) > \(reader.pick(["0", "2", "$n"]))"
            : expression(depth: 1, columns: [], tame: true)
        var text = "if \(condition) {\n" + block(row: row) + "\n}"
        if reader.chance(40) { text += " else {\n" + block(row: row) + "\n}" }
        return text
    }

    /// One to three statements of a block; a `let` in one is refused by the checker.
    mutating func block(row: (name: String, columns: [String])?) -> String {
        var statements: [String] = []
        for _ in 0..<(1 + reader.below(3)) {
            switch reader.below(6) {
            case 0: statements.append("print " + printText(row: row))
            case 1: statements.append(forEach())
            case 2: statements.append(ifBlock(row: row))
            case 3: statements.append("let r9 = opds | take 1")
            case 4:
                if let row {
                    statements.append("programmes | take 5 | where code == $\(row.name).\(reader.pick(row.columns))")
                } else {
                    statements.append(pipeline().text)
                }
            default: statements.append(pipeline().text)
            }
        }
        return statements.joined(separator: "\n")
    }
}
