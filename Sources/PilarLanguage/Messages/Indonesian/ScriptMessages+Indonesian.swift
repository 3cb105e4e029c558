import PilarCore

extension ScriptMessage {
    public var indonesian: String {
        switch self {
        case .expectedParamName: "diharapkan nama parameter setelah 'param', ditemukan {found}"
        case .expectedParamType: "diharapkan tipe setelah ':', ditemukan {found}"
        case .typesAre: "tipe parameter adalah int, decimal, text atau bool"
        case .paramDefaultLiteral: "nilai bawaan parameter harus berupa literal: angka, string, true atau false"
        case .expectedEach: "diharapkan 'each' setelah 'for'"
        case .expectedLoopVariable: "diharapkan variabel seperti $row setelah 'for each', ditemukan {found}"
        case .expectedInAfterVariable: "diharapkan 'in' setelah ${name}, ditemukan {found}"
        case .expectedBlock: "diharapkan '{{' untuk membuka blok '{statement}', ditemukan {found}"
        case .braceOnSameLine: "tulis '{{' di akhir baris yang memulai blok"
        case .blockNeverClosed: "blok yang dibuka di {location} tidak pernah ditutup"
        case .closeBlock: "tutup blok dengan '}}' pada barisnya sendiri"
        case .blocksTooDeep: "blok bersarang lebih dari {count} tingkat"
        case .braceNeverClosed: "'{{' dalam teks print tidak pernah ditutup"
        case .writeDoubleOpen: "tulis {{{{ untuk '{{' di dalam teks"
        case .loneClosingBrace: "'}}' dalam teks print tidak menutup '{{' mana pun"
        case .writeDoubleClose: "tulis }}}} untuk '}}' di dalam teks"
        case .emptyInterpolation: "tidak ada apa pun di antara '{{' dan '}}' dalam teks print"
        case .writeExpressionInBraces: "tulis sebuah ekspresi di antara kurung kurawal, misalnya {{$year}}"
        case .paramNoValue: "parameter '{name}' tidak memiliki nilai: berikan dengan --set {name}=…"
        case .paramDeclaredTwice: "parameter '{name}' dideklarasikan dua kali (pertama di baris {line})"
        case .paramBadValue: "--set {name}={value}: parameter '{name}' bertipe {type}, dan '{value}' bukan {type}"
        case .paramBadDefault: "nilai bawaan parameter '{name}' adalah {given}, bukan {type}"
        case .paramInsideBlock: "'param' ditulis di tingkat teratas skrip, bukan di dalam blok"
        case .notInBlock: "'{statement}' tidak dapat dijalankan di dalam blok for each atau if: blok diperiksa sebelum dijalankan, pada data dan nama sebagaimana adanya"
        case .runBeforeBlock: "jalankan sebelum atau sesudah blok"
        case .loopVariableIsParameter: "variabel perulangan ${name} memakai nama sebuah parameter"
        case .chooseAnotherName: "pilih nama lain, misalnya ${name}_row"
        case .loopRowIsRow: "${name} adalah sebuah baris: sebutkan salah satu kolomnya, misalnya ${name}.{field}"
        case .loopRowUnknownField: "${name} tidak memiliki kolom '{field}'"
        case .loopRowFieldsAre: "kolomnya adalah {fields}"
        case .ifNeedsCondition: "'if' memerlukan kondisi (true atau false), bukan {type}"
        case .inIteration: "dalam for each atas {pipeline}, baris ke-{row}: {values}"
        case .hintInIteration: "{hint}; {iteration}"
        case .setBadType: "--set {name}:{type}=…: tipenya int, decimal, text atau bool"
        }
    }
}
