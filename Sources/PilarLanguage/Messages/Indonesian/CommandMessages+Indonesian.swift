import PilarCore

extension CommandMessage {
    public var indonesian: String {
        switch self {
        case .takesNoArguments: "{command} tidak menerima argumen"
        case .takesOnePath: "{command} menerima satu path"
        case .takesOneFileName: "{command} menerima satu nama berkas"
        case .takesAtMostOneFileName: "{command} menerima paling banyak satu nama berkas"
        case .addColumnArguments: ".addcolumn menerima sebuah sumber dan sebuah nama kolom"
        case .unknownSource: "sumber '{name}' tidak dikenal"
        case .sourcesAre: "sumber yang ada: {names}"
        case .formatArguments: ".format menerima satu format"
        case .unknownFormat: "format '{name}' tidak dikenal"
        case .formatsAre: "format yang tersedia: {names}"
        case .workbookIsAFile: "xlsx adalah berkas workbook, bukan format untuk layar"
        case .workbookIsAFileHint: ".output BERKAS.xlsx menulis setiap hasil sesudahnya sebagai sheet; | export \"BERKAS.xlsx\" menulis satu hasil"
        case .localeArguments: ".locale menerima en atau id"
        case .unknownLocale: "locale '{name}' tidak dikenal"
        case .localesAre: "locale yang tersedia: {names}"
        case .nullValueArguments: ".nullvalue menerima satu teks"
        case .decimalsArguments: ".decimals menerima jumlah angka desimal"
        case .decimalsRange: ".decimals menerima angka dari 0 sampai {maximum}, bukan '{value}'"
        case .unknownOption: "opsi '{option}' tidak dikenal"
        case .saveArguments: ".save menerima paling banyak satu folder"
        case .safeArguments: ".safe menerima on (mode aman tidak dapat dimatikan setelah aktif)"
        case .schemaArguments: ".schema menerima paling banyak satu entitas"
        case .unknownEntity: "entitas '{name}' tidak dikenal"
        case .entitiesAre: "entitas yang ada: {names}"
        case .timerArguments: ".timer menerima on atau off"
        case .undoArguments: ".undo menerima paling banyak jumlah langkah"
        case .undoSteps: ".undo menerima jumlah langkah, bukan '{value}'"
        }
    }
}
