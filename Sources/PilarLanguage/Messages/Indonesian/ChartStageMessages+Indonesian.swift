extension ChartStageMessage {
    public var indonesian: String {
        switch self {
        case .expectedChartKind: "diharapkan bar atau line setelah chart, ditemukan {found}"
        case .expectedChartColumn: "diharapkan nama kolom {context}, ditemukan {found}"
        case .unknownChartKind: "grafik '{name}' tidak dikenal"
        case .chartKindsAre: "jenis grafik adalah bar dan line"
        case .chartMustBeLast: "'chart' harus menjadi tahap terakhir"
        case .chartEndsQuery: "chart menggambar baris yang sampai kepadanya: letakkan tahap lain sebelumnya"
        case .chartOnlyInQuery: "chart menggambar hasil sebuah kueri, jadi tidak dapat dipakai di sini"
        case .chartOnlyInQueryHint: "let menyimpan baris, bukan gambar: buat grafik dari nama let itu dalam kueri tersendiri"
        case .unknownChartColumn: "chart: baris tidak memiliki kolom '{name}'"
        case .chartColumnsAre: "kolomnya adalah: {columns}"
        case .chartValueNotNumber: "chart {kind} memerlukan angka untuk digambar, tetapi '{name}' bertipe {type}"
        case .chartValueHint: "buat grafik dari jumlah atau total: … | summarize n = count() by pillar | chart bar n by pillar"
        case .chartLineNeedsX: "chart line memerlukan kolom untuk sumbu bawah: chart line VALUE by X[, SERIES]"
        case .chartBarOneLabel: "chart bar menerima satu kolom label setelah by"
        case .chartLineTwoColumns: "chart line menerima kolom x dan paling banyak satu kolom seri setelah by"
        case .chartColumnNotValue: "'{name}' bertipe {type}, bukan satu nilai per baris"
        case .expectedChartTitle: "diharapkan judul grafik dalam tanda kutip setelah title, ditemukan {found}"
        }
    }
}
