import PilarCore

/// Reads a worksheet part (`xl/worksheets/sheet1.xml`) into a `SheetGrid` by scanning its
/// bytes, with the same cell rules as `WorksheetParser`. Measured (benchmarks/README.md):
/// Foundation's `XMLParser` spent ~80 % of a workbook's load making a `String` and an
/// attribute dictionary for every element; a sheet of 100 000 measurements took seconds.
///
/// It checks what makes a part well-formed enough to trust (every element closed by its own
/// name, markup complete, entities known) and refuses the rest with a located reason. A part
/// that is not UTF-8 is left to `XMLParser` (`canScan`).
struct WorksheetScanner {
    struct Failure: Error {
        var line: Int
        var column: Int
        var problem: Message
    }

    private let bytes: [UInt8]
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private(set) var grid = SheetGrid()

    // The cell being read, as in WorksheetParser.
    private var row = SheetGrid.Row(number: 0, cells: [])
    private var nextColumn = 0
    private var cellColumn = 0
    private var cellType = CellType.number
    private var cellStyle = 0
    private var value: [UInt8] = []
    private var capturing = false
    private var inInline = false
    private var phonetic = 0

    init(bytes: [UInt8], sharedStrings: [String], dateStyles: [Bool]) {
        self.bytes = bytes
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    /// Whether the part is UTF-8 (what every producer writes); anything else goes to XMLParser.
    static func canScan(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return true }
        guard first == UInt8(ascii: "<") || first == 0xEF else { return false }
        let head = String(decoding: bytes.prefix(200), as: UTF8.self).lowercased()
        guard let declaration = head.range(of: "encoding=") else { return true }
        let rest = head[declaration.upperBound...].dropFirst()
        return rest.hasPrefix("utf-8") || rest.hasPrefix("utf8")
    }

    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), amp = UInt8(ascii: "&")

    mutating func scan() throws(Failure) {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let count = bytes.count
        // The open elements, as ranges of their names in `bytes`.
        var open: [Range<Int>] = []
        var sawRoot = false
        while index < count {
            let byte = bytes[index]
            if byte != Self.lt {
                // Text: up to the next markup.
                var end = index
                while end < count, bytes[end] != Self.lt { end += 1 }
                if open.isEmpty {
                    if bytes[index..<end].contains(where: { !Self.isSpace($0) }) { throw failure(at: index, ExcelMessage.xmlTextOutside) }
                } else if capturing {
                    try appendText(index..<end)
                }
                index = end
                continue
            }
            guard index + 1 < count else { throw failure(at: index, ExcelMessage.xmlEndsEarly) }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") {
                index = try skip(past: Array("?>".utf8), from: index)
            } else if next == UInt8(ascii: "!") {
                if bytes[index...].starts(with: Array("<!--".utf8)) {
                    index = try skip(past: Array("-->".utf8), from: index)
                } else if bytes[index...].starts(with: Array("<![CDATA[".utf8)) {
                    let start = index + 9
                    index = try skip(past: Array("]]>".utf8), from: index)
                    if open.isEmpty { throw failure(at: start, ExcelMessage.xmlTextOutside) }
                    if capturing { value.append(contentsOf: bytes[start..<(index - 3)]) }
                } else {
                    // A DOCTYPE (entities defined in the part) has no place in a workbook.
                    throw failure(at: index, ExcelMessage.xmlBadMarkup)
                }
            } else if next == Self.slash {
                let nameStart = index + 2
                let nameStop = nameEnd(from: nameStart)
                var close = nameStop
                while close < count, Self.isSpace(bytes[close]) { close += 1 }
                guard close < count else { throw failure(at: index, ExcelMessage.xmlEndsEarly) }
                guard bytes[close] == Self.gt, nameStop > nameStart else { throw failure(at: index, ExcelMessage.xmlBadMarkup) }
                guard let top = open.popLast(), bytes[top].elementsEqual(bytes[nameStart..<nameStop]) else {
                    throw failure(at: index, ExcelMessage.xmlMismatchedEnd)
                }
                leave(Tag(local(nameStart..<nameStop)))
                index = close + 1
            } else {
                if open.isEmpty && sawRoot { throw failure(at: index, ExcelMessage.xmlTextOutside) }
                let nameStart = index + 1
                let nameStop = nameEnd(from: nameStart)
                guard nameStop > nameStart else { throw failure(at: index, ExcelMessage.xmlBadMarkup) }
                let name = local(nameStart..<nameStop)
                var attributes = Attributes()
                var position = nameStop
                var selfClosing = false
                while true {
                    while position < count, Self.isSpace(bytes[position]) { position += 1 }
                    guard position < count else { throw failure(at: index, ExcelMessage.xmlEndsEarly) }
                    if bytes[position] == Self.gt { position += 1; break }
                    if bytes[position] == Self.slash {
                        guard position + 1 < count else { throw failure(at: index, ExcelMessage.xmlEndsEarly) }
                        guard bytes[position + 1] == Self.gt else { throw failure(at: position, ExcelMessage.xmlBadMarkup) }
                        selfClosing = true
                        position += 2
                        break
                    }
                    let attributeStart = position
                    let attributeEnd = nameEnd(from: position)
                    guard attributeEnd > attributeStart else { throw failure(at: position, ExcelMessage.xmlBadMarkup) }
                    position = attributeEnd
                    while position < count, Self.isSpace(bytes[position]) { position += 1 }
                    guard position < count else { throw failure(at: index, ExcelMessage.xmlEndsEarly) }
                    guard bytes[position] == UInt8(ascii: "=") else { throw failure(at: position, ExcelMessage.xmlBadMarkup) }
                    position += 1
                    while position < count, Self.isSpace(bytes[position]) { position += 1 }
                    guard position < count else { throw failure(at: index, ExcelMessage.xmlEndsEarly) }
                    let quote = bytes[position]
                    guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw failure(at: position, ExcelMessage.xmlBadMarkup) }
                    let valueStart = position + 1
                    var valueEnd = valueStart
                    while valueEnd < count, bytes[valueEnd] != quote {
                        if bytes[valueEnd] == Self.lt { throw failure(at: valueEnd, ExcelMessage.xmlBadMarkup) }
                        valueEnd += 1
                    }
                    guard valueEnd < count else { throw failure(at: index, ExcelMessage.xmlEndsEarly) }
                    attributes.note(local(attributeStart..<attributeEnd), valueStart..<valueEnd)
                    position = valueEnd + 1
                }
                sawRoot = true
                let tag = Tag(name)
                try enter(tag, attributes)
                if selfClosing { leave(tag) } else { open.append(nameStart..<nameStop) }
                index = position
            }
        }
        guard sawRoot, open.isEmpty else { throw failure(at: count, ExcelMessage.xmlEndsEarly) }
    }

    // MARK: - The cells, as WorksheetParser reads them

    /// The elements the cells are in, told apart by their bytes (comparing names as strings
    /// was the scanner's largest cost).
    private enum Tag {
        case c, v, inline, t, phonetic, row, other

        init(_ name: ArraySlice<UInt8>) {
            let s = name.startIndex
            switch name.count {
            case 1: self = name[s] == UInt8(ascii: "c") ? .c : name[s] == UInt8(ascii: "v") ? .v : name[s] == UInt8(ascii: "t") ? .t : .other
            case 2: self = name[s] == UInt8(ascii: "i") && name[s + 1] == UInt8(ascii: "s") ? .inline : .other
            case 3 where name[s] == UInt8(ascii: "r"):
                if name[s + 1] == UInt8(ascii: "o") && name[s + 2] == UInt8(ascii: "w") {
                    self = .row
                } else {
                    self = name[s + 1] == UInt8(ascii: "P") && name[s + 2] == UInt8(ascii: "h") ? .phonetic : .other
                }
            default: self = .other
            }
        }
    }

    /// The `r`, `t` and `s` attributes of an element (the only ones read).
    private struct Attributes {
        var r: Range<Int>?
        var t: Range<Int>?
        var s: Range<Int>?

        mutating func note(_ name: ArraySlice<UInt8>, _ value: Range<Int>) {
            guard name.count == 1 else { return }
            switch name[name.startIndex] {
            case UInt8(ascii: "r"): r = value
            case UInt8(ascii: "t"): t = value
            case UInt8(ascii: "s"): s = value
            default: break
            }
        }
    }

    private enum CellType {
        case shared, text, bool, error, date, number

        init(_ bytes: [UInt8]) {
            switch String(decoding: bytes, as: UTF8.self) {
            case "s": self = .shared
            case "inlineStr", "str": self = .text
            case "b": self = .bool
            case "e": self = .error
            case "d": self = .date
            default: self = .number
            }
        }
    }

    private func integer(_ range: Range<Int>?) throws(Failure) -> Int? {
        guard let range else { return nil }
        return Int(String(decoding: try decoded(range), as: UTF8.self))
    }

    private mutating func enter(_ tag: Tag, _ attributes: Attributes) throws(Failure) {
        switch tag {
        case .c:
            if let reference = attributes.r, let (column, _) = SheetGrid.reference(String(decoding: try decoded(reference), as: UTF8.self)) {
                cellColumn = column
            } else {
                cellColumn = nextColumn
            }
            nextColumn = cellColumn + 1
            cellType = try attributes.t.map { range throws(Failure) in CellType(try decoded(range)) } ?? .number
            cellStyle = try integer(attributes.s) ?? 0
            value.removeAll(keepingCapacity: true)
        case .v:
            value.removeAll(keepingCapacity: true)
            capturing = true
        case .inline:
            inInline = true
            value.removeAll(keepingCapacity: true)
        case .t:
            if inInline { capturing = phonetic == 0 }
        case .phonetic:
            phonetic += 1
        case .row:
            let number = try integer(attributes.r) ?? (row.number + 1)
            row = SheetGrid.Row(number: number, cells: [])
            nextColumn = 0
        case .other:
            break
        }
    }

    private mutating func leave(_ tag: Tag) {
        switch tag {
        case .v, .t: capturing = false
        case .inline: inInline = false
        case .phonetic: phonetic -= 1
        case .c: finishCell()
        case .row: if !row.cells.isEmpty { grid.rows.append(row) }
        case .other: break
        }
    }

    private mutating func finishCell() {
        let text = String(decoding: value, as: UTF8.self)
        let cell: SheetCell
        switch cellType {
        case .shared:
            guard let index = Int(text), index >= 0, index < sharedStrings.count else { return }
            cell = SheetCell(column: cellColumn, kind: .text, text: sharedStrings[index])
        case .text:
            cell = SheetCell(column: cellColumn, kind: .text, text: text)
        case .bool:
            cell = SheetCell(column: cellColumn, kind: .bool, text: text == "1" ? "TRUE" : "FALSE")
        case .error:
            cell = SheetCell(column: cellColumn, kind: .error, text: text)
        case .date:
            cell = SheetCell(column: cellColumn, kind: .date, text: text)
        case .number:
            let isDate = cellStyle < dateStyles.count && dateStyles[cellStyle]
            cell = SheetCell(column: cellColumn, kind: isDate ? .date : .number, text: text)
        }
        if cell.text.isEmpty { return }
        row.cells.append(cell)
    }

    // MARK: - Bytes

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }

    /// Just past a name that starts at `start` (empty when there is none).
    private func nameEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if Self.isSpace(byte) || byte == Self.gt || byte == Self.slash || byte == UInt8(ascii: "=") || byte == Self.lt { break }
            end += 1
        }
        return end
    }

    /// `x:row` → `row`: some producers prefix the spreadsheet namespace.
    private func local(_ name: Range<Int>) -> ArraySlice<UInt8> {
        let slice = bytes[name]
        guard let colon = slice.lastIndex(of: UInt8(ascii: ":")) else { return slice }
        return bytes[(colon + 1)..<name.upperBound]
    }

    private func skip(past terminator: [UInt8], from start: Int) throws(Failure) -> Int {
        var index = start
        while index + terminator.count <= bytes.count {
            if bytes[index] == terminator[0], bytes[index..<(index + terminator.count)].elementsEqual(terminator) {
                return index + terminator.count
            }
            index += 1
        }
        throw failure(at: start, ExcelMessage.xmlEndsEarly)
    }

    private mutating func appendText(_ range: Range<Int>) throws(Failure) {
        if !bytes[range].contains(Self.amp) {
            value.append(contentsOf: bytes[range])
        } else {
            value.append(contentsOf: try decoded(range))
        }
    }

    /// Text with its entities (`&amp;`, `&#233;`) replaced by the characters they stand for.
    private func decoded(_ range: Range<Int>) throws(Failure) -> [UInt8] {
        guard bytes[range].contains(Self.amp) else { return Array(bytes[range]) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == Self.amp else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 10 else {
                throw failure(at: index, ExcelMessage.xmlBadEntity)
            }
            let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch name {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
            }
            guard let scalar else { throw failure(at: index, ExcelMessage.xmlBadEntity) }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            index = semicolon + 1
        }
        return out
    }

    /// The line and column (in bytes) of an offset, for the reason of a refusal.
    private func failure(at offset: Int, _ problem: ExcelMessage) -> Failure {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 10 {
            line += 1
            lineStart = index + 1
        }
        return Failure(line: line, column: offset - lineStart + 1, problem: Message(problem))
    }
}
