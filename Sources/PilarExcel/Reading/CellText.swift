#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
import Foundation

/// A cell's value as the text the CSV rules read: what a planner would have typed.
enum CellText {
    /// Numbers in full (`1250000000`, not `1.25E+9`) and at Excel's 15 significant digits, so
    /// that `76.599999999999994` reads as `76.6`. Text, booleans and errors as they are.
    /// A date in a year column is its year; elsewhere it is `YYYY-MM-DD`.
    static func of(_ cell: SheetCell, yearColumn: Bool, dates1904: Bool) -> String {
        switch cell.kind {
        case .text, .bool, .error: return cell.text
        case .number: return number(cell.text)
        case .date:
            guard let date = date(cell.text, dates1904: dates1904) else { return number(cell.text) }
            if yearColumn { return String(date.year) }
            return String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        }
    }

    static func number(_ text: String) -> String {
        let plain = !text.utf8.contains { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }
        let digits = text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        if plain && digits <= 15 { return text }
        guard let value = Double(text), value.isFinite else { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var shown = String(format: "%.15g", value)
        if shown.contains("e") {
            // Still an exponent at 15 digits: a tiny or huge figure; write it out in full.
            shown = String(format: "%.15f", value)
        }
        if shown.contains(".") {
            while shown.hasSuffix("0") { shown.removeLast() }
            if shown.hasSuffix(".") { shown.removeLast() }
        }
        return shown
    }

    /// A day number (or an ISO date, for `t="d"` cells) as a calendar date. Excel's day 60 is
    /// the 29 February 1900 that never was; later days are one ahead of the calendar.
    static func date(_ text: String, dates1904: Bool) -> (year: Int, month: Int, day: Int)? {
        if text.count >= 10, text.utf8.dropFirst(4).first == UInt8(ascii: "-") {
            let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
            return parts.count == 3 ? (parts[0], parts[1], parts[2]) : nil
        }
        guard let serial = Double(text), serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        var days = Int(serial.rounded(.down))
        if dates1904 {
            days += 1462
        } else if days < 60 {
            days += 1
        }
        // Days since 1899-12-30 → civil date (Howard Hinnant's days_from_civil, inverted).
        let z = days - 25569 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

/// Excel's day numbers as `YYYY-MM-DD`, for tests and for anyone checking a date cell.
public enum ExcelDates {
    public static func check(_ serial: Int) -> String {
        CellText.of(SheetCell(column: 0, kind: .date, text: String(serial)), yearColumn: false, dates1904: false)
    }
}
