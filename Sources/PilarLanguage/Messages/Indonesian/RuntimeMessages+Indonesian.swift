extension RuntimeMessage {
    public var indonesian: String {
        switch self {
        case .integerOverflowNegation: "bilangan bulat melampaui batas saat dinegasikan"
        case .integerOverflowOperator: "bilangan bulat melampaui batas dalam '{operator}'"
        case .numberOverflowOperator: "angka melampaui batas dalam '{operator}'"
        case .resultBeyondLargest: "hasilnya melampaui ±9,2 × 10^18, angka terbesar yang dapat disimpan pilar"
        case .internalAggregateValue: "kesalahan internal: nilai agregat {index} tidak dihitung"
        case .internalWindowValue: "kesalahan internal: nilai window ini tidak dihitung"
        case .windowOwnItem: "hitung dalam butir window tersendiri dan gunakan namanya"
        case .pivotColumnGone: "'{value}' bukan salah satu kolom yang ditemukan pivot saat pernyataan diperiksa"
        case .pivotDataChanged: "datanya berubah di antara keduanya; jalankan pernyataan lagi, atau sebutkan kolomnya: across … in [...]"
        case .fieldCannotBeNull: "'{field}' tidak boleh kosong (null)"
        case .fieldNeedsValue: "setiap {field} memerlukan nilai; coalesce(…, 0) memberinya"
        case .fieldHoldsWholeNumbers: "'{field}' berisi bilangan bulat, bukan {value}"
        case .roundIt: "bulatkan: round(…)"
        case .fieldCannotHold: "'{field}' tidak dapat menampung {value}"
        }
    }
}
