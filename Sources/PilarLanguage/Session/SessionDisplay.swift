import PilarCore
import PilarRender

extension Session {
    /// A display setting `.locale`, `.nullvalue` or `.decimals` shows when given no value.
    enum DisplaySetting {
        case locale, nullText, decimals
    }

    /// Says what the setting is now, in the session's language (as `.lang` alone does).
    func showDisplaySetting(_ setting: DisplaySetting, _ emit: (SessionEvent) -> Void) {
        let message = switch setting {
        case .locale:
            Message(SessionNoteMessage.currentLocale,
                    ["example": .text(display.locale == .indonesian ? "1.250.000,5" : "1,250,000.5"),
                     "tag": .text(display.locale.rawValue)])
        case .nullText:
            Message(SessionNoteMessage.currentNullText, ["text": .text(display.nullText)])
        case .decimals:
            Message(SessionNoteMessage.currentDecimals, ["count": .number(display.decimals)])
        }
        emit(.text(message.text(in: language) + "\n"))
    }
}
