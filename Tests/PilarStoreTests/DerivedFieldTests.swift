import Foundation
import PilarCore
import Testing
@testable import PilarStore

/// Achievement (capaian) and its Permendagri 86/2017 band, computed at load.
@Suite struct DerivedFieldTests {
    /// Loads one positive (P) and one negative (N) indicator with the given measurements.
    private func derived(_ rows: [(indicator: String, target: String, actual: String)]) throws -> [(Value, Value)] {
        var fixture = Fixture()
        fixture.indicators = "code,programme,name,unit,polarity,baseline\nP,MOB-01,More is better,%,positive,\nN,MOB-01,Less is better,minutes,negative,\n"
        fixture.measurements = "indicator,year,target,actual\n"
            + rows.enumerated().map { "\($1.indicator),\(1950 + $0),\($1.target),\($1.actual)\n" }.joined()
        let store = try fixture.load()
        return Array(zip(store.column(.measurement, "achievement"), store.column(.measurement, "band")))
    }

    @Test func bandBoundariesAreInclusiveLowerBounds() throws {
        let actuals = ["91", "90.99", "76", "75.99", "66", "65.99", "51", "50.99", "0", "150"]
        let results = try derived(actuals.map { ("P", "100", $0) })
        #expect(results.map(\.1) == ["very high", "high", "high", "medium", "medium", "low", "low", "very low", "very low", "very high"].map(Value.text))
        #expect(results[0].0 == .decimal(91))
        #expect(results[9].0 == .decimal(150))
    }

    @Test func negativePolarityMirrorsAroundTheTarget() throws {
        let results = try derived([("N", "40", "44"), ("N", "100", "109"), ("N", "100", "110"), ("N", "50", "0"), ("N", "10", "25")])
        #expect(results.map(\.0) == [.decimal(90), .decimal(91), .decimal(90), .decimal(200), .decimal(-50)])
        #expect(results.map(\.1) == ["high", "very high", "high", "very high", "very low"].map(Value.text))
    }

    @Test func noAchievementWithoutAnActualOrWithAZeroTarget() throws {
        let results = try derived([("P", "0", "5"), ("N", "0", "0"), ("P", "10", ""), ("N", "10", "")])
        for (achievement, band) in results {
            #expect(achievement == .null)
            #expect(band == .null)
        }
    }

    @Test func negativeTargetsAndActualsAreNumbersLikeAnyOther() throws {
        // A growth rate can be negative; the formula still applies.
        let results = try derived([("P", "-2", "-1")])
        #expect(results.map(\.0) == [.decimal(50)])
        #expect(results.map(\.1) == [.text("very low")])
    }

    @Test func derivedColumnsDirectly() {
        let columns = DerivedFields.measurementColumns(
            indicators: [0, 1, 1], targets: [10, 10, nil], actuals: [5, 5, 1], polarityOrdinals: [0, 1])
        guard case .decimal(let achievements) = columns.achievement,
              case .enumeration(.band, let bands) = columns.band else {
            Issue.record("unexpected column types")
            return
        }
        #expect(achievements == [50, 150, nil])
        #expect(bands == [UInt8(AchievementBand.veryLow.rawValue), UInt8(AchievementBand.veryHigh.rawValue), ColumnData.nullOrdinal])
    }
}
