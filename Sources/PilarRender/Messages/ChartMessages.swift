import PilarCore

/// Words the charts write themselves: the note under a cut bar chart, the legend's heading.
public enum ChartMessage: String, MessageKey {
    case moreBars, noValues

    public static let area = "chart"

    public var english: String {
        switch self {
        // `shown` and `count` are already written in the session's number locale.
        case .moreBars: "… {count} more rows not drawn: the chart shows the first {shown} (take or top to choose)"
        case .noValues: "nothing to draw: no row has a value"
        }
    }
}
