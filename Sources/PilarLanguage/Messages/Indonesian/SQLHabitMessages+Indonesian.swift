extension SQLHabitMessage {
    public var indonesian: String {
        switch self {
        case .write: "tulis: {code}"
        case .sortNotOrderBy: "pilar mengurutkan dengan 'sort', bukan 'order by'"
        case .takeNotLimit: "pilar mengambil baris pertama dengan 'take', bukan 'limit'"
        case .summarizeNotGroupBy: "pilar mengelompokkan dengan 'summarize … by …', bukan 'group by'"
        case .sortWithoutBy: "'sort' menerima kuncinya langsung, tanpa 'by'"
        case .selectStarNotNeeded: "'select *' tidak diperlukan: baris menyimpan semua kolomnya sampai ada select"
        case .leaveOutSelectStar: "hapus '| select *'; untuk menambah kolom tulis: extend name = …"
        case .countStar: "count(*) ditulis count()"
        case .listInSquareBrackets: "daftar ditulis dalam kurung siku"
        case .noCaseWhen: "pilar tidak punya 'case when'; pilih dengan if(condition, then, else)"
        case .lineStartsWithWord: "baris tidak boleh diawali '{word}': baris sebelumnya sudah mengakhiri pernyataan"
        case .endLineBeforeWith: "akhiri baris sebelumnya dengan '{word}' untuk melanjutkannya"
        case .compareWith: "bandingkan dengan '==': {code}"
        }
    }
}
