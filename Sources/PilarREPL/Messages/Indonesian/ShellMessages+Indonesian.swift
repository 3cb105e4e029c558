import PilarCore

extension ShellMessage {
    public var indonesian: String {
        switch self {
        case .demoDataNote: " (data demo ilustratif, bukan data resmi)"
        case .bannerSafeMode: "Mode aman: berkas tidak dapat dibaca atau ditulis, data lain tidak dapat dimuat; riwayat hanya disimpan di memori."
        case .bannerTryQuery: "Ketik kueri seperti  {query}"
        case .bannerKeys: "TAB melengkapi, .help menampilkan bantuan, .quit atau Ctrl-D untuk keluar."
        case .unsavedChanges: "{count} perubahan belum disimpan; .save untuk menyimpannya, .quit sekali lagi untuk membuangnya"
        case .refineNothingYet: "baris yang diawali '|' melanjutkan kueri terakhir, dan belum ada kueri: mulailah dengan sumber, misalnya {example}"
        case .refineNotAQuery: "baris yang diawali '|' melanjutkan kueri terakhir, dan pernyataan terakhir bukan kueri: mulailah dengan sumber, misalnya {example}"
        case .unknownCommand: "perintah '.{name}' tidak dikenal"
        case .listCommandsHint: "ketik .help untuk melihat daftar perintah"
        case .noHelpTopic: "tidak ada bantuan tentang '{topic}'"
        case .listTopicsHint: "ketik .help untuk melihat daftar topik"
        case .pagerState: "pager {state}"
        case .pagerOn: "aktif ({command})"
        case .pagerOff: "nonaktif"
        case .pagerSecure: "{command}, dalam mode amannya"
        case .noPager: "tidak ada pager yang dapat diaktifkan"
        case .noPagerHint: "atur $PAGER, misalnya PAGER='less -FRSX'"
        case .pagerUsage: "penggunaan: .pager on|off"
        case .noArgumentsUsage: "penggunaan: {command} (tanpa argumen)"
        case .expectedCommandName: "diharapkan nama perintah setelah '.'; ketik .help untuk melihat daftarnya"
        case .helpSummary: "bantuan ini, atau satu topik"
        case .historySummary: "pernyataan yang sudah diketik, bernomor"
        case .clearSummary: "bersihkan layar"
        case .pagerSummary: "tampilkan hasil panjang lewat $PAGER (bawaan: less)"
        case .quitSummary: "keluar (Ctrl-D juga)"
        case .topicsHeading: "Topik — ketik .help TOPIK:"
        case .examplesHeading: "Contoh:"
        case .exampleHeading: "Contoh:"
        case .rulesHeading: "Aturan:"
        case .commandsSummary: "perintah titik (dot-command) shell"
        }
    }
}
