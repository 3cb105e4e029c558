import PilarCore

/// Messages of the catalog: how entities and value domains are named inside other messages,
/// and the catalog's own rules and derived-field problems.
public enum CatalogMessage: String, MessageKey {
    // One row of each entity, as messages name it ("unknown opd 'X'").
    case pillarNoun, opdNoun, programmeNoun, indicatorNoun, measurementNoun
    // Counts ("1 OPD", "3 programmes").
    case pillarCount, opdCount, programmeCount, indicatorCount, measurementCount
    // The value domains, as messages name them ("unknown horizon 'x'").
    case horizonNoun, statusNoun, polarityNoun, bandNoun
    case programmeEndsBeforeStart, targetRequiredHint
    case achievementOverflow, achievementOverflowHint

    public static let area = "catalog"

    public var english: String {
        switch self {
        case .pillarNoun: "pillar"
        case .opdNoun: "opd"
        case .programmeNoun: "programme"
        case .indicatorNoun: "indicator"
        case .measurementNoun: "measurement"
        case .pillarCount: "{count} {count|pillar|pillars}"
        case .opdCount: "{count} {count|OPD|OPDs}"
        case .programmeCount: "{count} {count|programme|programmes}"
        case .indicatorCount: "{count} {count|indicator|indicators}"
        case .measurementCount: "{count} {count|measurement|measurements}"
        case .horizonNoun: "horizon"
        case .statusNoun: "status"
        case .polarityNoun: "polarity"
        case .bandNoun: "band"
        case .programmeEndsBeforeStart: "a programme cannot end before it starts"
        case .targetRequiredHint: "every measurement needs a target; only 'actual' may be empty (not yet reported)"
        case .achievementOverflow: "the achievement of actual {actual} against target {target} is beyond ±9.2 × 10^18 %"
        case .achievementOverflowHint: "check the figures: the target looks far too small"
        }
    }
}


extension EntityDeclaration {
    /// How messages name one row (`programme`); a catalog other than the masterplan's names
    /// its rows by their declared singular in every language.
    public var noun: Message {
        switch singular {
        case "pillar": Message(CatalogMessage.pillarNoun)
        case "opd": Message(CatalogMessage.opdNoun)
        case "programme": Message(CatalogMessage.programmeNoun)
        case "indicator": Message(CatalogMessage.indicatorNoun)
        case "measurement": Message(CatalogMessage.measurementNoun)
        default: .code(singular)
        }
    }

    /// `1 OPD` / `3 OPDs` in the reader's language (`count(_:)` is the English text).
    public func countMessage(_ n: Int) -> Message {
        let key: CatalogMessage? = switch singular {
        case "pillar": .pillarCount
        case "opd": .opdCount
        case "programme": .programmeCount
        case "indicator": .indicatorCount
        case "measurement": .measurementCount
        default: nil
        }
        // A declared entity is counted by its declared nouns, which are names, in every language.
        return key.map { Message($0, ["count": .number(n)]) }
            ?? Message(SummaryMessage.declaredCount, ["count": .number(n), "noun": .text(n == 1 ? singularCountNoun : countNoun)])
    }
}

extension Domain {
    /// How messages name the domain ("unknown horizon 'x'").
    public var noun: Message {
        switch self {
        case .horizon: Message(CatalogMessage.horizonNoun)
        case .status: Message(CatalogMessage.statusNoun)
        case .polarity: Message(CatalogMessage.polarityNoun)
        case .band: Message(CatalogMessage.bandNoun)
        }
    }
}
