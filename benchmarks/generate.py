#!/usr/bin/env python3
"""Writes a deterministic synthetic masterplan in pilar's CSV layout, for the benchmark.

    python3 benchmarks/generate.py --size 9k|100k|1m|4m --out DIR
    python3 benchmarks/generate.py --self-check      # deterministic and loadable (needs make release)

The same size always gives the same bytes: a fixed seed per size, no dependence on time,
locale or hash order. The figures are invented; the text is made to be awkward on purpose
(commas, double quotes, é, –, Indonesian names) so that CSV quoting is part of what is timed.

Scale: ~9k measurements is one city; larger sizes grow OPDs with the square root of the size
(a province of cities, then many) and programmes and indicators linearly, so every entity
grows and groups by OPD stay meaningful.
"""
import argparse
import csv
import filecmp
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

SIZES = {"9k": 9_000, "100k": 100_000, "1m": 1_000_000, "4m": 4_000_000}
FIRST_YEAR, LAST_YEAR = 2015, 2030

# The default pillars, in the default order (pillar sorts in the order of this table).
PILLARS = [
    ("governance", "Smart Governance", "Tata Kelola", "GOV"),
    ("people", "Smart People", "Masyarakat", "PPL"),
    ("economy", "Smart Economy", "Ekonomi", "ECO"),
    ("environment", "Smart Environment", "Lingkungan", "ENV"),
    ("living", "Smart Living", "Kehidupan", "LIV"),
    ("mobility", "Smart Mobility", "Mobilitas", "MOB"),
]

OPD_TEMPLATES = [
    ("DISKOMINFO", "Dinas Komunikasi, Informatika, Statistik dan Persandian", "dinas"),
    ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "badan"),
    ("DISHUB", "Dinas Perhubungan", "dinas"),
    ("DLHK", "Dinas Lingkungan Hidup dan Kebersihan", "dinas"),
    ("DISDIK", "Dinas Pendidikan", "dinas"),
    ("DINKES", "Dinas Kesehatan", "dinas"),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dinas"),
    ("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "dinas"),
    ("BAPENDA", "Badan Pendapatan Daerah", "badan"),
    ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "badan"),
    ("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "dinas"),
    ("DINSOS", "Dinas Sosial", "dinas"),
    ("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", "dinas"),
    ("DISPAR", "Dinas Pariwisata – Ekonomi Kreatif", "dinas"),
    ("SATPOLPP", "Satuan Polisi \"Pamong Praja\"", "satuan"),
    ("BPBD", "Badan Penanggulangan Bencana Daerah", "badan"),
    ("DISKOPUKM", "Dinas Koperasi, Usaha Kecil dan Menengah", "dinas"),
    ("DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "dinas"),
    ("DISNAKER", "Dinas Tenaga Kerja", "dinas"),
    ("DISPUSIP", "Dinas Perpustakaan dan Kearsipan", "dinas"),
]
CITIES = ["Pekanbaru", "Dumai", "Siak", "Kampar", "Bengkalis", "Rokan Hulu", "Pelalawan",
          "Indragiri Hilir", "Kuantan Singingi", "Meranti", "Bukittinggi", "Padang Panjang"]
FIRST = ["Raja", "Siti", "Yudi", "Rina", "Abdul", "Irma", "Zulfikar", "Nurul", "Putri", "Bambang",
         "Mardiana", "Erwin", "Fitri", "Akmal", "Hendra", "Dewi", "Agus", "Wahyu", "Ayu", "Réza"]
LAST = ["Saputra", "Nasution", "Pratama", "Kartika", "Lubis", "Hasibuan", "Siregar", "Harahap",
        "Tambunan", "Saragih", "Sitompul", "Anwar", "Handayani", "Syahputra", "Sutrisno", "Aini"]
TITLES = ["Drs.", "Ir.", "dr.", "Dr. H.", "Hj.", "H.", ""]
DEGREES = [", M.Si", ", S.T., M.T", ", S.E., M.M", ", M.Kes", "", ", S.Sos."]

ACTIONS = ["Pembangunan", "Pengembangan", "Peningkatan", "Digitalisasi", "Revitalisasi",
           "Penguatan", "Pelatihan", "Integrasi", "Pengadaan", "Sosialisasi"]
OBJECTS = {
    "governance": ["portal Satu Data", "layanan e-Government", "tanda tangan elektronik",
                   "Command Center", "aplikasi \"Lapor!\"", "sistem e-Budgeting"],
    "people": ["sekolah digital", "literasi digital warga", "perpustakaan keliling",
               "beasiswa \"Cerdas\"", "pelatihan café UMKM", "kelas coding remaja"],
    "economy": ["pasar tradisional online", "UMKM go digital", "QRIS pedagang",
                "inkubator bisnis", "festival kuliner – Riau", "e-retribusi"],
    "environment": ["bank sampah", "pemantauan kualitas udara", "ruang terbuka hijau",
                    "drainase cerdas", "taman kota, hutan kota", "sensor banjir"],
    "living": ["puskesmas digital", "rumah layak huni", "CCTV lingkungan",
               "layanan darurat 112", "posyandu \"Sehat\"", "air bersih"],
    "mobility": ["Trans Metro", "ATCS simpang", "parkir elektronik", "halte pintar",
                 "jalur sepeda", "kartu tarif terpadu"],
}
INDICATORS = [  # name, unit, polarity, kind of figure
    ("Jumlah layanan daring", "layanan", "positive", "count"),
    ("Persentase penyerapan anggaran", "%", "positive", "percent"),
    ("Tingkat kepuasan warga, survei \"IKM\"", "%", "positive", "percent"),
    ("Rasio cakupan – kecamatan", "rasio", "positive", "ratio"),
    ("Waktu tunggu rata-rata", "menit", "negative", "minutes"),
    ("Angka keluhan masuk", "keluhan", "negative", "count"),
    ("Jumlah pengguna aktif", "orang", "positive", "count"),
    ("Indeks kualitas (é-score)", "indeks", "positive", "ratio"),
]
HORIZONS = ["quick-win", "short", "medium", "long"]
HORIZON_WEIGHTS = [2, 4, 3, 1]
STATUSES = ["planned", "ongoing", "done", "stalled", "cancelled"]
STATUS_WEIGHTS = [3, 4, 3, 1, 1]


def opd_count(measurements):
    """OPDs grow with the square root of the size; programmes (about 4 indicators of about 8
    years each) grow linearly, as the loop below writes them until the size is reached."""
    return max(20, round(40 * math.sqrt(measurements / 9_000)))


def figure(rng, kind, scale):
    """A target-like figure with at most 4 decimals, as text."""
    if kind == "count":
        return str(round(scale * rng.uniform(0.5, 2.0)))
    if kind == "percent":
        return f"{rng.uniform(40, 100):.1f}".rstrip("0").rstrip(".")
    if kind == "ratio":
        return f"{rng.uniform(0.1, 1.0):.4f}".rstrip("0").rstrip(".")
    return f"{rng.uniform(5, 90):.2f}".rstrip("0").rstrip(".")  # minutes


def actual_of(rng, target_text, kind, polarity):
    target = float(target_text)
    factor = rng.uniform(0.45, 1.25) if polarity == "positive" else rng.uniform(0.8, 1.6)
    value = target * factor
    if kind == "count":
        return str(round(value))
    if kind == "percent":
        return f"{min(value, 100.0):.2f}".rstrip("0").rstrip(".")
    return f"{value:.4f}".rstrip("0").rstrip(".")


def generate(size, out):
    total = SIZES[size]
    rng = random.Random(f"pilar-bench-{size}")
    n_opds = opd_count(total)
    os.makedirs(out, exist_ok=True)

    def writer(name, header):
        handle = open(os.path.join(out, name), "w", encoding="utf-8", newline="")
        w = csv.writer(handle, lineterminator="\n")
        w.writerow(header)
        return handle, w

    handle, w = writer("pillars.csv", ["code", "name", "name_id"])
    for code, name, name_id, _ in PILLARS:
        w.writerow([code, name, name_id])
    handle.close()

    opds = []
    handle, w = writer("opds.csv", ["code", "name", "kind", "head"])
    for i in range(n_opds):
        base_code, base_name, kind = OPD_TEMPLATES[i % len(OPD_TEMPLATES)]
        city = CITIES[(i // len(OPD_TEMPLATES)) % len(CITIES)]
        round_ = i // (len(OPD_TEMPLATES) * len(CITIES))
        code = f"{base_code}-{i + 1:04d}"
        name = f"{base_name} Kota {city}" + (f" ({round_ + 1})" if round_ else "")
        head = "" if rng.random() < 0.1 else (
            f"{rng.choice(TITLES)} {rng.choice(FIRST)} {rng.choice(LAST)}{rng.choice(DEGREES)}".strip())
        w.writerow([code, name, kind, head])
        # One OPD in five never proposes a quick win, so "OPDs without a quick win" has answers
        # at every size.
        opds.append((code, i % 5 == 4))
    handle.close()

    handle_p, wp = writer("programmes.csv", ["code", "name", "opd", "pillar", "horizon", "start_year",
                                             "end_year", "budget", "status"])
    handle_i, wi = writer("indicators.csv", ["code", "programme", "name", "unit", "polarity", "baseline"])
    handle_m, wm = writer("measurements.csv", ["indicator", "year", "target", "actual"])
    written = 0
    p = 0
    while written < total:
        p += 1
        pillar, _, _, prefix = PILLARS[rng.randrange(len(PILLARS))]
        opd, no_quick_win = opds[rng.randrange(len(opds))]
        horizon = rng.choices(HORIZONS, HORIZON_WEIGHTS)[0]
        if no_quick_win and horizon == "quick-win":
            horizon = "short"
        start = rng.randint(FIRST_YEAR, LAST_YEAR - 3)
        length = {"quick-win": 1, "short": 2, "medium": 5, "long": 10}[horizon]
        end = min(LAST_YEAR, start + length - 1)
        budget = "" if rng.random() < 0.05 else str(rng.randrange(50, 50_000) * 5_000_000 + rng.randrange(1000))
        code = f"{prefix}-{p:06d}"
        name = f"{rng.choice(ACTIONS)} {rng.choice(OBJECTS[pillar])}"
        if rng.random() < 0.2:
            name += f", {rng.choice(CITIES)}"
        wp.writerow([code, name, opd, pillar, horizon, start, end, budget,
                     rng.choices(STATUSES, STATUS_WEIGHTS)[0]])
        for k in range(1, rng.randint(2, 6) + 1):
            ind_name, unit, polarity, kind = INDICATORS[rng.randrange(len(INDICATORS))]
            icode = f"{code}.{k}"
            scale = rng.choice([10, 100, 1000, 25000])
            baseline = "" if rng.random() < 0.3 else figure(rng, kind, scale)
            wi.writerow([icode, code, ind_name, unit, polarity, baseline])
            first = rng.randint(FIRST_YEAR, LAST_YEAR - 1)
            last = min(LAST_YEAR, first + rng.randint(3, 11))
            for year in range(first, last + 1):
                if written >= total:
                    break
                # A zero target now and then: achievement is null there, in every tool.
                target = "0" if rng.random() < 0.005 else figure(rng, kind, scale)
                actual = "" if rng.random() < 0.15 else actual_of(rng, target if target != "0" else "1",
                                                                  kind, polarity)
                wm.writerow([icode, year, target, actual])
                written += 1
    for h in (handle_p, handle_i, handle_m):
        h.close()
    return written


def self_check():
    """Same bytes twice, and the release binary loads the result with the expected count."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    pilar = os.path.join(root, ".build", "release", "pilar")
    with tempfile.TemporaryDirectory() as tmp:
        a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        generate("9k", a)
        generate("9k", b)
        names = sorted(os.listdir(a))
        match, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
        if mismatch or errors or len(match) != 5:
            print(f"self-check FAILED: not deterministic: {mismatch + errors}", file=sys.stderr)
            return 1
        if not os.path.exists(pilar):
            print(f"self-check: deterministic; {pilar} missing (make release) so loading was not checked")
            return 1
        run = subprocess.run([pilar, "--data", a, "--format", "csv", "-c", "measurements | count"],
                             capture_output=True, text=True)
        if run.returncode != 0 or run.stdout.split() != ["count", str(SIZES["9k"])]:
            print(f"self-check FAILED: pilar did not load it:\n{run.stdout}{run.stderr}", file=sys.stderr)
            return 1
    print("self-check passed: deterministic, and pilar loads 9000 measurements")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES))
    parser.add_argument("--out")
    parser.add_argument("--self-check", action="store_true")
    args = parser.parse_args()
    if args.self_check:
        return self_check()
    if not args.size or not args.out:
        parser.error("--size and --out are required (or --self-check)")
    count = generate(args.size, args.out)
    print(f"{args.out}: {count} measurements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
