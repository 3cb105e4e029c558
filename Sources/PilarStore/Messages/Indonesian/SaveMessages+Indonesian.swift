import PilarCore

extension SaveMessage {
    public var indonesian: String {
        switch self {
        case .cannotCreate: "tidak dapat membuat '{path}': {reason}"
        case .cannotFlush: "tidak dapat menuliskan '{path}' ke disk: {reason}"
        case .cannotWrite: "tidak dapat menulis '{path}': {reason}"
        case .cannotOpenFolder: "tidak dapat membuka folder '{path}': {reason}"
        case .cannotFlushFolder: "tidak dapat menuliskan folder '{path}' ke disk: {reason}"
        case .cannotLockFolder: "tidak dapat mengunci folder '{path}': {reason}"
        case .cannotRename: "tidak dapat mengganti nama {from} menjadi '{path}': {reason}"
        case .cannotRemove: "tidak dapat menghapus '{path}': {reason}"
        case .cannotCreateFolder: "tidak dapat membuat folder '{path}': {reason}"
        case .newFileDisappeared: "{file} yang baru hilang dari '{folder}' sebelum penyimpanan selesai"
        case .interruptedSaveFailed: "penyimpanan yang terputus di '{folder}' tidak dapat diselesaikan: {reason}"
        case .notAFolder: "'{folder}' bukan folder"
        case .notAFolderHint: "berikan folder untuk menyimpan berkas-berkas CSV"
        case .parentMustExistHint: "folder di atasnya harus sudah ada"
        case .makeWritableHint: "buat folder itu dapat ditulisi lalu simpan lagi"
        case .changedOnDisk: "{file} berubah di disk sejak dimuat; tidak ditimpa"
        case .changedOnDiskHint: "muat lagi untuk melihat perubahannya, atau .save --force untuk menimpanya"
        case .holdsMasterplan: "'{folder}' sudah berisi masterplan ({file}); tidak ditimpa"
        case .holdsMasterplanHint: ".save --force {folder} untuk menggantinya"
        }
    }
}
