extension ChartMessage {
    public var indonesian: String {
        switch self {
        case .moreBars: "… {count} baris lagi tidak digambar: grafik menampilkan {shown} baris pertama (pilih dengan take atau top)"
        case .noValues: "tidak ada yang digambar: tidak ada baris yang bernilai"
        }
    }
}
