/// The text of `sparkline(…)`: one block per value, ▁ for the smallest … █ for the largest,
/// a space for a null. All values equal (or one) draw the middle level.
public enum SparklineText {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Double?]) -> String {
        let known = values.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return String(repeating: " ", count: values.count) }
        let range = high - low
        return String(values.map { value -> Character in
            guard let value else { return " " }
            if range == 0 { return levels[levels.count / 2 - 1] }
            return levels[Int(((value - low) / range * Double(levels.count - 1)).rounded())]
        })
    }
}
