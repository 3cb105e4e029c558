extension CoreMessage {
    public var indonesian: String {
        switch self {
        case .errorLabel: "kesalahan:"
        case .warningLabel: "peringatan:"
        case .noteLabel: "catatan:"
        case .helpLabel: "saran:"
        case .moreProblems: "... dan {count} masalah lainnya"
        case .didYouMean: "maksud Anda '{name}'?"
        case .interrupted: "dihentikan"
        case .invalidUTF8: "UTF-8 tidak sah (bita {byte}) dalam skrip"
        case .invalidUTF8Hint: "simpan skrip sebagai UTF-8"
        case .code: "{code}"
        }
    }
}
