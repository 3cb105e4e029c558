extension StageDeclaration {
    /// Every stage, in the order `.help` lists them. grammar.md gives their syntax rules.
    public static let all: [StageDeclaration] = [
        StageDeclaration(
            name: "where", aliases: [], helpAliases: ["filter"],
            syntax: ["where EXPR"],
            summary: "keep the rows for which a condition is true",
            help: """
                Rows for which EXPR is false or null are dropped. Combine conditions with and,
                or and not; see .help expressions.
                """,
            examples: [
                #"programmes | where pillar == "mobility""#,
                #"programmes | where opd in ["DISHUB", "DISKOMINFO"] and budget is not null"#,
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "select", aliases: [], helpAliases: ["project"],
            syntax: ["select EXPR [as NAME], …", "select NAME = EXPR, …"],
            summary: "choose, rename and compute the columns of the result",
            help: """
                Only the listed columns remain. A column computed from an expression is named
                with `as NAME` or `NAME = EXPR`; a plain field keeps its own name. Dotted
                navigation follows references: opd.name is the name of the programme's OPD.
                """,
            examples: [
                "programmes | select code, name, agency = opd.name, budget",
                "indicators | select code, name, programme.pillar as pillar, unit",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "extend", aliases: [], helpAliases: [],
            syntax: ["extend NAME = EXPR, …"],
            summary: "add computed columns and keep all the others",
            help: """
                Like select, but every existing column stays and the new ones are added at the
                end. Later stages can use the new names.
                """,
            examples: [
                "programmes | extend years = end_year - start_year + 1 | sort years desc | take 5",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "sort", aliases: [], helpAliases: ["order", "order-by"],
            syntax: ["sort EXPR [asc|desc], …"],
            summary: "order the rows by one or more keys",
            help: """
                Keys are compared in order: the second key breaks ties in the first. The
                default direction is asc.
                """,
            examples: [
                "programmes | sort pillar, budget desc | select pillar, code, budget",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "take", aliases: [], helpAliases: ["limit", "head"],
            syntax: ["take N"],
            summary: "keep the first N rows",
            help: """
                Keeps the first N rows in their current order; sort first to choose which ones.
                """,
            examples: [
                "opds | take 3",
                "programmes | sort start_year | take 10",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "top", aliases: [], helpAliases: [],
            syntax: ["top N by EXPR [asc|desc]"],
            summary: "the N rows with the largest (or smallest) value of a key",
            help: """
                A shorthand for sort then take. The default direction is desc, the largest
                first; write asc for the smallest.
                """,
            examples: [
                "programmes | top 5 by budget",
                "measurements | top 3 by achievement asc",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "summarize", aliases: ["summarise"], helpAliases: ["group", "group-by", "aggregate-by"],
            syntax: ["summarize [NAME =] AGG, … [by [NAME =] EXPR, …]"],
            summary: "aggregate rows, as a whole or in groups",
            help: """
                Without by, the result is one row of aggregates over all rows. With by, there is
                one row per distinct combination of the by-expressions, holding those values and
                the aggregates of the rows in the group. See .help aggregates.
                """,
            examples: [
                "programmes | summarize total = sum(budget), programmes = count() by pillar",
                "programmes | summarize avg(budget), max(budget) by opd | sort opd",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "count", aliases: [], helpAliases: [],
            syntax: ["count"],
            summary: "the number of rows",
            help: """
                Replaces the rows with a single row holding their number. For counts per group
                use summarize count() by …
                """,
            examples: [
                #"programmes | where opd == "DISHUB" | count"#,
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "distinct", aliases: [], helpAliases: ["unique"],
            syntax: ["distinct EXPR, …"],
            summary: "the different values of one or more expressions",
            help: """
                One row per different combination of the values.
                """,
            examples: [
                "programmes | distinct pillar",
                "programmes | distinct opd, horizon | sort opd",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "window", aliases: [], helpAliases: ["over", "partition"],
            syntax: ["window NAME = EXPR, … [by EXPR, …] [sort EXPR [asc|desc], …]"],
            summary: "add columns computed over each partition of rows in an order",
            help: """
                Like extend, every row stays, in its input order, and the items are added. The
                rows with equal by-values form a partition (no by: all rows), ordered by the sort
                keys (ties keep their input order). In the items, the window functions
                row_number(), rank(), dense_rank(), lag(x[, n[, default]]), lead(…),
                running_sum(x), first_value(x) and last_value(x) read the partition in that
                order, and an aggregate (sum, avg, count, …) is over the whole partition, so a
                share of the partition is budget * 100 / sum(budget). See .help window-functions.
                """,
            examples: [
                "measurements | window before = lag(actual), r = rank() by indicator sort year | take 4",
                "programmes | window n = row_number() by opd sort budget desc | where n <= 2 | select opd, code, budget",
                "programmes | window share = round(budget * 100 / sum(budget), 1) by pillar | select pillar, code, share | take 4",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "pivot", aliases: [], helpAliases: ["crosstab"],
            syntax: ["pivot [NAME =] AGG, … [by [NAME =] EXPR, …] across EXPR [in [VALUE, …]]"],
            summary: "a row per group and a column per value of a key (a column per year)",
            help: """
                Like summarize, one row per distinct by-key combination; then one column per
                distinct value of the across key, holding the aggregate over the rows of that
                row and value (count 0, sum and avg null when there are none). Columns come in
                sort order: years ascending, enum values in their order, nulls last as `null`.
                They are named by the value (`2019`, `quick-win`); with several aggregates,
                VALUE_NAME (`2019_n`). Use them quoted: sort `2019` desc. The values are found by
                running the input when the statement is checked; `across year in [2019, 2020]`
                lists them instead (rows with other values are left out; 2019.0 is 2019). A
                pivot in a row's own pipeline (opds | extend x = count(programmes | pivot …))
                must list them. The key may be a comparison: across budget > 5e9 in [true, false].
                """,
            examples: [
                "measurements | pivot avg(achievement) by pillar = indicator.programme.pillar across year",
                "programmes | pivot count() by opd across horizon | sort `quick-win` desc | take 5",
                "programmes | pivot n = count(), budget = sum(budget) by pillar across horizon in [\"quick-win\", \"long\"]",
                "programmes | pivot count() by pillar across budget > 5e9 in [true, false]",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "unpivot", aliases: [], helpAliases: ["melt"],
            syntax: ["unpivot COLUMN, … into NAME_COLUMN, VALUE_COLUMN"],
            summary: "turn columns into rows: a row per listed column (the reverse of pivot)",
            help: """
                Each row becomes one row per listed column, keeping the other columns; the name
                column holds the listed column's name (an int when every name is a whole
                number, as years are, else text) and the value column its value. Rows whose
                value is null are left out, as in DuckDB. The listed columns must hold one kind
                of value (ints and decimals mix, as decimals). Needs records: select first.
                """,
            examples: [
                "programmes | pivot count() by pillar across horizon | unpivot `quick-win`, short, medium, long into horizon, n | take 5",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "totals", aliases: [], helpAliases: ["subtotals", "rollup"],
            syntax: ["totals [by COLUMN]"],
            summary: "append a Total row (and with by, a Subtotal row after each run of COLUMN)",
            help: """
                The label ("Total", "Subtotal governance") goes in the by column, or else in
                the first key of the summarize before (or the first text column); that column
                becomes text. After a summarize or pivot (with only where, sort, take, top and
                extend between) its aggregates are recomputed over the underlying rows of the
                groups totalled (a pivot's per column): avg is the average of all those rows,
                not of the averages; columns of an extend after it are computed again on the
                total row (a share shows 100). Otherwise ints and decimals are summed, except
                years (int columns named year or …_year), and other columns left empty.
                """,
            examples: [
                "programmes | summarize n = count(), budget = sum(budget), avg_budget = avg(budget) by pillar | totals",
                "programmes | summarize budget = sum(budget) by pillar, horizon | totals by pillar | take 6",
                "measurements | pivot avg(achievement) by pillar = indicator.programme.pillar across year | totals",
            ],
            mustBeLast: false
        ),
        StageDeclaration(
            name: "chart", aliases: [], helpAliases: ["plot", "graph"],
            syntax: ["chart bar VALUE [by LABEL]", "chart line VALUE by X [, SERIES]"],
            summary: "draw the rows as a bar or line chart (the last stage of a query)",
            help: """
                The rows stay as they are: csv, tsv, json and jsonl write them unchanged, the
                table draws the chart instead (markdown as a text block, html as a picture).
                bar: a bar per row, scaled to the terminal, the figure after it; the label is
                LABEL, or else the first text column, or else the row number; a null has no bar.
                At most 60 bars are drawn (take or top to choose). line: VALUE over X (years),
                one line per value of SERIES. VALUE must be a number. For a small chart per
                row see sparkline in .help functions.
                """,
            examples: [
                "programmes | summarize budget = sum(budget) by pillar | chart bar budget by pillar",
                "measurements | summarize a = avg(achievement) by year, pillar = indicator.programme.pillar | chart line a by year, pillar",
            ],
            mustBeLast: true
        ),
        // The edits: `.help edit` explains them with insert and upsert.
        StageDeclaration(
            name: "update", aliases: [], helpAliases: [],
            syntax: ["update FIELD = EXPR, …"],
            summary: "set fields of the rows that reach it",
            help: nil,
            examples: [
                #"measurements | where indicator == "MOB-01.2" and year == 2019 | update actual = 72"#,
            ],
            mustBeLast: true
        ),
        StageDeclaration(
            name: "delete", aliases: [], helpAliases: [],
            syntax: ["delete [cascade]"],
            summary: "delete the rows that reach it (cascade: and the rows that refer to them)",
            help: nil,
            examples: [
                #"programmes | where code == "MOB-02" | delete cascade"#,
            ],
            mustBeLast: true
        ),
        // Writes the result to a file rather than the screen; like the edits, it ends the statement.
        StageDeclaration(
            name: "export", aliases: [], helpAliases: ["save as", "write"],
            syntax: [#"export "FILE""#],
            summary: "write the result to FILE, in the format its extension names (.csv .tsv .json .jsonl .md .html .txt .xlsx)",
            help: """
                The last stage of a query: the result goes to FILE instead of the screen, and a
                note says how many rows were written. The extension picks the format (.txt is
                the table without colour, .html a standalone page, .xlsx a workbook with one
                sheet). The file is replaced whole or not at all. The name may hold {expr} as a
                print text does: export "laporan-{$o.code}.csv" in a for each writes one file
                per row. Refused in safe mode.
                """,
            examples: [
                #"programmes | where pillar == "mobility" | select code, name, budget | export "/tmp/pilar-stage-example.csv""#,
            ],
            mustBeLast: true
        ),
    ]
}
