extension CheckRuleMessage {
    public var indonesian: String {
        switch self {
        case .missingActualSummary: "tahun lampau sebuah program yang berjalan tanpa realisasi"
        case .missingActualHelp:
            "pengukuran untuk tahun sebelum tahun acuan, di dalam start_year..end_year programnya, "
                + "yang programnya berstatus ongoing, done atau stalled, tanpa realisasi"
        case .missingActualProblem: "tidak ada realisasi untuk {year}, tahun lampau (program {programme} berstatus {status}, {start}–{end})"
        case .missingTargetSummary: "indikator tanpa target untuk tahun ketika programnya berjalan"
        case .missingTargetHelp:
            "indikator yang tidak memiliki pengukuran berisi target untuk suatu tahun dari start_year programnya "
                + "sampai end_year-nya atau tahun acuan, mana yang lebih awal (target setelah tahun-tahun dalam data tidak diwajibkan)"
        case .missingTargetProblem: "tidak ada target untuk {years} (program {programme} berjalan sejak {start})"
        case .fallingTargetSummary: "indikator positif yang targetnya turun dari satu tahun ke tahun berikutnya"
        case .fallingTargetHelp: "pengukuran indikator positif (makin tinggi makin baik) yang targetnya di bawah target tahun sebelumnya"
        case .fallingTargetProblem: "target {target} untuk {year} di bawah {previous} untuk {previousYear} pada indikator positif"
        case .noIndicatorSummary: "program tanpa indikator"
        case .noIndicatorHelp: "program yang tidak dirujuk oleh indikator mana pun: tidak ada yang dapat menunjukkan apakah program itu berhasil"
        case .noIndicatorProblem: "tidak ada indikator yang mengukur program ini"
        case .pastEndNotDoneSummary: "program yang sudah melewati end_year-nya tetapi belum berstatus done"
        case .pastEndNotDoneHelp:
            "program yang end_year-nya sebelum tahun acuan dan statusnya planned, ongoing atau stalled "
                + "(program done dan cancelled sudah ditutup)"
        case .pastEndNotDoneProblem: "berakhir pada {end} tetapi masih berstatus {status} (tahun acuan {now})"
        case .actualsBeforeStartSummary: "program planned yang memiliki realisasi sebelum dimulai"
        case .actualsBeforeStartHelp: "program planned yang memiliki realisasi untuk tahun sebelum start_year-nya"
        case .actualsBeforeStartProblem: "direncanakan mulai {start} tetapi memiliki realisasi untuk {years}"
        case .doneStillReportingSummary: "program done yang masih melaporkan realisasi setelah berakhir"
        case .doneStillReportingHelp: "program done yang memiliki realisasi untuk tahun setelah end_year-nya"
        case .doneStillReportingProblem: "selesai pada {end} tetapi melaporkan realisasi untuk {years}"
        case .absorptionOver100Summary: "serapan anggaran di atas 100 %"
        case .absorptionOver100Help:
            "realisasi di atas 100 pada indikator bersatuan % yang namanya memuat \"absorption\" atau \"serapan\" "
                + "(huruf besar atau kecil): anggaran tidak dapat terserap lebih dari seluruhnya"
        case .absorptionOver100Problem: "serapan anggaran {actual} % melebihi 100 %"
        case .absorptionOver100InYearProblem: "serapan anggaran {actual} % pada {year} melebihi 100 %"
        case .duplicateNameSummary: "dua program dari satu OPD dengan nama yang sama"
        case .duplicateNameHelp:
            "program yang namanya, tanpa membedakan huruf besar-kecil dan spasi di tepinya, sama dengan nama program sebelumnya dari OPD yang sama"
        case .duplicateNameProblem: "namanya sama dengan {earlier} dari {opd}"
        }
    }
}
