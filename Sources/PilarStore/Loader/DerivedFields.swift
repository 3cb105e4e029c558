import PilarCore

/// The measurement fields pilar computes at load time: achievement (capaian, %) and its band.
enum DerivedFields {
    /// Achievement and band columns for a measurement table, given the indicators' polarities.
    static func measurementColumns(
        indicators: [Int32], targets: [Double?], actuals: [Double?], polarityOrdinals: [UInt8]
    ) -> (achievement: ColumnData, band: ColumnData) {
        var achievements: [Double?] = []
        var bands: [UInt8] = []
        achievements.reserveCapacity(indicators.count)
        bands.reserveCapacity(indicators.count)
        for row in indicators.indices {
            // Polarity ordinals follow `Domain.polarity`, which lists positive then negative.
            let indicator = Int(indicators[row])
            let ordinal = polarityOrdinals.indices.contains(indicator) ? polarityOrdinals[indicator] : 0
            let polarity: Polarity = ordinal == 1 ? .negative : .positive
            let value = achievement(target: targets[row], actual: actuals[row], polarity: polarity)
            achievements.append(value)
            bands.append(value.map { UInt8(AchievementBand.band(for: $0).rawValue) } ?? ColumnData.nullOrdinal)
        }
        return (.decimal(achievements), .enumeration(.band, bands))
    }
}
