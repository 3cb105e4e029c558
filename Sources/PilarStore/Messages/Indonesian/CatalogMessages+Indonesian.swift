import PilarCore

extension CatalogMessage {
    public var indonesian: String {
        switch self {
        case .pillarNoun: "pilar"
        case .opdNoun: "OPD"
        case .programmeNoun: "program"
        case .indicatorNoun: "indikator"
        case .measurementNoun: "pengukuran"
        case .pillarCount: "{count} pilar"
        case .opdCount: "{count} OPD"
        case .programmeCount: "{count} program"
        case .indicatorCount: "{count} indikator"
        case .measurementCount: "{count} pengukuran"
        case .horizonNoun: "jangka waktu"
        case .statusNoun: "status program"
        case .polarityNoun: "polaritas"
        case .bandNoun: "kriteria"
        case .programmeEndsBeforeStart: "program tidak dapat berakhir sebelum dimulai"
        case .targetRequiredHint: "setiap pengukuran memerlukan target; hanya 'actual' yang boleh kosong (belum dilaporkan)"
        case .achievementOverflow: "capaian dari realisasi {actual} terhadap target {target} melampaui ±9,2 × 10^18 %"
        case .achievementOverflowHint: "periksa angkanya: target tampaknya terlalu kecil"
        }
    }
}
