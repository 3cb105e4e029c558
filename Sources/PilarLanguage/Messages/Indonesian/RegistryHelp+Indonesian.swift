extension RegistryHelp {
    /// The help of registry entries in Bahasa Indonesia, keyed as `RegistryHelp.englishEntries`.
    static let indonesian: [String: String] = [
        "function.rupiah": #"rupiah seperti ditulis di Indonesia: Rp 1.250.000.000; "short": Rp 1,25 M (rb, jt, M, T)"#,
        "function.percent": "persentase sebagai teks dengan digits desimal (bawaan 1): 85.5% (85,5% dengan .locale id)",
        "function.format": ##"angka sebagai teks menurut pola seperti "#,##0.00" (0 digit, # digit bila perlu, pemisah menurut locale)"##,
        "command.locale": "angka ditulis 1,250.5 (en) atau seperti di Indonesia, 1.250,5 (id)",
        "command.nullvalue": "tampilan nilai kosong (null) di tabel dan markdown (bawaan -)",
        "command.decimals": "jumlah desimal terbanyak yang ditampilkan sebuah kolom (bawaan 2)",
    ]
}
