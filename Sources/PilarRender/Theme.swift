/// How the table format looks on screen: `.theme default` or `.theme projector`.
///
/// The shells still decide whether there is colour at all (a terminal, `NO_COLOR`); the theme
/// decides which colours, and how much room a cell gets. Plain output changes only by the
/// projector's wider cells, so a theme never breaks a pipe's text.
public enum Theme: String, CaseIterable, Sendable, Hashable {
    /// Bold headers, borders at normal intensity, one space either side of a cell.
    case `default`
    /// For a bimtek projector: high contrast (bold header, bright chart colours, no dim text),
    /// and one more space either side of a cell so the columns read from the back of the room.
    case projector

    /// Spaces between a cell's text and the border on each side.
    public var cellPadding: Int { self == .projector ? 2 : 1 }

    /// The names `.theme` takes, in the order help lists them.
    public static var allNames: [String] { allCases.map(\.rawValue) }
}

extension RenderStyle {
    /// High contrast for a projector: bold headers, nothing dim (a null is italic instead),
    /// bright series and bar colours, the band colours as on the default style.
    public static let projector = RenderStyle(
        header: "\u{1B}[1m", null: "\u{1B}[3m", border: "",
        series: ["\u{1B}[94m", "\u{1B}[91m", "\u{1B}[92m", "\u{1B}[95m", "\u{1B}[96m", "\u{1B}[93m"],
        bands: RenderStyle.bandColours, bar: "\u{1B}[94m")

    /// This style under `theme`: the projector's colours when colour is on at all; plain
    /// stays plain.
    public func themed(_ theme: Theme) -> RenderStyle {
        guard theme == .projector, self != .plain else { return self }
        return .projector
    }
}

extension RenderOptions {
    /// The style the table and charts draw with: the shell's choice of colour under the
    /// session's theme.
    var themedStyle: RenderStyle { style.themed(display.theme) }
}
