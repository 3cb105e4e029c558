import PilarCore

extension Entity {
    // Handles of the masterplan's entities, in `Catalog.masterplan` order, for code that names
    // one (the demo's files, tests). Rules about an entity belong in its declaration instead.
    public static let pillar = Entity(id: 0)
    public static let opd = Entity(id: 1)
    public static let programme = Entity(id: 2)
    public static let indicator = Entity(id: 3)
    public static let measurement = Entity(id: 4)
}

extension Catalog {
    /// The smart-city masterplan: pillars, OPDs, their programmes, the programmes' indicators
    /// and each indicator's yearly measurements.
    public static let masterplan = Catalog([
        EntityDeclaration(
            singular: "pillar", plural: "pillars", sheetAliases: ["pilar"],
            fields: [
                FieldDeclaration("code", .text, doc: "pillar code: governance, people, economy, environment, living, mobility"),
                FieldDeclaration("name", .text, doc: "English name, e.g. Smart Mobility"),
                FieldDeclaration("name_id", .text, nullable: true, requiredInHeader: false, doc: "Indonesian name, e.g. Mobilitas"),
            ],
            defaultRows: [
                ["governance", "Smart Governance", "Tata Kelola"],
                ["people", "Smart People", "Masyarakat"],
                ["economy", "Smart Economy", "Ekonomi"],
                ["environment", "Smart Environment", "Lingkungan"],
                ["living", "Smart Living", "Kehidupan"],
                ["mobility", "Smart Mobility", "Mobilitas"],
            ],
            isFixedList: true,
            doc: "the six smart-city pillars"),
        EntityDeclaration(
            singular: "opd", plural: "opds", sheetAliases: ["opd"], countNoun: "OPDs",
            fields: [
                FieldDeclaration("code", .text, doc: "short code, e.g. DISHUB"),
                FieldDeclaration("name", .text, doc: "full name of the OPD"),
                FieldDeclaration("kind", .text, nullable: true, doc: "dinas, badan, satuan, kantor, …"),
                FieldDeclaration("head", .text, nullable: true, requiredInHeader: false, doc: "head of the OPD"),
            ],
            doc: "the city's agencies (Organisasi Perangkat Daerah)"),
        EntityDeclaration(
            singular: "programme", plural: "programmes", aliases: ["programs"], sheetAliases: ["program"],
            fields: [
                FieldDeclaration("code", .text, doc: "programme code"),
                FieldDeclaration("name", .text, doc: "programme name"),
                FieldDeclaration("opd", .reference(.opd), reverse: "programmes", doc: "the OPD that runs it"),
                FieldDeclaration("pillar", .reference(.pillar), reverse: "programmes", doc: "its smart-city pillar"),
                FieldDeclaration("horizon", .enumeration(.horizon), doc: "quick-win, short, medium or long"),
                FieldDeclaration("start_year", .int, rule: .year, doc: "first year"),
                FieldDeclaration("end_year", .int, rule: .year, doc: "last year"),
                FieldDeclaration("budget", .int, nullable: true, rule: .money, doc: "budget in whole rupiah; null when unknown"),
                FieldDeclaration("status", .enumeration(.status), doc: "planned, ongoing, done, stalled or cancelled"),
            ],
            rules: [.notAfter(first: "start_year", second: "end_year", hint: Message(CatalogMessage.programmeEndsBeforeStart))],
            doc: "flagship programmes, each under one OPD and one pillar"),
        EntityDeclaration(
            singular: "indicator", plural: "indicators", sheetAliases: ["indikator"],
            fields: [
                FieldDeclaration("code", .text, doc: "indicator code"),
                FieldDeclaration("programme", .reference(.programme), reverse: "indicators", doc: "the programme it measures"),
                FieldDeclaration("name", .text, doc: "what is measured"),
                FieldDeclaration("unit", .text, nullable: true, doc: "unit of the figures, e.g. %, km, unit"),
                FieldDeclaration("polarity", .enumeration(.polarity), doc: "positive: more is better; negative: less is better"),
                FieldDeclaration("baseline", .decimal, nullable: true, rule: .figure, doc: "value before the programme started"),
            ],
            doc: "what each programme measures"),
        EntityDeclaration(
            singular: "measurement", plural: "measurements", sheetAliases: ["capaian", "realisasi"],
            fields: [
                FieldDeclaration("indicator", .reference(.indicator), reverse: "measurements", doc: "the indicator measured"),
                FieldDeclaration("year", .int, rule: .year, doc: "the year of the target"),
                FieldDeclaration("target", .decimal, rule: .figure, doc: "target for the year",
                                 missingHint: Message(CatalogMessage.targetRequiredHint)),
                FieldDeclaration("actual", .decimal, nullable: true, rule: .figure, doc: "realisasi; null when not yet reported"),
            ],
            key: ["indicator", "year"],
            derived: [AchievementColumns.declaration],
            sequence: SequenceDeclaration(series: "indicator", step: "year"),
            doc: "one row per indicator and year: target, actual (realisasi) and achievement (capaian)"),
    ])
}
