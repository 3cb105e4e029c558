extension FormatMessage {
    public var indonesian: String {
        switch self {
        case .table: "tabel yang menyesuaikan dengan terminal (satu blok per baris bila tidak muat)"
        case .csv: "nilai dipisahkan koma untuk lembar kerja dan program (csv-excel: untuk Excel dengan locale Indonesia)"
        case .tsv: "nilai dipisahkan tab"
        case .json: "larik objek JSON"
        case .jsonl: "JSON Lines: satu objek per baris"
        case .markdown: "dokumen markdown: baris print sebagai judul dan paragraf, hasil sebagai tabel pipa"
        case .html: "satu halaman web mandiri yang siap dicetak: judul, paragraf, dan tabel"
        }
    }
}
