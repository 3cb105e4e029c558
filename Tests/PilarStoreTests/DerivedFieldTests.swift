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
        let inputs = DerivedInputs(
            own: ["target": .decimal([10, 10, nil]), "actual": .decimal([5, 5, 1])],
            referenced: ["indicator.polarity": (rows: [0, 1, 1], column: .enumeration(.polarity, [0, 1]))], count: 3)
        let result = AchievementColumns.declaration.compute(inputs)
        #expect(result.problems.isEmpty)
        guard result.columns.count == 2, case .decimal(let achievements) = result.columns[0],
              case .enumeration(.band, let bands) = result.columns[1] else {
            Issue.record("unexpected column types")
            return
        }
        #expect(achievements == [50, 150, nil])
        #expect(bands == [UInt8(AchievementBand.veryLow.rawValue), UInt8(AchievementBand.veryHigh.rawValue), ColumnData.nullOrdinal])
    }
}

/// Band edges on two-decimal figures, where binary floating point used to land a hair below
/// the edge (0.57 × 100 / 0.75 is 75.99999999999999 in doubles).
@Suite struct ExactAchievementTests {
    private func load(_ rows: [(polarity: String, target: String, actual: String)]) throws -> [(Value, Value)] {
        var fixture = Fixture()
        fixture.indicators = "code,programme,name,unit,polarity,baseline\n"
            + rows.indices.map { "I\($0),MOB-01,Indicator \($0),%,\(rows[$0].polarity),\n" }.joined()
        fixture.measurements = "indicator,year,target,actual\n"
            + rows.indices.map { "I\($0),2019,\(rows[$0].target),\(rows[$0].actual)\n" }.joined()
        let store = try fixture.load()
        return Array(zip(store.column(.measurement, "achievement"), store.column(.measurement, "band")))
    }

    @Test func edgesFoundOnRealLookingDataLandInTheirBand() throws {
        let results = try load([("positive", "0.75", "0.57"), ("negative", "1", "1.09"),
                                ("positive", "0.3", "0.273"), ("negative", "0.5", "0.62")])
        #expect(results[0].0 == .decimal(76))
        #expect(results[0].1 == .text("high"))
        #expect(results[1].0 == .decimal(91))
        #expect(results[1].1 == .text("very high"))
        #expect(results[2].0 == .decimal(91))
        #expect(results[2].1 == .text("very high"))
        #expect(results[3].0 == .decimal(76))
        #expect(results[3].1 == .text("high"))
    }

    /// The band from exact rational arithmetic on figures scaled to whole ten-thousandths.
    private func rationalBand(target: Int64, actual: Int64, negative: Bool) -> String {
        // achievement = numerator / target; compare numerator with edge × target, minding the sign.
        let numerator = Int128(negative ? 2 * target - actual : actual) * 100
        let denominator = Int128(target)
        func atLeast(_ edge: Int128) -> Bool {
            denominator > 0 ? numerator >= edge * denominator : numerator <= edge * denominator
        }
        if atLeast(91) { return "very high" }
        if atLeast(76) { return "high" }
        if atLeast(66) { return "medium" }
        if atLeast(51) { return "low" }
        return "very low"
    }

    private func text(_ tenThousandths: Int64) -> String {
        let sign = tenThousandths < 0 ? "-" : ""
        let magnitude = tenThousandths.magnitude
        return "\(sign)\(magnitude / 10_000).\(String(String(magnitude % 10_000 + 10_000).dropFirst()))"
    }

    @Test func randomFiguresWithUpToFourDecimalsGiveTheExactBand() throws {
        var generator = SystemRandomNumberGenerator()
        var cases: [(polarity: String, target: String, actual: String)] = []
        var expected: [String] = []
        for index in 0..<3000 {
            // Half the cases sit on or next to an edge, where rounding used to go wrong.
            var target = Int64.random(in: 1...2_000_000, using: &generator)
            if Bool.random(using: &generator) { target = -target }
            let negative = index % 2 == 1
            var actual: Int64
            if index % 3 == 0 {
                actual = Int64.random(in: -3_000_000...3_000_000, using: &generator)
            } else {
                let edge = [91, 76, 66, 51].randomElement(using: &generator)!
                let onEdge = negative ? 2 * target - target * Int64(edge) / 100 : target * Int64(edge) / 100
                actual = onEdge + Int64.random(in: -1...1, using: &generator)
            }
            cases.append((negative ? "negative" : "positive", text(target), text(actual)))
            expected.append(rationalBand(target: target, actual: actual, negative: negative))
        }
        let results = try load(cases)
        for index in cases.indices where results[index].1 != .text(expected[index]) {
            Issue.record("target \(cases[index].target), actual \(cases[index].actual), \(cases[index].polarity): band \(results[index].1), exact \(expected[index])")
        }
    }
}
