import PilarCore

extension ExportMessage {
    public var indonesian: String {
        switch self {
        case .exported: "{count} baris diekspor ke {path}"
        case .expectedFileName: "diharapkan nama berkas dalam tanda kutip setelah 'export', ditemukan {found}"
        case .fileNameExample: #"export "hasil.csv" (ekstensi menentukan formatnya)"#
        case .notLastHint: "export menulis hasil dari tahap-tahap sebelumnya, jadi export mengakhiri pernyataan"
        case .mustEndQuery: "'export' hanya dapat mengakhiri pernyataan kueri, bukan let, baris for each, atau ekspresi"
        case .mustEndQueryHint: #"ekspor baris-baris itu dalam pernyataan tersendiri: … | export "BERKAS""#
        case .noExtension: "'{path}' tidak memiliki ekstensi yang menunjukkan formatnya"
        case .unknownExtension: "tidak ada format yang ditulis ke berkas berakhiran '.{extension}'"
        case .extensionsAre: "ekstensi yang ada: {extensions}"
        case .emptyFileName: "nama berkas kosong"
        case .cannotExport: "tidak dapat mengekspor ke {path}: {reason}"
        case .notAWorkbook: "buku kerja tidak dapat dibuat ({reason})"
        }
    }
}
