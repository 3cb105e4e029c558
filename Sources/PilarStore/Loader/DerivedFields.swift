import PilarCore

/// The measurement fields pilar computes at load time: achievement (capaian, %) and its band.
enum DerivedFields {
    /// Achievement and band columns for a measurement table, given the indicators' polarities.
    /// Rows whose achievement is out of range get null; the loader reports them before this runs.
    static func measurementColumns(
        indicators: [Int32], targets: [DecimalNumber?], actuals: [DecimalNumber?], polarityOrdinals: [UInt8]
    ) -> (achievement: ColumnData, band: ColumnData) {
        var achievements: [DecimalNumber?] = []
        var bands: [UInt8] = []
        achievements.reserveCapacity(indicators.count)
        bands.reserveCapacity(indicators.count)
        for row in indicators.indices {
            // Polarity ordinals follow `Domain.polarity`, which lists positive then negative.
            let indicator = Int(indicators[row])
            let ordinal = polarityOrdinals.indices.contains(indicator) ? polarityOrdinals[indicator] : 0
            let polarity: Polarity = ordinal == 1 ? .negative : .positive
            switch Achievement.compute(target: targets[row], actual: actuals[row], polarity: polarity) {
            case .value(let value, let band):
                achievements.append(value)
                bands.append(UInt8(band.rawValue))
            case .none, .outOfRange:
                achievements.append(nil)
                bands.append(ColumnData.nullOrdinal)
            }
        }
        return (.decimal(achievements), .enumeration(.band, bands))
    }
}
