import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PilarCore

/// Runs Foundation's streaming `XMLParser` (libxml2's SAX parser on Linux) over one part of
/// the workbook: a sheet of 100 000 rows is read without building a tree of it.
enum XMLPart {
    static func parse(_ bytes: [UInt8], part: String, workbook: String, with delegate: any XMLParserDelegate) throws(Diagnostic) {
        // From a stream, in chunks: given the whole part at once, libxml2 refuses a part over
        // 10 MB ("huge input lookup"), which a sheet of 100 000 measurements is.
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        // libxml2's push parser on Linux can accept a document cut short; a part whose root
        // element is not closed at its end is as broken as one that fails to parse.
        guard parser.parse(), isClosed(bytes) else {
            let reason = parser.parserError.map { "line \(parser.lineNumber): \($0.localizedDescription)" } ?? "the document ends early"
            throw Diagnostic(.loader, ExcelMessage.badXML,
                             ["part": .text("\(workbook) \(part)"),
                              "reason": .text(reason)],
                             source: nil, hint: Message(ExcelMessage.damagedHint))
        }
    }

    /// A worksheet part's cells: scanned as bytes when it is UTF-8 (fast; see
    /// `WorksheetScanner`), else through `XMLParser`.
    static func worksheet(_ bytes: [UInt8], part: String, workbook: String, sharedStrings: [String],
                          dateStyles: [Bool]) throws(Diagnostic) -> SheetGrid {
        guard WorksheetScanner.canScan(bytes) else {
            let parser = WorksheetParser(sharedStrings: sharedStrings, dateStyles: dateStyles)
            try parse(bytes, part: part, workbook: workbook, with: parser)
            return parser.grid
        }
        var scanner = WorksheetScanner(bytes: bytes, sharedStrings: sharedStrings, dateStyles: dateStyles)
        do {
            try scanner.scan()
        } catch {
            let reason = Message(ExcelMessage.xmlAt, ["line": .text(String(error.line)), "column": .text(String(error.column)),
                                                      "problem": .message(error.problem)])
            throw Diagnostic(.loader, ExcelMessage.badXML, ["part": .text("\(workbook) \(part)"), "reason": .message(reason)],
                             source: nil, hint: Message(ExcelMessage.damagedHint))
        }
        return scanner.grid
    }

    /// Whether the bytes end by closing the root element (`</worksheet>`, or a root `<x/>`).
    static func isClosed(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var root: ArraySlice<UInt8> = []
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] != UInt8(ascii: "?"), bytes[index + 1] != UInt8(ascii: "!") {
                var end = index + 1
                while end < bytes.count, ![UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), 9, 10, 13].contains(bytes[end]) { end += 1 }
                root = bytes[(index + 1)..<end]
                break
            }
            index += 1
        }
        guard !root.isEmpty else { return false }
        var last = bytes.count
        while last > 0, [UInt8(ascii: " "), 9, 10, 13].contains(bytes[last - 1]) { last -= 1 }
        let closing = Array("</".utf8) + root + Array(">".utf8)
        if last >= closing.count, Array(bytes[(last - closing.count)..<last]) == closing { return true }
        return last >= 2 && bytes[last - 2] == UInt8(ascii: "/") && bytes[last - 1] == UInt8(ascii: ">")
            && !bytes[(index + 1)..<(last - 2)].contains(UInt8(ascii: "<"))
    }

    /// An attribute by its local name, whatever prefix the producer gave it (`r:id`).
    static func attribute(_ attributes: [String: String], local name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }
}

/// `xl/workbook.xml`: the sheets in tab order, with their relationship ids and visibility.
final class WorkbookPartParser: NSObject, XMLParserDelegate {
    struct Sheet { var name: String; var relation: String; var hidden: Bool }
    var sheets: [Sheet] = []
    /// Whether dates count from 1904 (old Mac workbooks) rather than from 1900.
    var dates1904 = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "sheet" || name.hasSuffix(":sheet") {
            sheets.append(Sheet(name: attributes["name"] ?? "", relation: XMLPart.attribute(attributes, local: "id") ?? "",
                                hidden: (attributes["state"] ?? "visible") != "visible"))
        } else if name == "workbookPr" || name.hasSuffix(":workbookPr") {
            let flag = attributes["date1904"] ?? ""
            dates1904 = flag == "1" || flag == "true"
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: where each relationship id's part is.
final class RelationshipsParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard name == "Relationship" || name.hasSuffix(":Relationship"), let id = attributes["Id"], let target = attributes["Target"]
        else { return }
        targets[id] = target
    }
}

/// `xl/sharedStrings.xml`: the workbook's table of strings. Rich text keeps its runs' text
/// (`<r><t>`) and drops phonetic guides (`<rPh>`).
final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch XMLName.local(name) {
        case "si": current = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLName.local(name) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// `xl/styles.xml`: which cell styles show a number as a date (Excel stores dates as day
/// numbers; only the style tells them apart).
final class StylesParser: NSObject, XMLParserDelegate {
    private var customFormats: [Int: String] = [:]
    private var inCellFormats = false
    private var formatOfStyle: [Int] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch XMLName.local(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init) { customFormats[id] = attributes["formatCode"] ?? "" }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formatOfStyle.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if XMLName.local(name) == "cellXfs" { inCellFormats = false }
    }

    /// For each style index, whether it formats numbers as dates.
    var dateStyles: [Bool] {
        formatOfStyle.map { id in
            if (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id) { return true }
            guard let code = customFormats[id] else { return false }
            return Self.isDateFormat(code)
        }
    }

    /// A format code with a year or day part, once quoted text and `[...]` sections are removed.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "y", "Y", "d", "D": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }
}

enum XMLName {
    /// `x:row` → `row`: some producers prefix the spreadsheet namespace.
    @inline(__always)
    static func local(_ name: String) -> Substring {
        guard let colon = name.firstIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }
}
