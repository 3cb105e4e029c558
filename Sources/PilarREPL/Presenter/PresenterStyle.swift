extension ShellStyle {
    /// A prompt written as plain output (not through libedit), as presenter mode types it.
    func promptText(_ text: String) -> String {
        color ? "\u{1B}[1;32m" + text + "\u{1B}[0m" : text
    }

    /// A line of slide text in presenter mode: bold, so it stands out on a projector.
    func slide(_ text: String) -> String {
        color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }
}
