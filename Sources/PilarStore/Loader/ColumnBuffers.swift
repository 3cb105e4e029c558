import PilarCore

/// Growable typed columns for a file being read.
///
/// Kept as separate arrays per type (not an array of `ColumnData`) so that appending mutates
/// in place: appending to an array inside an enum payload would copy it every time.
struct ColumnBuffers {
    var texts: [[String?]] = []
    var ints: [[Int64?]] = []
    var decimals: [[DecimalNumber?]] = []
    var ordinals: [[UInt8]] = []
    var refs: [[Int32]] = []

    /// Which array holds a column.
    enum Slot {
        case text(Int), int(Int), decimal(Int), ordinal(Domain, Int), reference(Entity, Int)
    }

    mutating func addSlot(for kind: CellKind) -> Slot {
        switch kind {
        case .code, .text, .optionalText:
            return .text(addTextColumn())
        case .integer, .money:
            ints.append([])
            return .int(ints.count - 1)
        case .decimal, .optionalDecimal:
            decimals.append([])
            return .decimal(decimals.count - 1)
        case .enumeration(let domain):
            ordinals.append([])
            return .ordinal(domain, ordinals.count - 1)
        case .reference(let entity):
            refs.append([])
            return .reference(entity, refs.count - 1)
        }
    }

    mutating func addTextColumn() -> Int {
        texts.append([])
        return texts.count - 1
    }

    /// Appends null, or a placeholder for a cell that failed (the store is not built then).
    mutating func appendNull(to slot: Slot) {
        switch slot {
        case .text(let column): texts[column].append(nil)
        case .int(let column): ints[column].append(nil)
        case .decimal(let column): decimals[column].append(nil)
        case .ordinal(_, let column): ordinals[column].append(ColumnData.nullOrdinal)
        case .reference(_, let column): refs[column].append(-1)
        }
    }

    func columnData(_ slot: Slot) -> ColumnData {
        switch slot {
        case .text(let column): .text(texts[column])
        case .int(let column): .int(ints[column])
        case .decimal(let column): .decimal(decimals[column])
        case .ordinal(let domain, let column): .enumeration(domain, ordinals[column])
        case .reference(let entity, let column): .reference(entity, refs[column])
        }
    }

    static func emptyColumn(for kind: CellKind) -> ColumnData {
        switch kind {
        case .code, .text, .optionalText: .text([])
        case .integer, .money: .int([])
        case .decimal, .optionalDecimal: .decimal([])
        case .enumeration(let domain): .enumeration(domain, [])
        case .reference(let entity): .reference(entity, [])
        }
    }
}

/// The UTF-8 bytes of each domain value, so enum cells are matched without making strings.
enum EnumBytes {
    static func values(of domain: Domain) -> [[UInt8]] {
        switch domain {
        case .horizon: horizon
        case .status: status
        case .polarity: polarity
        case .band: band
        }
    }

    private static let horizon = Domain.horizon.values.map { Array($0.utf8) }
    private static let status = Domain.status.values.map { Array($0.utf8) }
    private static let polarity = Domain.polarity.values.map { Array($0.utf8) }
    private static let band = Domain.band.values.map { Array($0.utf8) }
}
