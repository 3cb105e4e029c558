import PilarCore

/// Messages of the guided tour (`.tour`): the sentence of each step and the tour's notices.
public enum TourMessage: String, MessageKey {
    case header, keys, finished, ended, badStep, summary
    case stepSources, stepWhere, stepTop, stepSummarize, stepNavigation, stepReverse
    case stepBand, stepWeak, stepSchema, stepHelp

    public static let area = "tour"

    public var english: String {
        switch self {
        case .header: "Tour {step}/{total}:"
        case .keys: "Type it and press Enter (Enter on an empty line runs it for you), or type .tour next, .tour back, .tour N or .tour end."
        case .finished: "That was the whole tour. Type .help for more, or .tour 1 to start again."
        case .ended: "Tour ended; .tour starts it again."
        case .badStep: "the tour has steps 1 to {count}; use .tour, .tour next, .tour back, .tour N or .tour end"
        case .summary: "a guided tour of the demo masterplan in ten steps"
        case .stepSources: "Every query starts from a source; here are the six smart-city pillars."
        case .stepWhere: "`where` keeps the rows that match a condition, and `select` picks the columns."
        case .stepTop: "`top 5 by budget` shows the five programmes with the largest budget."
        case .stepSummarize: "`summarize` groups rows: the number of programmes and their budget per pillar."
        case .stepNavigation: "A dot follows a reference: each indicator's programme, then that programme's OPD."
        case .stepReverse: "References also go back: count(programmes) counts each OPD's programmes."
        case .stepBand: "Each measurement's achievement falls in a band, from very low to very high."
        case .stepWeak: "The measurements of 2019 in the low bands, with the OPD responsible for each."
        case .stepSchema: "`.schema` lists the fields of an entity, here a programme."
        case .stepHelp: "`.help` explains every stage, function and command; try .help on anything."
        }
    }
}
