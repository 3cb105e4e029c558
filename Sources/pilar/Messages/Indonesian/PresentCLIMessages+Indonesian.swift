import PilarCore

extension PresentCLIMessage {
    var indonesian: String {
        switch self {
        case .presentNeedsOneFile: "'present' memerlukan tepat satu berkas skrip, misalnya pilar present examples/bimtek/demo-bimtek.pilar"
        case .badSpeed: "--speed harus antara 0 dan 1000 milidetik per karakter, bukan {speed}"
        }
    }
}
