import PilarCore

extension SummaryMessage {
    public var indonesian: String {
        switch self {
        case .nothingChanged: "tidak ada yang berubah"
        case .noneChanged: "{rows} diubah"
        case .rowsInserted: "{rows} ditambahkan"
        case .rowsUpdated: "{rows} diperbarui"
        case .rowsDeleted: "{rows} dihapus"
        case .deletedWithOthers: "{deleted} (beserta {others} yang terkait {count|dengannya|dengan baris-baris itu})"
        case .columnAdded: "kolom '{name}' ditambahkan ke {source}"
        case .declaredCount: "{count} {noun}"
        case .parts: "{parts}"
        }
    }
}
