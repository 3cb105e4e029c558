import PilarCore

/// Turns the files read without error into tables in schema order, and the tables into a store.
enum StoreAssembly {
    static func table(_ file: LoadedFile, derived: [ColumnData] = []) -> Table {
        let schema = EntitySchema.builtIn(file.entity).adding(extraColumns: file.extras.map(\.name))
        return Table(schema: schema, columns: file.columns + derived + file.extras.map(\.column), layout: file.layout)
    }

    static func measurementTable(_ file: LoadedFile, indicators: LoadedFile) -> Table {
        guard case .reference(_, let refs) = file.column("indicator"),
              case .decimal(let targets) = file.column("target"),
              case .decimal(let actuals) = file.column("actual"),
              case .enumeration(_, let polarities) = indicators.column("polarity")
        else { preconditionFailure("the loader reads indicator, target, actual and polarity with these types") }
        let derived = DerivedFields.measurementColumns(
            indicators: refs, targets: targets, actuals: actuals, polarityOrdinals: polarities)
        return table(file, derived: [derived.achievement, derived.band])
    }
}

extension StoreAssembly {
    /// Whether every reference cell names a row of its target table. The loader only builds a
    /// store after a clean read, which guarantees it; this check turns a loader bug into an
    /// error message instead of a crash inside `Store`.
    static func referencesAreValid(_ files: [Entity: LoadedFile]) -> Bool {
        for file in files.values {
            for column in file.columns {
                guard case .reference(let target, let rows) = column else { continue }
                let count = Int32(clamping: files[target]?.count ?? 0)
                if rows.contains(where: { $0 < 0 || $0 >= count }) { return false }
            }
        }
        return true
    }
}

extension LoadedFile {
    /// A known column by name (nil for names the entity does not read).
    func column(_ name: String) -> ColumnData? {
        ColumnSpec.columns(of: entity).firstIndex { $0.name == name }.map { columns[$0] }
    }
}
