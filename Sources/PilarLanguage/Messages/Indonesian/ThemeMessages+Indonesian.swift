extension ThemeMessage {
    public var indonesian: String {
        switch self {
        case .themeArguments: ".theme menerima default atau projector"
        case .unknownTheme: "tema '{name}' tidak dikenal"
        case .themesAre: "tema yang tersedia: {names}"
        case .currentDefault: "temanya default; .theme projector memberi kontras tinggi dan sel lebih lebar untuk proyektor"
        case .currentProjector: "temanya projector (kontras tinggi, sel lebih lebar); .theme default mengembalikannya"
        }
    }
}
