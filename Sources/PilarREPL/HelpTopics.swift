import PilarCore
import PilarLanguage
import PilarStore

/// The text of `.help`, kept as data so it can be read and corrected in one place. Every
/// example runs on the built-in demo masterplan.
enum HelpTopics {
    static let introduction = """
        pilar answers questions about the smart-city masterplan with pipelines:
        a source, then stages joined by |, each working on the rows the one
        before it produced.

          programmes | where pillar == "mobility" | top 5 by budget

        A statement ends at the end of the line or at ';'. End a line with |
        (or an operator, a comma or an open bracket) to go on on the next line.
        TAB completes names, Up recalls earlier statements, Ctrl-C abandons the
        statement being typed or stops a running one, Ctrl-D or .quit leaves.
        """

    static let all: [HelpTopic] = stages + language + shell

    /// `.help commands`, built from the command registries (`Shell.commands` and
    /// `Session.commands`): one line per command, their examples, and every command name
    /// as an alias unless another topic already answers to it (`.help format`).
    static func commandsTopic(otherTopics: [HelpTopic]) -> HelpTopic {
        let commands = Shell.helpOrder(engine: Session.commands.map(\.spec))
        let taken = Set(otherTopics.flatMap { [$0.name] + $0.aliases })
        let width = commandUsageWidth
        return HelpTopic(
            name: "commands",
            aliases: ["dot-commands", "dot", "safe-mode"] + commands.allNames.filter { !taken.contains($0) },
            summary: ShellMessage.commandsSummary.english,
            syntax: commands.map { $0.usage.padded(to: width) + $0.summary },
            body: """
                A dot-command takes the whole line and needs no ';'. TAB completes command names
                and, for .load, .read, .output, .once and .save, file names. .save keeps each
                file's layout and replaces all files together or none; it will not overwrite
                a file changed on disk since it was loaded unless given --force.

                .safe on (or pilar --safe) is for shared workshop shells: from then on .load,
                .read, .output, .once, .save and .dump FILE are refused, no file name is completed, the history
                stays in memory and the pager runs in its secure mode. It cannot be turned off.
                """,
            examples: commands.flatMap(\.examples)
        )
    }

    /// The width of the usage column of `.help commands`.
    static let commandUsageWidth = 19

    /// A page per stage, from the stage registry; the edits (update, delete) are on the edit page.
    static let stages: [HelpTopic] = StageDeclaration.all.compactMap { stage in
        stage.help.map { body in
            HelpTopic(name: stage.name, aliases: stage.helpAliases, summary: stage.summary, syntax: stage.syntax,
                      body: body, examples: stage.examples)
        }
    }

    static let language: [HelpTopic] = [
        HelpTopic(
            name: "expressions",
            aliases: ["expression", "operators", "conditions", "literals", "outer"],
            summary: "values, fields, operators and conditions",
            syntax: [
                #"literals     42  1_000_000  2.5  "text"  'text'  true  false  null"#,
                "fields       budget   opd.name   programme.opd.name",
                "arithmetic   +  -  *  /  %",
                "comparison   ==  !=  <  <=  >  >=",
                "logic        and  or  not",
                "tests        x in [a, b]   x is null   x is not null",
                "text         a contains b   a starts_with b   a ends_with b   (case-insensitive)",
                "             a ~= b (equal ignoring case)   a like \"MOB-%\" (% any run, _ one character)",
                "range        x between low and high (both included)   x not between low and high",
                "choice       if(condition, then, else)",
                "outer row    outer.year   in a nested pipeline, the row it is computed for (outer.outer.…)",
                "series       previous.actual   next.year   the row one step before, after (.help data)",
            ],
            body: """
                Fields are the columns of the current rows; a dotted path follows references to
                other entities. Comparisons with null are null, and where treats null as false,
                so test for missing values with is null. Parentheses group as usual. Inside a
                nested pipeline, count(x | where …) or (indicator.measurements | where …), names
                are the nested rows' own; outer.NAME reads the row the pipeline is computed for.
                """,
            examples: [
                #"programmes | where lower(name) contains "smart" or status is null"#,
                #"programmes | select code, size = if(budget >= 1_000_000_000, "large", "small")"#,
                #"programmes | where code like "mob-0_" and budget between 1e9 and 5e9 | select code, budget"#,
                "programmes | extend larger = count(programmes | where budget > outer.budget) | select code, budget, larger | take 3",
            ]
        ),
        HelpTopic(
            name: "functions",
            // `.help format` is the output formats; format() is listed here all the same.
            aliases: ["function"] + ScalarFunction.all.map(\.name).filter { $0 != "format" },
            summary: ScalarFunction.all.map(\.name).joined(separator: ", "),
            syntax: registryLines(ScalarFunction.all.map { ($0.signature, $0.help) }),
            body: """
                Functions work on one row at a time and can be used in any expression. For
                functions over many rows (sum, avg, …) see .help aggregates.
                """,
            examples: [
                "programmes | select code, upper(name) as name, len(name) as length",
                "measurements | select indicator, year, gap = abs(round(actual - target, 1))",
                #"opds | select code, head = coalesce(head, "vacant")"#,
            ]
        ),
        HelpTopic(
            name: "aggregates",
            // count is the count stage's topic.
            aliases: ["aggregate"] + AggregateFunction.all.map(\.name).filter { $0 != "count" },
            summary: AggregateFunction.all.map(\.name).joined(separator: ", "),
            syntax: registryLines(AggregateFunction.all.map { ($0.signature, $0.help) }),
            body: """
                In summarize, aggregates combine the rows of each group. Given a relation of
                the row, they combine its related rows: count(programmes) is an OPD's number
                of programmes, sum(programmes.budget) their budget. Elsewhere (where, extend,
                select, sort) they run over all the stage's rows, so a share of the total is
                x / sum(x) * 100. Nulls are skipped; sum and avg of nothing are null.
                """,
            examples: [
                "measurements | summarize avg(achievement), count_distinct(indicator) by year | sort year",
                #"opds | extend quick_wins = count(programmes | where horizon == "quick-win") | top 3 by quick_wins"#,
                "programmes | summarize total = sum(budget) by pillar | extend share = total / sum(total) * 100",
            ]
        ),
        HelpTopic(
            name: "window-functions",
            aliases: ["windows"] + WindowFunction.all.map(\.name),
            summary: WindowFunction.all.map(\.name).joined(separator: ", "),
            syntax: registryLines(WindowFunction.all.map { ($0.signature, $0.help) }),
            body: """
                Window functions work only in a window stage (.help window): each gives every
                row a value from the rows of its partition, in the stage's sort order. Ordinary
                aggregates in a window item are over the whole partition.
                """,
            examples: [
                "measurements | window change = actual - lag(actual) by indicator sort year | take 3",
                "programmes | window r = rank() by opd sort budget desc | where r == 1 | select opd, code, budget",
            ]
        ),
        HelpTopic(
            name: "statements",
            aliases: ["statement", "let", "print", "parameters", "variables", "comments", "param", "for", "each",
                      "else", "loops", "reports"],
            summary: "let, print, param, for each, if, $parameters and comments",
            syntax: [
                "let NAME = PIPELINE",
                "print EXPR",
                #"print "text {EXPR} text"     values inside the text; # lines are headings"#,
                "param NAME [: int|decimal|text|bool] [= LITERAL]",
                "for each $ROW in PIPELINE { STATEMENTS }",
                "if CONDITION { STATEMENTS } [else { STATEMENTS }]",
                "$NAME          a parameter, set with --set NAME=VALUE when starting pilar",
                "# comment      to the end of the line",
            ],
            body: """
                let names a pipeline, which later statements can use as a source. print shows
                the value of one expression, or text with {expressions} in it. param declares a
                parameter with a type and a default that --set overrides. for each runs its block
                once per row, with $ROW.field; if runs a block when its condition is true: a
                report writes a section per pillar or OPD and skips the empty ones. Several
                statements may share a line, separated by ';'.
                """,
            examples: [
                #"let mobility = programmes | where pillar == "mobility""#,
                "mobility | top 3 by budget; mobility | count",
                "print 2 * 21",
                ###"for each $p in pillars | take 2 { print "## {$p.name}: {count($p.programmes)} programmes" }"###,
                #"if count(opds | where count(programmes) == 0) > 0 { opds | where count(programmes) == 0 | select code }"#,
            ]
        ),
        HelpTopic(
            name: "check",
            aliases: ["checks", "strict", "quality", "data-quality"] + CheckRule.names,
            summary: "list problems in the data: \(CheckRule.all.count) rules, each at its file:line",
            syntax: ["check          every rule", "check RULE     one rule", ""]
                + registryLines(CheckRule.all.map { ($0.name, $0.summary) }),
            body: """
                check prints a table of problems (rule, entity, code, where, problem) in the
                current format, so --format csv gives a list for scripts. where is the file and
                line of the row (or "(inserted)" for a row added since the load). "Past" means
                before the reference year: the latest year with any actual, or $check_year when
                set (--set check_year=2022). pilar run --strict makes a check that finds
                problems fail the script with exit status 1, after listing them.
                """ + "\n\n" + ShellMessage.rulesHeading.english + "\n" + checkRuleLines,
            examples: [
                "check",
                "check past_end_not_done",
            ]
        ),
        HelpTopic(
            name: "edit",
            aliases: ["edits", "insert", "upsert", "update", "delete", "undo", "changes"],
            summary: "insert, upsert, update and delete rows; .undo and .changes",
            syntax: [
                "insert SOURCE {FIELD: EXPR, …}      or  insert SOURCE [{…}, {…}]",
                "upsert SOURCE {FIELD: EXPR, …}      match by key, set or insert",
                "… | update FIELD = EXPR, …          the last stage: set fields per row",
                "… | delete [cascade]                the last stage: delete the rows",
                ".undo [N]   .changes",
            ],
            body: """
                Edits change the data in memory. insert adds rows; upsert finds each record's
                row by its key (a measurement by indicator and year, anything else by code) and
                sets the fields given, or inserts it. References are given by code and enum
                fields by value; achievement and band are derived and follow by themselves.
                update and delete end a pipeline of rows of a source: update's expressions are
                computed per row and may use the row's fields; delete refuses rows that others
                refer to unless written delete cascade. Each statement is all or nothing and
                says what it did ("3 measurements updated"). .undo takes the last edit back,
                .changes lists the edits since loading or saving. A let of rows made before an
                edit must be run again before it is used.
                """,
            examples: [
                #"insert measurements {indicator: "MOB-01.2", year: 2024, target: 80}"#,
                #"measurements | where indicator == "MOB-01.2" and year == 2024 | update actual = 72"#,
                #"programmes | where code == "MOB-02" | delete cascade"#,
                ".changes",
                ".undo 3",
            ]
        ),
        HelpTopic(
            name: "data",
            aliases: ["data-model", "model", "schema", "entities", "sources"] + Catalog.masterplan.sourceNames
                + DataModelText.navigationNames(Catalog.masterplan),
            summary: "the entities of the masterplan and how they connect",
            syntax: DataModelText.lines(Catalog.masterplan),
            body: """
                Each source name gives all rows of one entity (programs is a synonym of
                programmes). A field marked → refers to a row of another entity: it shows as that
                row's code and can be followed with a dot (programme.opd.name); previous and next
                step along a series and are null at a gap (previous.previous.actual chains). An entity's
                related rows, such as a pillar's programmes, are listed after the arrow on the
                right. The pillars are governance, people, economy, environment, living and
                mobility; the OPDs (city agencies) include DISHUB, DISKOMINFO, BAPPEDA and DINKES.
                A horizon is quick-win, short, medium or long; a status planned, ongoing, done,
                stalled or cancelled; budgets are in whole rupiah. .schema shows the columns and
                types of the data actually loaded, extra CSV columns included.
                """,
            examples: [
                ".schema programme",
                "opds | select code, name, kind",
                "measurements | select indicator.programme.pillar, indicator.name, year, achievement | take 10",
                "measurements | select indicator, year, actual, change = actual - previous.actual, next.target | take 3",
            ]
        ),
        HelpTopic(
            name: "formats",
            aliases: ["format", "table", "csv", "tsv", "json", "jsonl", "markdown", "html", "csv-excel", "locale", "nullvalue",
                      "decimals"],
            summary: "table, csv, tsv, json, jsonl, markdown, html, csv-excel",
            syntax: [".format table|csv|tsv|json|jsonl|markdown|html|csv-excel", ".locale [en|id]", ".nullvalue [TEXT]",
                     ".decimals [N]"],
            body: """
                Sets how the following results are shown. table fits the terminal: columns are
                shortened when the screen is narrow, and a table that still does not fit turns
                into one block per row. The other formats are for copying into other programs or
                documents; combine them with .once FILE or .output FILE to write a file.
                html makes the whole run one printable page; print "# Title" lines are headings
                there and in markdown (.help print).
                csv-excel (or pilar --csv-excel) is csv as Excel in an Indonesian locale opens it:
                ';' between fields, a decimal comma, a UTF-8 BOM and CRLF line ends.

                .locale id (or pilar --locale id) writes numbers in table and markdown as
                Indonesians do, 1.250.000,5; csv, tsv and json never change. Whole numbers never
                show decimals; a decimal column shows the decimals its values need, at most 2
                (.decimals N); a null shows as - (.nullvalue TEXT). Each alone says what it is now.
                rupiah(), percent() and format() write numbers as text (.help functions).
                """,
            examples: [
                ".format csv",
                "pillars",
                ".format table",
                ".locale id",
                "programmes | select code, budget, rp = rupiah(budget, \"short\") | take 3",
                ".locale en",
            ]
        ),
    ]

    /// The check rules with their explanations, as the check page ends.
    static var checkRuleLines: String { checkRuleLines(in: .english) }

    static func checkRuleLines(in language: Language) -> String {
        CheckRule.all.map { "  \($0.name): \($0.help(in: language))." }.joined(separator: "\n")
    }

    /// The syntax lines of a registry's topic: each signature, then its help line in a column.
    static func registryLines(_ entries: [(signature: String, help: String)]) -> [String] {
        let width = (entries.map(\.signature.count).max() ?? 0) + 2
        return entries.map { $0.signature.padded(to: width) + $0.help }
    }

    static let shell: [HelpTopic] = [
        commandsTopic(otherTopics: stages + language),
        HelpTopic(
            name: "keys",
            aliases: ["editing", "keyboard", "shortcuts"],
            summary: "editing keys of the prompt",
            syntax: [
                "TAB          complete a name; twice lists the choices",
                "Up, Down     step through earlier statements (a multi-line one comes back whole)",
                "Ctrl-R       search earlier statements",
                "Ctrl-A, E    start, end of the line",
                "Ctrl-C       abandon the statement being typed, or stop a running query",
                "Ctrl-D       leave, on an empty line",
            ],
            body: """
                The history is kept in $XDG_STATE_HOME/pilar/history (normally
                ~/.local/state/pilar/history), or in the file named by $PILAR_HISTORY.

                Pasted lines run as in a script: a pasted line that starts with '|' continues
                the statement before it, so a multi-line example runs once, as one statement.
                A typed line that starts with '|' refines the statement run before it: after
                  programmes | where pillar == "mobility"
                the line
                  | top 3 by budget
                runs programmes | where pillar == "mobility" | top 3 by budget, and history
                keeps that whole statement (grammar.md §1, statement ends).
                """,
            examples: []
        ),
    ]
}
