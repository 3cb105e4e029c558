import PilarCore

extension CLIMessage {
    var indonesian: String {
        switch self {
        case .workbookToTerminal: "--format xlsx menulis workbook, yang tidak dapat ditampilkan terminal: arahkan ke berkas (> laporan.xlsx)"
        case .workbookNotWritten: "workbook tidak dapat dibuat; tidak ada yang ditulis"
        case .unknownFormat: "format '{format}' tidak dikenal; format yang ada: {formats}"
        case .unknownFormatSuggestion: "format '{format}' tidak dikenal (maksud Anda '{name}'?); format yang ada: {formats}"
        case .dataAndEmpty: "--data dan --empty tidak dapat dipakai bersamaan"
        case .setNeedsAssignment: "--set memerlukan NAMA=NILAI, mis. --set year=2019 (diberikan '{got}')"
        case .setBadName: "--set: '{name}' bukan nama parameter yang sah"
        case .commandsAndFiles: "berikan -c atau berkas skrip, jangan keduanya"
        case .runNeedsFile: "'pilar run' memerlukan setidaknya satu berkas skrip"
        case .cannotReadScript: "tidak dapat membaca '{path}': {reason}"
        case .unknownOption: "Opsi '{name}' tidak dikenal."
        case .unknownOptionSuggestion: "Opsi '{name}' tidak dikenal. Maksud Anda '{suggestion}'?"
        case .unsavedChanges: "pilar: {changes} belum disimpan; akhiri skrip dengan .save (atau .save DIR) untuk menyimpannya"
        case .cannotWriteStdout: "pilar: tidak dapat menulis ke keluaran standar: {reason}"
        case .unknownLanguage: "bahasa '{lang}' tidak dikenal; bahasa yang ada: {languages}"
        case .unknownLanguageSuggestion: "bahasa '{lang}' tidak dikenal (maksud Anda '{name}'?); bahasa yang ada: {languages}"
        case .unknownLocale: "format angka '{locale}' tidak dikenal; yang ada: {locales}"
        case .unknownLocaleSuggestion: "format angka '{locale}' tidak dikenal (maksud Anda '{name}'?); yang ada: {locales}"
        }
    }
}
