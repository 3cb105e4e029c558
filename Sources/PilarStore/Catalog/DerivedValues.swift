import PilarCore

/// Runs an entity's derived computations over its stored columns: at load time and after
/// every write that touches one of their inputs.
enum DerivedValues {
    /// The derived columns of an entity in schema order, and the rows that could not be
    /// computed. `table` gives the tables of referenced entities.
    static func compute(
        _ declaration: EntityDeclaration, own: [String: ColumnData], count: Int, table: (Entity) -> Table
    ) -> DerivedResult {
        var result = DerivedResult(columns: [])
        for computation in declaration.derived {
            var referenced: [String: (rows: [Int32], column: ColumnData)] = [:]
            for input in computation.inputs {
                let parts = input.split(separator: ".").map(String.init)
                guard parts.count == 2, case .reference(let target, let rows)? = own[parts[0]] else { continue }
                let targetTable = table(target)
                guard let column = targetTable.columnIndex(of: parts[1]) else { continue }
                referenced[input] = (rows, targetTable.columns[column])
            }
            let outcome = computation.compute(DerivedInputs(own: own, referenced: referenced, count: count))
            result.columns += outcome.columns
            result.problems += outcome.problems
        }
        return result
    }
}
