extension RegistryHelp {
    /// The help of registry entries in Bahasa Indonesia, keyed as `RegistryHelp.englishEntries`.
    /// Words follow docs/glossary-id.md; code (keywords, names, examples) stays as written.
    static let indonesian: [String: String] = [
        // Stages
        "stage.where.summary": "menyisakan baris yang memenuhi sebuah kondisi",
        "stage.where.help": """
            Baris yang EXPR-nya false atau null dibuang. Gabungkan kondisi dengan and, or
            dan not; lihat .help expressions.
            """,
        "stage.select.summary": "memilih, menamai ulang dan menghitung kolom hasil",
        "stage.select.help": """
            Hanya kolom yang disebut yang tersisa. Kolom yang dihitung dari sebuah ekspresi
            diberi nama dengan `as NAMA` atau `NAMA = EXPR`; kolom biasa memakai namanya
            sendiri. Navigasi bertitik mengikuti rujukan: opd.name adalah nama OPD pemilik
            program.
            """,
        "stage.extend.summary": "menambah kolom hasil hitungan dan menyisakan semua kolom lain",
        "stage.extend.help": """
            Seperti select, tetapi semua kolom yang ada tetap dan kolom baru ditambahkan di
            akhir. Tahap berikutnya dapat memakai nama-nama baru itu.
            """,
        "stage.sort.summary": "mengurutkan baris menurut satu kunci atau lebih",
        "stage.sort.help": """
            Kunci dibandingkan berurutan: kunci kedua memutus seri pada kunci pertama. Arah
            bawaan adalah asc (naik).
            """,
        "stage.take.summary": "menyisakan N baris pertama",
        "stage.take.help": """
            Menyisakan N baris pertama dalam urutan saat ini; urutkan dulu dengan sort untuk
            memilih baris yang mana.
            """,
        "stage.top.summary": "N baris dengan nilai kunci terbesar (atau terkecil)",
        "stage.top.help": """
            Singkatan dari sort lalu take. Arah bawaannya desc, yang terbesar dulu; tulis asc
            untuk yang terkecil.
            """,
        "stage.summarize.summary": "mengagregasi baris, seluruhnya atau per kelompok",
        "stage.summarize.help": """
            Tanpa by, hasilnya satu baris agregat atas semua baris. Dengan by, ada satu baris
            untuk setiap kombinasi nilai ekspresi by yang berbeda, berisi nilai-nilai itu dan
            agregat baris dalam kelompok tersebut. Lihat .help aggregates.
            """,
        "stage.count.summary": "jumlah baris",
        "stage.count.help": """
            Mengganti baris-baris dengan satu baris berisi banyaknya. Untuk jumlah per
            kelompok, pakai summarize count() by …
            """,
        "stage.distinct.summary": "nilai-nilai berbeda dari satu ekspresi atau lebih",
        "stage.distinct.help": """
            Satu baris untuk setiap kombinasi nilai yang berbeda.
            """,
        "stage.window.summary": "menambah kolom yang dihitung atas tiap partisi baris menurut suatu urutan",
        "stage.window.help": """
            Seperti extend, setiap baris tetap, dalam urutan masukannya, dan item-itemnya
            ditambahkan. Baris dengan nilai by yang sama membentuk satu partisi (tanpa by:
            semua baris), diurutkan menurut kunci sort (yang seri tetap dalam urutan
            masukan). Di dalam item, fungsi jendela row_number(), rank(), dense_rank(),
            lag(x[, n[, default]]), lead(…), running_sum(x), first_value(x) dan
            last_value(x) membaca partisi dalam urutan itu, dan agregat (sum, avg, count, …)
            dihitung atas seluruh partisi, sehingga pangsa dalam partisi adalah
            budget * 100 / sum(budget). Lihat .help window-functions.
            """,
        "stage.pivot.summary": "satu baris per kelompok dan satu kolom per nilai sebuah kunci (satu kolom per tahun)",
        "stage.pivot.help": """
            Seperti summarize, satu baris per kombinasi kunci by yang berbeda; lalu satu kolom
            per nilai kunci across yang berbeda, berisi agregat atas baris-baris pada baris
            dan nilai itu (count 0, sum dan avg null bila tidak ada). Kolom-kolom muncul
            terurut: tahun naik, nilai enum menurut urutannya, null terakhir sebagai `null`.
            Namanya adalah nilainya (`2019`, `quick-win`); dengan beberapa agregat,
            NILAI_NAMA (`2019_n`). Pakai dengan tanda kutip: sort `2019` desc. Nilai-nilainya
            ditemukan dengan menjalankan masukan saat pernyataan diperiksa;
            `across year in [2019, 2020]` menyebutkannya langsung (baris dengan nilai lain
            ditinggalkan; 2019.0 sama dengan 2019). Pivot di dalam alur milik sebuah baris
            (opds | extend x = count(programmes | pivot …)) wajib menyebutkannya. Kuncinya
            boleh berupa perbandingan: across budget > 5e9 in [true, false].
            """,
        "stage.unpivot.summary": "mengubah kolom menjadi baris: satu baris per kolom yang disebut (kebalikan pivot)",
        "stage.unpivot.help": """
            Setiap baris menjadi satu baris per kolom yang disebut, dengan kolom-kolom lain
            tetap; kolom nama berisi nama kolom yang disebut (bilangan bulat bila semua nama
            berupa bilangan bulat, seperti tahun, selain itu teks) dan kolom nilai berisi
            nilainya. Baris yang nilainya null ditinggalkan, seperti di DuckDB. Kolom yang
            disebut harus berisi satu jenis nilai (bilangan bulat dan desimal boleh campur,
            sebagai desimal). Memerlukan rekaman: pakai select dulu.
            """,
        "stage.totals.summary": "menambah baris Total (dan dengan by, baris Subtotal setelah tiap deretan KOLOM)",
        "stage.totals.help": """
            Labelnya ("Total", "Subtotal governance") ditulis di kolom by, atau di kunci
            pertama summarize sebelumnya (atau kolom teks pertama); kolom itu menjadi teks.
            Setelah summarize atau pivot (dengan hanya where, sort, take, top dan extend di
            antaranya) agregatnya dihitung ulang atas baris-baris asal dari kelompok yang
            dijumlahkan (pada pivot, per kolom): avg adalah rata-rata semua baris itu, bukan
            rata-rata dari rata-rata; kolom extend setelahnya dihitung lagi pada baris total
            (sebuah pangsa menunjukkan 100). Selain itu bilangan bulat dan desimal
            dijumlahkan, kecuali tahun (kolom bilangan bulat bernama year atau …_year), dan
            kolom lain dibiarkan kosong.
            """,
        "stage.chart.summary": "menggambar baris sebagai grafik batang atau garis (tahap terakhir sebuah kueri)",
        "stage.chart.help": """
            Barisnya tetap: csv, tsv, json dan jsonl menuliskannya tanpa perubahan, tabel
            menggambar grafiknya sebagai gantinya (markdown sebagai blok teks, html sebagai
            gambar). bar: satu batang per baris, disesuaikan dengan lebar terminal, dengan
            angkanya di belakang; labelnya LABEL, atau kolom teks pertama, atau nomor baris;
            nilai null tidak memiliki batang. Paling banyak 60 batang digambar (pilih dengan
            take atau top). line: VALUE menurut X (tahun), satu garis per nilai SERIES.
            VALUE harus berupa angka. Untuk grafik kecil per baris lihat sparkline di .help
            functions.
            """,
        "stage.update.summary": "mengisi kolom pada baris yang sampai ke tahap ini",
        "stage.delete.summary": "menghapus baris yang sampai ke tahap ini (cascade: beserta baris yang merujuknya)",
        "stage.export.summary": "menulis hasil ke BERKAS, dalam format yang ditunjukkan ekstensinya (.csv .tsv .json .jsonl .md .html .txt .xlsx)",
        "stage.export.help": """
            Tahap terakhir sebuah kueri: hasilnya ditulis ke BERKAS, bukan ke layar, dan sebuah
            catatan menyebutkan berapa baris yang ditulis. Ekstensi menentukan formatnya (.txt
            adalah tabel tanpa warna, .html halaman mandiri, .xlsx buku kerja dengan satu
            lembar). Berkas diganti seluruhnya atau tidak sama sekali. Nama berkas boleh memuat
            {expr} seperti teks print: export "laporan-{$o.code}.csv" di dalam for each menulis
            satu berkas per baris. Ditolak dalam mode aman.
            """,

        // Scalar functions
        "function.lower": "teks dalam huruf kecil",
        "function.upper": "teks dalam huruf besar",
        "function.trim": "teks tanpa spasi di kedua ujungnya",
        "function.len": "jumlah karakter",
        "function.round": "dibulatkan setengah menjauhi nol; digits < 0: puluhan, …",
        "function.floor": "bilangan bulat sama dengan atau di bawahnya",
        "function.ceil": "bilangan bulat sama dengan atau di atasnya",
        "function.abs": "angka tanpa tandanya",
        "function.coalesce": "argumen pertama yang tidak null",
        "function.if": "then bila kondisinya benar, selain itu else",
        "function.number": "teks sebagai angka: titik untuk desimal, tanpa pemisah ribuan",
        "function.text": "nilai sebagai teks, seperti yang ditampilkan csv",

        // Aggregates
        "aggregate.sparkline": "grafik kecil dari nilai-nilai menurut urutan baris (pengukuran menurut tahun): ▁ terkecil … █ terbesar, spasi untuk null",
        "aggregate.count": "baris (count()), atau nilai yang tidak null",
        "aggregate.count_distinct": "nilai berbeda yang tidak null",
        "aggregate.sum": "total yang persis; null bila tidak ada yang dijumlahkan",
        "aggregate.avg": "rata-rata yang persis, sebuah desimal",
        "aggregate.min": "nilai terkecil (enum menurut urutannya)",
        "aggregate.max": "nilai terbesar (enum menurut urutannya)",
        "aggregate.median": "nilai tengah, atau rata-rata kedua nilai tengah; sebuah desimal",
        "aggregate.percentile": "persentil ke-p (p dari 0 sampai 100), diinterpolasi antara nilai tetangga seperti quantile_cont DuckDB",
        "aggregate.stddev": "simpangan baku sampel (n − 1), persis dan dibulatkan sekali; null bila kurang dari 2 nilai",
        "aggregate.mode": "nilai yang paling sering muncul; dari yang sama seringnya, yang terkecil",
        "aggregate.count_if": "baris yang kondisinya benar; 0 bila tidak ada",
        "aggregate.sum_if": "total yang persis dari baris yang kondisinya benar",
        "aggregate.avg_if": "rata-rata yang persis dari baris yang kondisinya benar",
        "aggregate.first": "x dari baris dengan order terkecil (seri: baris pertama); baris berisi null dilewati",
        "aggregate.last": "x dari baris dengan order terbesar (seri: baris pertama); baris berisi null dilewati",
        "aggregate.string_agg": "nilai-nilai sebagai teks digabung menurut urutan baris, dengan \", \" kecuali diberi pemisah; null bila tidak ada",

        // Window functions
        "window.row_number": "1, 2, 3, … menurut urutan sort partisi (yang seri menurut urutan masukan)",
        "window.rank": "1 + jumlah baris sebelumnya menurut urutan sort; yang seri berbagi peringkat dan menyisakan celah",
        "window.dense_rank": "seperti rank, tanpa celah setelah yang seri",
        "window.lag": "x dari baris n baris sebelumnya (bawaan 1) menurut urutan sort; nilai default (atau null) bila tidak ada",
        "window.lead": "x dari baris n baris sesudahnya (bawaan 1) menurut urutan sort; nilai default (atau null) bila tidak ada",
        "window.running_sum": "jumlah persis x atas baris-baris partisi sampai baris ini menurut urutan sort (null dilewati; yang seri satu per satu)",
        "window.first_value": "x dari baris pertama partisi menurut urutan sort",
        "window.last_value": "x dari baris terakhir partisi menurut urutan sort (seluruh partisi, bukan sampai baris ini)",

        // Engine dot-commands
        "command.about": "data apa yang dimuat dan dari mana",
        "command.addcolumn": "menambah kolom teks tambahan (kosong di setiap baris) pada sebuah sumber",
        "command.changes": "perubahan sejak data dimuat atau disimpan",
        "command.demo": "memuat kembali masterplan demo bawaan (juga .load demo)",
        "command.dump": "skrip berisi pernyataan insert yang membangun ulang data",
        "command.format": "table, csv, csv-excel, tsv, json, jsonl, markdown atau html",
        "command.load": "memuat masterplan dari folder berisi berkas CSV atau dari buku kerja Excel (demo: data demo)",
        "command.once": "menulis hanya hasil berikutnya ke BERKAS",
        "command.output": "menulis hasil-hasil berikutnya ke BERKAS",
        "command.quit": "keluar (begitu pula Ctrl-D)",
        "command.read": "menjalankan pernyataan-pernyataan dalam sebuah berkas skrip",
        "command.safe": "mode aman untuk lokakarya, sampai sesi berakhir",
        "command.save": "menulis data ke tempat asalnya, atau sebagai berkas CSV ke DIR atau buku kerja Excel ke BERKAS.xlsx",
        "command.schema": "kolom-kolom setiap entitas, atau satu entitas",
        "command.timer": "menampilkan lama setiap pernyataan berjalan",
        "command.undo": "membatalkan perubahan terakhir (atau N terakhir)",
        "command.lang": "bahasa yang dipakai pilar: en (Inggris) atau id (Bahasa Indonesia)",

        // Number display
        "function.rupiah": #"rupiah seperti ditulis di Indonesia: Rp 1.250.000.000; "short": Rp 1,25 M (rb, jt, M, T)"#,
        "function.percent": "persentase sebagai teks dengan digits desimal (bawaan 1): 85.5% (85,5% dengan .locale id)",
        "function.format": ##"angka sebagai teks menurut pola seperti "#,##0.00" (0 digit, # digit bila perlu, pemisah menurut locale)"##,
        "command.locale": "angka ditulis 1,250.5 (en) atau seperti di Indonesia, 1.250,5 (id)",
        "command.nullvalue": "tampilan nilai kosong (null) di tabel dan markdown (bawaan -)",
        "command.decimals": "jumlah desimal terbanyak yang ditampilkan sebuah kolom (bawaan 2)",

        // Theme
        "command.theme": "tampilan tabel di layar: default, atau projector (kontras tinggi, sel lebih lebar)",
    ]
}
