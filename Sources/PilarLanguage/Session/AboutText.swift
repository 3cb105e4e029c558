import PilarCore
import PilarStore

/// The text of `.about`: what is loaded, and for the demo, that its figures are not official.
enum AboutText {
    static func text(for store: Store, safe: Bool = false, unsaved: Message? = nil, in language: Language = .english) -> String {
        let data = store.origin.map { Message(SessionNoteMessage.aboutDataFrom, ["title": .text(store.title), "origin": .text($0)]) }
            ?? Message(SessionNoteMessage.aboutData, ["title": .text(store.title)])
        var lines = [Message(SessionNoteMessage.aboutTitle).text(in: language),
                     data.text(in: language),
                     "      " + store.countsMessage.text(in: language)]
        var notes: [Message] = []
        if store.isDemo {
            notes.append(Message(SessionNoteMessage.aboutDemoFictional))
            notes.append(Message(SessionNoteMessage.aboutLoadYourOwn))
        }
        if let unsaved {
            notes.append(Message(SessionNoteMessage.aboutUnsaved, ["changes": .message(unsaved)]))
        }
        if safe {
            notes.append(Message(SessionNoteMessage.aboutSafeMode))
        }
        lines += notes.map { $0.text(in: language) }
        return lines.joined(separator: "\n") + "\n"
    }
}
