#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
import Foundation
import PilarCore
import ZIPFoundation

/// The zip container of an .xlsx file: its parts, read whole by their path inside the zip.
struct WorkbookArchive {
    private let archive: Archive
    let path: String

    /// Opens the workbook's bytes; a file that is not a zip (or an old .xls) is refused here.
    init(bytes: [UInt8], path: String) throws(Diagnostic) {
        self.path = path
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Diagnostic(.loader, ExcelMessage.oldExcelFormat, ["path": .text(path)], source: nil,
                             hint: Message(ExcelMessage.oldExcelFormatHint))
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw Diagnostic(.loader, ExcelMessage.notAWorkbook,
                             ["path": .text(path), "reason": .text(Self.reason(error))], source: nil,
                             hint: Message(ExcelMessage.notAWorkbookHint))
        }
    }

    /// The bytes of a part, or nil when the zip has no such entry.
    func part(_ name: String) throws(Diagnostic) -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(clamping: entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
        } catch {
            throw Diagnostic(.loader, ExcelMessage.notAWorkbook,
                             ["path": .text(path), "reason": .text("\(name): \(Self.reason(error))")], source: nil,
                             hint: Message(ExcelMessage.damagedHint))
        }
        return bytes
    }

    /// A part that must be there.
    func requiredPart(_ name: String) throws(Diagnostic) -> [UInt8] {
        guard let bytes = try part(name) else {
            throw Diagnostic(.loader, ExcelMessage.missingPart, ["part": .text(name)], source: nil,
                             hint: Message(ExcelMessage.damagedHint))
        }
        return bytes
    }

    /// ZIPFoundation's errors are enum cases: their names are the clearest reason there is.
    private static func reason(_ error: any Error) -> String {
        "\(error)".replacingOccurrences(of: "ZIPFoundation.", with: "")
    }
}
