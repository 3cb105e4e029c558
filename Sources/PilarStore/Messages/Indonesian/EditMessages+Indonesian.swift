import PilarCore

extension EditMessage {
    public var indonesian: String {
        switch self {
        case .badColumnName: "nama kolom adalah satu baris teks tanpa tanda backtick"
        case .fieldExists: "{entity} sudah memiliki kolom '{name}'"
        case .computedField: "{name} dihitung oleh pilar dan tidak dapat diisi"
        case .computedFieldHint: "isi kolom-kolom yang menjadi dasar perhitungannya"
        case .unknownField: "kolom '{name}' tidak dikenal di {entity}"
        case .entityHasFieldsHint: "{entity} memiliki {fields}"
        case .extraNUL: "'{field}' tidak boleh berisi karakter NUL"
        case .extraNotText: "'{value}' di kolom '{field}' bukan teks"
        case .upsertNeedsKey: "upsert memerlukan kunci setiap {entity}: {key}"
        case .upsertNeedsKeyHint: "tambahkan {name} ke rekaman itu"
        case .updateMismatch: "kesalahan internal: update menerima baris atau nilai yang tidak cocok"
        case .deleteRefusedOneRefers: "tidak dapat menghapus {rows}: {dependants} masih merujuk ke {count|baris itu|baris-baris itu}"
        case .deleteRefused: "tidak dapat menghapus {rows}: {dependants} masih merujuk ke {count|baris itu|baris-baris itu}"
        case .deleteRefusedHint: "hapus baris-baris itu lebih dulu, atau pakai '| delete cascade' untuk ikut menghapusnya"
        case .alreadyExists: "{entity} dengan {key} sudah ada"
        case .codesAreUniqueHint: "kode harus unik; pilih kode lain"
        case .useUpsertHint: "pakai upsert untuk mengubah baris yang sudah ada"
        }
    }
}
