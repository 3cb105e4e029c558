import PilarCore

extension SessionNoteMessage {
    public var indonesian: String {
        switch self {
        case .currentLocale: "angka ditulis sebagai {example} (locale {tag}); ubah dengan .locale en atau .locale id"
        case .currentNullText: "nilai kosong (null) ditampilkan sebagai '{text}' di tabel dan markdown; ubah dengan .nullvalue TEKS"
        case .currentDecimals: "kolom desimal menampilkan paling banyak {count} angka desimal; ubah dengan .decimals N"
        case .runTime: "Waktu jalan: {duration}"
        case .safeModeOn: "mode aman aktif: berkas tidak dapat dibaca atau ditulis sampai sesi berakhir"
        case .safeModeOnRedirected: "mode aman aktif: berkas tidak dapat dibaca atau ditulis sampai sesi berakhir; keluaran kembali ke layar"
        case .outputGoesTo: "keluaran ditulis ke {path} (.output saja untuk kembali ke layar)"
        case .loaded: "{title} dimuat: {counts}"
        case .saved: "{count} berkas disimpan ke {folder}"
        case .dumped: "{counts} ditulis sebagai skrip ke {path}"
        case .nothingToUndo: "tidak ada yang dapat dibatalkan"
        case .nothingMoreToUndo: "tidak ada lagi yang dapat dibatalkan (pilar menyimpan {limit} perubahan terakhir)"
        case .undone: "dibatalkan: {summary} ({statement})"
        case .noChangesSinceLoad: "tidak ada perubahan sejak data dimuat"
        case .noChangesSinceSave: "tidak ada perubahan sejak terakhir disimpan"
        case .changeLine: "{summary}: {statement}"
        case .undoneSinceSave: "dibatalkan setelah disimpan: {summary}: {statement}"
        case .aboutTitle: "pilar — bahasa kueri untuk masterplan smart city"
        case .aboutData: "data yang dimuat: {title}"
        case .aboutDataFrom: "data yang dimuat: {title} ({origin})"
        case .aboutDemoFictional: "Masterplan demo ini fiktif: angkanya ilustratif, bukan data resmi."
        case .aboutLoadYourOwn: "Muat masterplan Anda sendiri dengan `.load FOLDER` atau `pilar --data FOLDER` (lihat examples/data/pekanbaru)."
        case .aboutUnsaved: "Ada perubahan yang belum disimpan ({changes}): gunakan .save untuk menyimpannya."
        case .aboutSafeMode: "Mode aman aktif: berkas tidak dapat dibaca atau ditulis, data lain tidak dapat dimuat, sampai sesi berakhir."
        case .schemaHeading: "{entity}  (sumber: {source}, {count} baris)"
        case .schemaCollection: "setiap {target} yang {field}-nya adalah {entity} ini"
        case .schemaNavigation: "{entity} dari {series} yang sama pada {step} {sign} {offset}, atau null"
        }
    }
}
