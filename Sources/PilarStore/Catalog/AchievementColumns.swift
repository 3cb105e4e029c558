import PilarCore

/// The derived measurement fields: achievement (capaian, %) and its Permendagri band.
enum AchievementColumns {
    static let declaration = DerivedColumns(
        fields: [
            FieldSchema("achievement", .decimal, nullable: true, doc: "capaian in % (derived from target, actual and polarity)"),
            FieldSchema("band", .enumeration(.band), nullable: true, doc: "Permendagri 86/2017 band of the achievement (derived)"),
        ],
        inputs: ["target", "actual", "indicator.polarity"],
        formula: "achievement = actual / target × 100, or (2 × target − actual) / target × 100 for negative polarity; band from the achievement",
        compute: compute)

    private static func compute(_ inputs: DerivedInputs) -> DerivedResult {
        guard case .decimal(let targets)? = inputs.own["target"], case .decimal(let actuals)? = inputs.own["actual"],
              let polarity = inputs.referenced["indicator.polarity"], case .enumeration(_, let ordinals) = polarity.column
        else { preconditionFailure("the measurement declaration has target, actual and indicator.polarity") }
        let indicators = polarity.rows
        var achievements: [DecimalNumber?] = []
        var bands: [UInt8] = []
        var problems: [RowProblem] = []
        achievements.reserveCapacity(inputs.count)
        bands.reserveCapacity(inputs.count)
        for row in 0..<inputs.count {
            // Polarity ordinals follow `Domain.polarity`, which lists positive then negative.
            let indicator = Int(indicators[row])
            let ordinal = ordinals.indices.contains(indicator) ? ordinals[indicator] : 0
            let polarity: Polarity = ordinal == 1 ? .negative : .positive
            switch Achievement.compute(target: targets[row], actual: actuals[row], polarity: polarity) {
            case .value(let value, let band):
                achievements.append(value)
                bands.append(UInt8(band.rawValue))
            case .none:
                achievements.append(nil)
                bands.append(ColumnData.nullOrdinal)
            case .outOfRange:
                achievements.append(nil)
                bands.append(ColumnData.nullOrdinal)
                let target = targets[row].map(\.description) ?? "?"
                let actual = actuals[row].map(\.description) ?? "?"
                problems.append(RowProblem(row: row, field: "actual",
                                           message: Message(CatalogMessage.achievementOverflow, ["actual": .text(actual), "target": .text(target)]),
                                           hint: Message(CatalogMessage.achievementOverflowHint)))
            }
        }
        return DerivedResult(columns: [.decimal(achievements), .enumeration(.band, bands)], problems: problems)
    }
}
