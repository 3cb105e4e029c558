import PilarCore

extension LanguageCommandMessage {
    public var indonesian: String {
        switch self {
        case .current: "bahasa: {name} ({tag}); ganti dengan .lang en atau .lang id"
        case .unknownLanguage: "bahasa '{name}' tidak dikenal"
        case .languageList: "bahasa yang tersedia: en (English), id (Bahasa Indonesia)"
        case .tooManyArguments: ".lang menerima paling banyak satu bahasa"
        }
    }
}
