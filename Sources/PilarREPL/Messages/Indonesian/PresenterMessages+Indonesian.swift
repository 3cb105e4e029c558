import PilarCore

extension PresenterMessage {
    public var indonesian: String {
        switch self {
        case .stepHeader: "langkah {step}/{total}"
        case .keysBeforeRun: "Enter atau →: jalankan   ←: kembali   e: ubah   q: keluar"
        case .keysAfterRun: "Enter atau →: lanjut   ←: kembali   e: ubah dan jalankan lagi   q: keluar"
        case .keysTextSlide: "Enter atau →: lanjut   ←: kembali   q: keluar"
        case .finished: "Presentasi selesai."
        case .quit: "Presentasi dihentikan pada langkah {step}/{total}."
        case .editCancelled: "pengubahan dibatalkan; pernyataan tidak dijalankan"
        case .noSteps: "{file} tidak berisi pernyataan atau komentar untuk dipresentasikan"
        }
    }
}
