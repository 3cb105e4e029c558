/// The messages of one area of pilar (the parser, the loader, …): one enum whose cases are the
/// stable message IDs, with the English text in the declaration and the Indonesian text in an
/// extension under `Messages/Indonesian/`. The compiler refuses a message missing from either
/// language; `MessageCatalogueTests` checks that both texts use the same placeholders.
///
/// A text is a template: `{name}` is replaced by the argument called `name`;
/// `{count|row|rows}` picks the singular when the number argument `count` is 1;
/// `{{` and `}}` write braces.
public protocol MessageKey: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The first part of every ID of the area: `parser` in `parser.expectedStage`.
    static var area: String { get }
    /// The template in English.
    var english: String { get }
    /// The template in Bahasa Indonesia.
    var indonesian: String { get }
}

extension MessageKey {
    /// The stable ID: area and case name, e.g. `checker.unknownField`.
    public var id: String { "\(Self.area).\(rawValue)" }

    public func template(in language: Language) -> String {
        switch language {
        case .english: english
        case .indonesian: indonesian
        }
    }
}
