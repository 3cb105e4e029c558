import PilarCore

/// The output of the machine formats, assembled as UTF-8 bytes.
///
/// A million-row csv or jsonl is written through this: appending bytes to one reserved array
/// is linear and avoids String's per-append bookkeeping. Every piece appended is valid UTF-8
/// (whole strings, or ASCII bytes), so the final decoding never repairs anything.
struct ByteBuffer {
    private(set) var bytes: [UInt8] = []
    /// Where full chunks go when the output is streamed; nil when it is collected whole.
    private let sink: ((ArraySlice<UInt8>) -> Void)?
    /// The size at which a streamed buffer hands its bytes to the sink.
    static let chunkSize = 1 << 16

    init(reserving capacity: Int) {
        sink = nil
        bytes.reserveCapacity(capacity)
    }

    /// A buffer that hands its bytes to `sink` in chunks of about `chunkSize`, so that a
    /// million-row result never exists whole in memory.
    init(streamingTo sink: @escaping (ArraySlice<UInt8>) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(Self.chunkSize + 4096)
    }

    /// Hands the bytes so far to the sink once a chunk is full (renderers call it between
    /// rows); does nothing when the output is collected whole.
    @inline(__always)
    mutating func flushIfFull() {
        if bytes.count >= Self.chunkSize, sink != nil { flush() }
    }

    /// Hands whatever is left to the sink.
    mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes[...])
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ text: String) {
        // Native strings hand over their storage directly; bridged ones fall back to iteration.
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: text.utf8) }
    }

    mutating func append(contentsOf other: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: other)
    }

    mutating func append(contentsOf other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Decimal digits of `value`, written in place rather than through a temporary String.
    mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digitCount = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digitCount += 1
        }
        for _ in 0..<digitCount { bytes.append(UInt8(ascii: "0")) }
        // Fill from the right, so no reversal is needed.
        var index = bytes.count - 1
        while magnitude > 0 {
            bytes[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            index -= 1
        }
    }

    /// The shortest exact text of a decimal (`NumberText.decimal`: `57`, `0.75`, `-1.5`),
    /// written in place: a million-row csv makes no String per figure.
    mutating func appendDecimal(_ value: DecimalNumber, point: UInt8 = UInt8(ascii: ".")) {
        var coefficient = value.coefficient.magnitude
        var scale = value.scale
        while scale > 0, coefficient % 10 == 0 {
            coefficient /= 10
            scale -= 1
        }
        if value.coefficient < 0, coefficient != 0 { bytes.append(UInt8(ascii: "-")) }
        var power: UInt64 = 1
        for _ in 0..<scale { power *= 10 }
        appendInteger(Int64(coefficient / power))
        guard scale > 0 else { return }
        bytes.append(point)
        var fraction = coefficient % power
        let start = bytes.count
        for _ in 0..<scale { bytes.append(UInt8(ascii: "0")) }
        var index = start + scale - 1
        while fraction > 0 {
            bytes[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10)
            fraction /= 10
            index -= 1
        }
    }

    /// A reference that leaked into a result: shown by row number so output stays readable.
    mutating func appendReference(row: Int32) {
        bytes.append(UInt8(ascii: "#"))
        appendInteger(Int64(row))
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// A first guess at the output size, so large results rarely reallocate.
    static func estimate(_ result: ResultSet) -> Int {
        let cells = result.rowCount.multipliedReportingOverflow(by: max(1, result.columns.count))
        guard !cells.overflow else { return 1 << 20 }
        return min(cells.partialValue * 12 + 256, 1 << 30)
    }
}

/// Helpers for scanning UTF-8 text byte by byte.
enum UTF8Text {
    /// Runs `body` over the UTF-8 bytes of `text` without copying when possible.
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
