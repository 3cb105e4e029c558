import PilarCore
import PilarStore

/// Rows in flight between stages: row indexes of an entity (fields are read from the store
/// when needed, never copied) plus computed columns, stored column by column.
public struct Frame: Sendable {
    public var rowType: RowType
    /// Entity row indexes, one per row; empty for plain records.
    public var ids: [Int32]
    /// Computed columns, each with one value per row.
    public var columns: [[Value]]
    public var count: Int

    init(rowType: RowType, ids: [Int32], columns: [[Value]], count: Int) {
        self.rowType = rowType
        self.ids = ids
        self.columns = columns
        self.count = count
    }

    /// All rows of an entity, or the given ones.
    static func entityRows(_ entity: Entity, ids: [Int32]) -> Frame {
        Frame(rowType: RowType(entity: entity), ids: ids, columns: [], count: ids.count)
    }

    /// The rows at the given positions, in that order.
    func gather(_ positions: [Int]) -> Frame {
        let newIDs = ids.isEmpty ? [] : positions.map { ids[$0] }
        let newColumns = columns.map { column in positions.map { column[$0] } }
        return Frame(rowType: rowType, ids: newIDs, columns: newColumns, count: positions.count)
    }

    func prefix(_ n: Int) -> Frame {
        guard n < count else { return self }
        return Frame(rowType: rowType, ids: ids.isEmpty ? [] : Array(ids.prefix(n)),
                     columns: columns.map { Array($0.prefix(n)) }, count: n)
    }
}

/// Where an expression is evaluated: one row of a frame, plus the aggregates its stage
/// computed beforehand.
struct RowContext {
    let frame: Frame
    let row: Int
    let slots: [Value]
    /// The row's values of the window calls of a `window` item (empty elsewhere).
    var window: [Value] = []

    var entityRow: Int32 { frame.ids[row] }

    /// Where an expression outside any row is evaluated (`print`, an `if` condition, an
    /// `insert` record): one row of no entity and no columns.
    static let outsideAnyRow = RowContext(frame: Frame(rowType: RowType(entity: nil), ids: [], columns: [], count: 1), row: 0, slots: [])
}
