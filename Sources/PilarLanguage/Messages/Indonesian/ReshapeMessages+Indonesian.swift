extension ReshapeMessage {
    public var indonesian: String {
        switch self {
        case .tooManyPivotColumns: "pivot across {key} akan menghasilkan {count} kolom (paling banyak {maximum})"
        case .pivotAcrossFewValues: "lakukan pivot across kunci yang nilainya sedikit (tahun, jangka waktu), atau saring barisnya dahulu"
        case .duplicatePivotColumn: "pivot akan menghasilkan dua kolom bernama '{name}'"
        case .renameKeyOrAggregate: "ganti nama kunci atau agregatnya: by other_name = …, other_name = avg(…)"
        case .pivotValueNotFixed: "kolom pivot harus berupa nilai tetap, bukan '{expression}'"
        case .notACode: "'{code}' bukan kode {entity}"
        case .notWholeNumber: "'{expression}' bukan bilangan bulat, padahal {key} berisi bilangan bulat"
        case .listWholeNumbers: "sebutkan bilangan bulat: across {key} in [2019, 2020]"
        case .listedTwice: "'{name}' disebut dua kali"
        case .pivotAfterEdit: "pivot mencari kolomnya di data, yang diubah oleh perubahan sebelumnya dalam skrip"
        case .listTheColumns: "sebutkan kolomnya: {example}"
        case .pivotInsideRow: "pivot di dalam alur sebuah baris memerlukan daftar kolom: setiap baris dapat menemukan nilai {key} yang berbeda"
        case .unpivotNeedsRecords: "unpivot memerlukan rekaman, bukan baris {entity}"
        case .selectColumnsFirst: "pilih dahulu kolom yang dipertahankan: … | select code, a, b | unpivot a, b into name, value"
        case .unpivotMixesTypes: "unpivot menaruh kolom yang disebut dalam satu kolom, tetapi '{name}' bertipe {type} dan '{other}' bertipe {otherType}"
        case .listOneKind: "sebutkan hanya kolom yang sejenis (int dan decimal boleh dicampur)"
        case .columnAlreadyThere: "kolom bernama '{name}' sudah ada"
        case .chooseAnotherNameAfterInto: "pilih nama lain setelah 'into'"
        case .nameAndValueSame: "kolom nama dan kolom nilai sama-sama bernama '{name}'"
        case .totalsNeedsRecords: "totals memerlukan rekaman, bukan baris {entity}"
        case .summarizeOrSelectFirst: "lakukan summarize atau select dahulu: … | summarize budget = sum(budget) by pillar | totals"
        case .totalsByNeedsName: "totals by memerlukan nama kolom, bukan '{expression}'"
        case .totalsNeedsLabel: "totals memerlukan kolom untuk labelnya (teks, enum, atau kode)"
        case .summarizeByKeyFirst: "lakukan summarize by sebuah kunci dahulu: … | summarize total = sum(budget) by pillar | totals"
        case .sortByConstant: "mengurutkan dengan konstanta {value} tidak berpengaruh apa pun"
        case .columnInBackticks: "nama kolom ditulis dalam tanda petik terbalik: `{name}`"
        case .sortByColumn: "urutkan dengan kolom atau ekspresi dari baris"
        }
    }
}
