extension NumberFunctionMessage {
    public var indonesian: String {
        switch self {
        case .patternWithoutDigits: "pola format() '{pattern}' tidak memuat digit (0 atau #)"
        case .patternTwoPoints: "pola format() '{pattern}' memuat lebih dari satu tanda desimal"
        case .patternGroupedDecimals: "pola format() '{pattern}' mengelompokkan angka desimal"
        case .patternTwoNumbers: "pola format() '{pattern}' memuat digit di dua tempat"
        case .patternHint: "tulis pola seperti \"#,##0.00\": 0 digit yang selalu ditampilkan, # digit yang ditampilkan bila perlu, `,` pemisah ribuan, `.` awal desimal"
        case .unknownRupiahStyle: "argumen kedua rupiah() adalah \"short\", bukan '{style}'"
        case .rupiahStyleHint: "rupiah(budget, \"short\") menulis Rp 1,25 M"
        case .digitsOutOfRange: "{function}() menerima 0 sampai 18 desimal, bukan {digits}"
        case .digitsHint: "tulis misalnya {function}(achievement, 1)"
        }
    }
}
