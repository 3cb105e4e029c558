import PilarCore

/// The illustrative Pekanbaru Smart City masterplan embedded in pilar, so that it works from
/// any folder (`pilar --demo`). The same files are in `examples/data/pekanbaru/`.
public enum DemoMasterplan {
    public static let title = "Pekanbaru Smart City demo masterplan"

    /// Shown wherever demo figures are: they must not be mistaken for real ones.
    public static let notice = "The demo figures are illustrative, not official."

    /// The embedded CSV files, named `demo/<file>.csv` in diagnostics.
    public static var sourceFiles: [Entity: SourceFile] {
        [
            .pillar: DemoFiles.pillars,
            .opd: DemoFiles.opds,
            .programme: DemoFiles.programmes,
            .indicator: DemoFiles.indicators,
            .measurement: DemoFiles.measurements,
        ].reduce(into: [:]) { files, entry in
            files[entry.key] = SourceFile(name: "demo/" + Catalog.masterplan[entry.key].fileName, text: entry.value)
        }
    }

    /// The demo store. Loaded once; later calls return the same store.
    public static func load() -> Store { store }

    private static let store: Store = {
        do throws(DiagnosticList) {
            return try MasterplanLoader.load(files: sourceFiles, title: title, origin: nil, isDemo: true)
        } catch {
            // The data are generated and tested, so this is a bug in pilar, not bad input.
            fatalError("the embedded demo masterplan failed to load (run tools/demo/generate.py and the PilarStore tests):\n"
                + DiagnosticFormatter().format(error))
        }
    }()
}
