import PilarCore

extension ExcelMessage {
    public var indonesian: String {
        switch self {
        case .cannotRead: "tidak dapat membaca '{path}'"
        case .notAWorkbook: "'{path}' bukan buku kerja Excel (.xlsx): {reason}"
        case .notAWorkbookHint: "simpan dari Excel atau LibreOffice sebagai Excel Workbook (.xlsx)"
        case .oldExcelFormat: "'{path}' adalah buku kerja Excel 97-2003 (.xls), yang tidak dibaca oleh pilar"
        case .oldExcelFormatHint: "buka di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx)"
        case .missingPart: "buku kerja tidak memiliki {part}"
        case .damagedHint: "berkas mungkin terpotong atau rusak: simpan lagi dari Excel atau LibreOffice"
        case .badXML: "{part} bukan XML yang tersusun dengan benar: {reason}"
        case .xmlAt: "baris {line}, kolom {column}: {problem}"
        case .xmlEndsEarly: "bagian ini berakhir sebelum elemen-elemennya ditutup"
        case .xmlTextOutside: "teks atau elemen kedua setelah elemen akar"
        case .xmlBadMarkup: "markup yang rusak"
        case .xmlMismatchedEnd: "tag penutup yang tidak cocok dengan elemen yang terbuka"
        case .xmlBadEntity: "entitas yang tidak dikenal atau rusak (&…;)"
        case .missingSheet: "buku kerja tidak memiliki lembar '{sheet}'"
        case .missingSheetHint: "buku kerja masterplan memiliki lembar {sheets}; nama Indonesia {aliases} juga diterima"
        case .sheetNameHint: "apakah maksud Anda lembar '{found}'? ganti namanya menjadi '{sheet}'"
        case .twoSheets: "lembar '{first}' dan '{second}' sama-sama berisi {entity}"
        case .twoSheetsHint: "pertahankan salah satunya, atau ganti nama yang lain"
        case .errorCell: "sel berisi galat Excel {value} di kolom '{column}'"
        case .errorCellHint: "perbaiki rumusnya atau ketik nilainya di buku kerja"
        case .workbookExists: "'{path}' sudah ada dan tidak dimuat dalam sesi ini; tidak ditimpa"
        case .workbookExistsHint: ".save --force {path} untuk menggantinya"
        case .saved: "{count} lembar disimpan ke {path}"
        }
    }
}
