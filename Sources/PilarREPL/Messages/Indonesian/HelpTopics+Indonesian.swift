import PilarLanguage

/// `.help` in Bahasa Indonesia: the introduction and each topic's words, keyed by topic name.
/// Stage pages come from the stage registry's translations (`RegistryHelp`); the examples,
/// names and code in these texts are the same as in English.
extension HelpTopics {
    static let indonesianIntroduction = """
        pilar menjawab pertanyaan tentang masterplan smart city dengan alur (pipeline):
        sebuah sumber, lalu tahap-tahap yang disambung dengan |, masing-masing mengolah
        baris yang dihasilkan tahap sebelumnya.

          programmes | where pillar == "mobility" | top 5 by budget

        Pernyataan berakhir di akhir baris atau pada ';'. Akhiri baris dengan | (atau
        operator, koma, atau kurung buka) untuk melanjutkan di baris berikutnya. TAB
        melengkapi nama, panah Atas memanggil pernyataan sebelumnya, Ctrl-C membatalkan
        pernyataan yang sedang diketik atau menghentikan yang sedang berjalan, Ctrl-D atau
        .quit untuk keluar.
        """

    static let indonesianTopics: [String: HelpTranslation] = [
        "expressions": HelpTranslation(
            summary: "nilai, kolom, operator, dan kondisi",
            syntax: [
                #"literal      42  1_000_000  2.5  "text"  'text'  true  false  null"#,
                "kolom        budget   opd.name   programme.opd.name",
                "aritmetika   +  -  *  /  %",
                "perbandingan ==  !=  <  <=  >  >=",
                "logika       and  or  not",
                "uji          x in [a, b]   x is null   x is not null",
                "teks         a contains b   a starts_with b   a ends_with b   (tanpa membedakan huruf besar/kecil)",
                "             a ~= b (sama tanpa membedakan huruf besar/kecil)   a like \"MOB-%\" (% deret apa saja, _ satu karakter)",
                "rentang      x between low and high (keduanya termasuk)   x not between low and high",
                "pilihan      if(kondisi, then, else)",
                "baris luar   outer.year   dalam alur bersarang, baris yang sedang dihitung (outer.outer.…)",
                "deret        previous.actual   next.year   baris satu langkah sebelum, sesudah (.help data)",
            ],
            body: """
                Kolom adalah kolom dari baris saat ini; jalur bertitik mengikuti referensi ke
                entitas lain. Perbandingan dengan null menghasilkan null, dan where menganggap null
                sebagai false, jadi uji nilai yang tidak ada dengan is null. Tanda kurung
                mengelompokkan seperti biasa. Di dalam alur bersarang, count(x | where …) atau
                (indicator.measurements | where …), nama-nama merujuk ke baris bersarang itu
                sendiri; outer.NAMA membaca baris yang sedang dihitung oleh alur tersebut.
                """
        ),
        "functions": HelpTranslation(
            body: """
                Fungsi bekerja pada satu baris setiap kali dan dapat dipakai dalam ekspresi apa
                pun. Untuk fungsi atas banyak baris (sum, avg, …) lihat .help aggregates.
                """
        ),
        "aggregates": HelpTranslation(
            body: """
                Dalam summarize, agregat menggabungkan baris-baris setiap kelompok. Jika diberi
                relasi dari baris, agregat menggabungkan baris-baris terkaitnya: count(programmes)
                adalah jumlah program sebuah OPD, sum(programmes.budget) total pagunya. Di tempat
                lain (where, extend, select, sort) agregat berjalan atas semua baris tahap itu,
                sehingga bagian dari total adalah x / sum(x) * 100. Nilai null dilewati; sum dan
                avg dari himpunan kosong adalah null.
                """
        ),
        "window-functions": HelpTranslation(
            body: """
                Fungsi jendela hanya bekerja dalam tahap window (.help window): masing-masing
                memberi setiap baris sebuah nilai dari baris-baris partisinya, menurut urutan
                sort tahap itu. Agregat biasa dalam item window dihitung atas seluruh partisi.
                """
        ),
        "statements": HelpTranslation(
            summary: "let, print, param, for each, if, $parameter, dan komentar",
            syntax: [
                "let NAMA = ALUR",
                "print EKSPRESI",
                #"print "teks {EKSPRESI} teks"  nilai di dalam teks; baris # menjadi judul"#,
                "param NAMA [: int|decimal|text|bool] [= LITERAL]",
                "for each $BARIS in ALUR { PERNYATAAN }",
                "if KONDISI { PERNYATAAN } [else { PERNYATAAN }]",
                "$NAMA          parameter, diatur dengan --set NAMA=NILAI saat menjalankan pilar",
                "# komentar     sampai akhir baris",
            ],
            body: """
                let memberi nama pada sebuah alur, yang dapat dipakai pernyataan berikutnya
                sebagai sumber. print menampilkan nilai satu ekspresi, atau teks berisi
                {ekspresi}. param mendeklarasikan parameter dengan tipe dan nilai bawaan yang dapat
                diganti dengan --set. for each menjalankan bloknya sekali untuk setiap baris,
                dengan $BARIS.kolom; if menjalankan blok bila kondisinya benar: sebuah laporan
                menulis satu bagian per pilar atau OPD dan melewati bagian yang kosong. Beberapa
                pernyataan dapat ditulis dalam satu baris, dipisahkan dengan ';'.
                """
        ),
        "check": HelpTranslation(
            summary: "daftar masalah dalam data: \(CheckRule.all.count) aturan, masing-masing pada berkas:baris-nya",
            syntax: ["check          semua aturan", "check ATURAN   satu aturan", ""]
                + registryLines(CheckRule.all.map { ($0.name, $0.summary(in: .indonesian)) }),
            body: """
                check mencetak tabel masalah (rule, entity, code, where, problem) dalam format
                saat ini, sehingga --format csv menghasilkan daftar untuk skrip. where adalah
                berkas dan baris dari baris data (atau "(inserted)" untuk baris yang ditambahkan
                setelah dimuat). "Lampau" berarti sebelum tahun acuan: tahun terakhir yang memiliki
                realisasi, atau $check_year bila diatur (--set check_year=2022). pilar run --strict
                membuat check yang menemukan masalah menggagalkan skrip dengan status keluar 1,
                setelah masalahnya dicantumkan.
                """ + "\n\nAturan:\n" + checkRuleLines(in: .indonesian)
        ),
        "edit": HelpTranslation(
            summary: "insert, upsert, update, dan delete baris; .undo dan .changes",
            syntax: [
                "insert SUMBER {KOLOM: EKSPRESI, …}  atau  insert SUMBER [{…}, {…}]",
                "upsert SUMBER {KOLOM: EKSPRESI, …}  cocokkan menurut kunci, ubah atau sisipkan",
                "… | update KOLOM = EKSPRESI, …      tahap terakhir: ubah kolom tiap baris",
                "… | delete [cascade]                tahap terakhir: hapus baris-barisnya",
                ".undo [N]   .changes",
            ],
            body: """
                Perubahan mengubah data di memori. insert menambah baris; upsert mencari baris
                setiap rekaman menurut kuncinya (pengukuran menurut indicator dan year, yang lain
                menurut code) lalu mengubah kolom yang diberikan, atau menyisipkannya. Referensi
                diberikan dengan kode dan kolom enum dengan nilainya; achievement dan band
                diturunkan dan menyesuaikan sendiri. update dan delete mengakhiri alur berisi baris
                dari sebuah sumber: ekspresi update dihitung per baris dan boleh memakai kolom baris
                itu; delete menolak baris yang dirujuk baris lain kecuali ditulis delete cascade.
                Setiap pernyataan berlaku seluruhnya atau tidak sama sekali dan menyebutkan apa yang
                dilakukannya ("3 measurements updated"). .undo membatalkan perubahan terakhir,
                .changes mencantumkan perubahan sejak dimuat atau disimpan. Hasil let yang dibuat
                sebelum perubahan harus dijalankan ulang sebelum dipakai.
                """
        ),
        "data": HelpTranslation(
            summary: "entitas masterplan dan hubungan antarentitas",
            body: """
                Setiap nama sumber memberikan semua baris satu entitas (programs adalah sinonim
                programmes). Kolom bertanda → merujuk ke baris entitas lain: ditampilkan sebagai kode
                baris itu dan dapat diikuti dengan titik (programme.opd.name); previous dan next
                melangkah sepanjang deret dan bernilai null pada celah (previous.previous.actual
                dapat dirangkai). Baris-baris terkait sebuah entitas, seperti program sebuah pilar,
                dicantumkan setelah panah di sebelah kanan. Pilarnya adalah governance, people,
                economy, environment, living, dan mobility; OPD (perangkat daerah) antara lain
                DISHUB, DISKOMINFO, BAPPEDA, dan DINKES. Jangka waktu (horizon) adalah quick-win,
                short, medium, atau long; status adalah planned, ongoing, done, stalled, atau
                cancelled; pagu dalam rupiah utuh. Kriteria (band) ditulis dalam bahasa sesi
                (sangat tinggi … sangat rendah) dan kueri menerima nama Inggris maupun Indonesia.
                .schema menampilkan kolom dan tipe data yang benar-benar dimuat, termasuk kolom
                CSV tambahan.
                """
        ),
        "formats": HelpTranslation(
            body: """
                Mengatur cara hasil berikutnya ditampilkan. table menyesuaikan dengan terminal:
                kolom dipersingkat bila layar sempit, dan tabel yang tetap tidak muat berubah menjadi
                satu blok per baris. Format lain untuk disalin ke program atau dokumen lain;
                gabungkan dengan .once BERKAS atau .output BERKAS untuk menulis berkas.
                html menjadikan seluruh jalannya skrip satu halaman yang siap dicetak; baris
                print "# Judul" menjadi judul di html dan markdown (.help print).
                csv-excel (atau pilar --csv-excel) adalah csv seperti yang dibuka Excel dengan
                locale Indonesia: ';' di antara kolom, koma desimal, BOM UTF-8, dan akhir baris CRLF.

                .locale id (atau pilar --locale id) menulis angka di table dan markdown seperti
                lazimnya di Indonesia, 1.250.000,5; csv, tsv, dan json tidak berubah. Bilangan bulat
                tidak pernah ditampilkan dengan desimal; kolom desimal menampilkan desimal yang
                diperlukan nilainya, paling banyak 2 (.decimals N); null ditampilkan sebagai -
                (.nullvalue TEKS). Tanpa argumen, masing-masing menyebutkan pengaturannya saat ini.
                rupiah(), percent(), dan format() menulis angka sebagai teks (.help functions).
                """
        ),
        "commands": HelpTranslation(
            body: """
                Perintah titik memakai seluruh baris dan tidak memerlukan ';'. TAB melengkapi nama
                perintah dan, untuk .load, .read, .output, .once, dan .save, nama berkas. .save
                mempertahankan tata letak setiap berkas dan mengganti semua berkas sekaligus atau
                tidak sama sekali; .save tidak akan menimpa berkas yang berubah di disk sejak dimuat
                kecuali diberi --force. .lang id atau .lang en mengganti bahasa pilar (juga
                pilar --lang, $PILAR_LANG, atau locale).

                .safe on (atau pilar --safe) untuk shell lokakarya bersama: sejak itu .load, .read,
                .output, .once, .save, dan .dump BERKAS ditolak, nama berkas tidak dilengkapi,
                riwayat tetap di memori, dan pager berjalan dalam mode amannya. Mode ini tidak
                dapat dimatikan.
                """
        ),
        "keys": HelpTranslation(
            summary: "tombol penyuntingan pada prompt",
            syntax: [
                "TAB          lengkapi nama; dua kali untuk melihat pilihan",
                "Atas, Bawah  telusuri pernyataan sebelumnya (pernyataan multibaris kembali utuh)",
                "Ctrl-R       cari pernyataan sebelumnya",
                "Ctrl-A, E    awal, akhir baris",
                "Ctrl-C       batalkan pernyataan yang sedang diketik, atau hentikan kueri yang berjalan",
                "Ctrl-D       keluar, pada baris kosong",
            ],
            body: """
                Riwayat disimpan di $XDG_STATE_HOME/pilar/history (biasanya
                ~/.local/state/pilar/history), atau di berkas yang disebut $PILAR_HISTORY.

                Baris yang ditempel berjalan seperti dalam skrip: baris tempelan yang diawali '|'
                melanjutkan pernyataan sebelumnya, sehingga contoh multibaris berjalan sekali,
                sebagai satu pernyataan. Baris yang diketik dan diawali '|' memperhalus pernyataan
                yang dijalankan sebelumnya: setelah
                  programmes | where pillar == "mobility"
                baris
                  | top 3 by budget
                menjalankan programmes | where pillar == "mobility" | top 3 by budget, dan riwayat
                menyimpan seluruh pernyataan itu (grammar.md §1, akhir pernyataan).
                """
        ),
    ]
}
