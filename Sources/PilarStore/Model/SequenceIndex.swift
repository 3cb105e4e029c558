import PilarCore
import Synchronization

/// Row of each (series, step) pair of an entity with a sequence: what `previous` and `next`
/// look up. Built the first time a store is asked, once per store (a store never changes, an
/// edit makes a new one), so stores nobody navigates pay nothing.
public struct SequenceIndex: Sendable {
    struct Key: Hashable, Sendable {
        let series: Value
        let step: Int64
    }

    private let rows: [Key: Int32]

    init(table: Table, sequence: SequenceDeclaration) {
        guard let seriesColumn = table.columnIndex(of: sequence.series),
              let stepColumn = table.columnIndex(of: sequence.step),
              case .int(let steps) = table.columns[stepColumn] else {
            rows = [:]
            return
        }
        var rows: [Key: Int32] = [:]
        rows.reserveCapacity(table.count)
        let series = table.columns[seriesColumn]
        for row in 0..<table.count {
            guard let step = steps[row] else { continue }
            let name = series.value(at: row)
            if name.isNull { continue }
            // The key makes (series, step) unique; should two rows share one, the first wins.
            if rows[Key(series: name, step: step)] == nil { rows[Key(series: name, step: step)] = Int32(row) }
        }
        self.rows = rows
    }

    /// The row of the same series `offset` steps from `row`, or nil when there is none.
    func neighbour(of row: Int, offset: Int64, table: Table, sequence: SequenceDeclaration) -> Int32? {
        guard let seriesColumn = table.columnIndex(of: sequence.series),
              let stepColumn = table.columnIndex(of: sequence.step),
              case .int(let step) = table.value(column: stepColumn, row: row) else { return nil }
        let (target, overflow) = step.addingReportingOverflow(offset)
        if overflow { return nil }
        return rows[Key(series: table.value(column: seriesColumn, row: row), step: target)]
    }
}

/// The lazily built sequence indexes of one store, shared by its copies.
final class SequenceIndexes: Sendable {
    private let built = Mutex<[Int: SequenceIndex]>([:])

    func index(for entity: Entity, build: () -> SequenceIndex) -> SequenceIndex {
        if let index = built.withLock({ $0[entity.id] }) { return index }
        // Built outside the lock; two threads may both build it, and both get the same answer.
        let index = build()
        built.withLock { $0[entity.id] = index }
        return index
    }
}

extension Store {
    /// The row of the same series as `row` of `entity`, `offset` steps away (`previous` is −1),
    /// or nil when the entity has no sequence or there is no such row.
    public func neighbour(of entity: Entity, row: Int32, offset: Int64) -> Int32? {
        guard let sequence = catalog[entity].sequence else { return nil }
        let table = table(entity)
        let index = sequenceIndexes.index(for: entity) { SequenceIndex(table: table, sequence: sequence) }
        return index.neighbour(of: Int(row), offset: offset, table: table, sequence: sequence)
    }
}
