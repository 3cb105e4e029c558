import PilarCore

extension TourMessage {
    public var indonesian: String {
        switch self {
        case .header: "Tur {step}/{total}:"
        case .keys: "Ketik pernyataan itu lalu tekan Enter (Enter pada baris kosong menjalankannya untuk Anda), atau ketik .tour next, .tour back, .tour N atau .tour end."
        case .finished: "Tur selesai. Ketik .help untuk bantuan lebih lanjut, atau .tour 1 untuk mengulang."
        case .ended: "Tur diakhiri; .tour memulainya lagi."
        case .badStep: "tur memiliki langkah 1 sampai {count}; gunakan .tour, .tour next, .tour back, .tour N atau .tour end"
        case .summary: "tur terpandu masterplan demo dalam sepuluh langkah"
        case .stepSources: "Setiap kueri dimulai dari sumber; inilah enam pilar smart city."
        case .stepWhere: "`where` menyaring baris yang memenuhi syarat, dan `select` memilih kolomnya."
        case .stepTop: "`top 5 by budget` menampilkan lima program dengan pagu terbesar."
        case .stepSummarize: "`summarize` mengelompokkan baris: jumlah program dan pagunya per pilar."
        case .stepNavigation: "Titik mengikuti rujukan: program setiap indikator, lalu OPD program tersebut."
        case .stepReverse: "Rujukan juga dapat dibaca terbalik: count(programmes) menghitung program setiap OPD."
        case .stepBand: "Capaian setiap pengukuran masuk ke satu kriteria, dari sangat rendah sampai sangat tinggi."
        case .stepWeak: "Pengukuran tahun 2019 dengan kriteria rendah, beserta OPD penanggung jawabnya."
        case .stepSchema: "`.schema` menampilkan kolom suatu entitas, di sini program."
        case .stepHelp: "`.help` menjelaskan setiap tahap, fungsi, dan perintah; coba .help untuk apa saja."
        }
    }
}
