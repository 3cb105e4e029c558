import PilarCore

/// The rows of one collection of every parent row, in compressed form: the children of parent
/// `p` are `rows[offsets[p]..<offsets[p+1]]`, in table order.
public struct ChildIndex: Sendable {
    public let offsets: [Int32]
    public let rows: [Int32]

    /// Groups child rows by the parent each refers to.
    public init(parentCount: Int, parentOfChild: [Int32]) {
        var counts = [Int32](repeating: 0, count: parentCount + 1)
        for parent in parentOfChild { counts[Int(parent) + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var next = counts
        var rows = [Int32](repeating: 0, count: parentOfChild.count)
        for (child, parent) in parentOfChild.enumerated() {
            rows[Int(next[Int(parent)])] = Int32(child)
            next[Int(parent)] += 1
        }
        self.offsets = counts
        self.rows = rows
    }

    @inline(__always)
    public func children(of parent: Int) -> ArraySlice<Int32> {
        rows[Int(offsets[parent])..<Int(offsets[parent + 1])]
    }
}

/// An in-memory masterplan: one table per entity of its catalog, references resolved to row
/// indexes, and the reverse of every reference (`opd.programmes`) precomputed. A store is a
/// value: an edit makes a new store and leaves this one as it was (its column arrays are shared
/// until written), which is what undo and `let` results rely on.
public struct Store: Sendable {
    /// What entities there are and how they are checked.
    public let catalog: Catalog
    /// What was loaded, for banners and `.about` ("Pekanbaru Smart City demo masterplan").
    public var title: String
    /// Where it came from: a folder path, or nil for the embedded demo or an empty store.
    public var origin: String?
    /// True for the embedded illustrative demo data.
    public var isDemo: Bool
    /// Unique to this version of the data; an edit gives the new store a new one.
    public let generation: UInt64

    private let tables: [Table]
    private let childIndexes: [CollectionKey: ChildIndex]
    /// `previous`/`next` lookups, built on first use (see `SequenceIndex`).
    let sequenceIndexes = SequenceIndexes()

    private struct CollectionKey: Hashable, Sendable {
        let parent: Entity
        let name: String
    }

    /// Builds a store from one table per entity (any missing one is empty). References must
    /// already be valid row indexes; the loader and the edits guarantee it.
    public init(catalog: Catalog = .masterplan, title: String, origin: String? = nil, isDemo: Bool = false, tables: [Table]) {
        self.catalog = catalog
        self.title = title
        self.origin = origin
        self.isDemo = isDemo
        self.generation = StoreGeneration.next()
        var byEntity = catalog.entities.map { Table.empty(catalog.schema(of: $0)) }
        for table in tables {
            byEntity[table.entity.id] = table
        }
        self.tables = byEntity
        var indexes: [CollectionKey: ChildIndex] = [:]
        for parent in byEntity {
            for collection in parent.schema.collections {
                let child = byEntity[collection.target.id]
                guard let column = child.columnIndex(of: collection.backReference),
                      case .reference(_, let parents) = child.columns[column] else { continue }
                indexes[CollectionKey(parent: parent.entity, name: collection.name)] =
                    ChildIndex(parentCount: parent.count, parentOfChild: parents)
            }
        }
        self.childIndexes = indexes
    }

    @inline(__always)
    public func table(_ entity: Entity) -> Table {
        tables[entity.id]
    }

    /// One cell, read in place: `table(entity).value(…)` would copy the whole `Table` (a
    /// retain and release of each of its arrays) for every cell a query reads.
    @inline(__always)
    public func value(_ entity: Entity, column: Int, row: Int) -> Value {
        tables[entity.id].columns[column].value(at: row)
    }

    /// The row with a code, read in place.
    @inline(__always)
    public func row(of entity: Entity, code: String) -> Int32? {
        tables[entity.id].codeIndex[code]
    }

    /// Whether the entity's rows have a code (checked per comparison, so without a copy).
    @inline(__always)
    public func hasCode(_ entity: Entity) -> Bool {
        tables[entity.id].codeColumn != nil
    }

    /// The code of a row (nil for entities without one), read in place like `value`.
    @inline(__always)
    public func storedCode(_ entity: Entity, row: Int) -> String? {
        guard let codeColumn = tables[entity.id].codeColumn, case .text(let codes) = tables[entity.id].columns[codeColumn] else {
            return nil
        }
        return codes[row]
    }

    /// Every table, in catalog order.
    public var allTables: [Table] { tables }

    public func schema(_ entity: Entity) -> EntitySchema { table(entity).schema }

    /// The declaration of an entity (its names, key, rules).
    public func declaration(_ entity: Entity) -> EntityDeclaration { catalog[entity] }

    /// The child index of a collection (`opd.programmes`), or nil when there is no such collection.
    public func childIndex(of parent: Entity, collection: String) -> ChildIndex? {
        childIndexes[CollectionKey(parent: parent, name: collection)]
    }

    /// The name of a referenced row (how a reference shows and compares): its code, or for
    /// rows without one (measurements) their key's shown values joined by a space
    /// ("MOB-01.3 2018"), so the name is the data's and survives deletes, unlike a row number.
    public func code(of entity: Entity, row: Int32) -> String {
        if let code = storedCode(entity, row: Int(row)) { return code }
        let table = table(entity)
        let key = declaration(entity).key
        guard !key.isEmpty else { return "#\(row)" }
        return key.map { field -> String in
            guard let column = table.columnIndex(of: field) else { return "" }
            switch table.value(column: column, row: Int(row)) {
            case .null: return ""
            case .bool(let flag): return flag ? "true" : "false"
            case .int(let number): return String(number)
            case .decimal(let number): return NumberText.decimal(number)
            case .text(let text): return text
            case .ref(let target, let targetRow): return code(of: target, row: targetRow)
            }
        }.joined(separator: " ")
    }

    /// Every table's count: "6 pillars, 5 OPDs, 40 programmes, …" (`.about`, the banner).
    public var countsLine: String { countsMessage.english }

    /// `countsLine` in the reader's language.
    public var countsMessage: Message {
        .parts(catalog.declarations.map { $0.countMessage(table($0.entity).count) })
    }

    /// Counts for banners: "5 OPDs, 40 programmes, 80 indicators, 600 measurements" (fixed
    /// lists such as the pillars are left out).
    public var summary: String { summaryMessage.english }

    /// `summary` in the reader's language.
    public var summaryMessage: Message {
        .parts(catalog.declarations.filter { !$0.isFixedList }.map { $0.countMessage(table($0.entity).count) })
    }
}
