/// Turns the fuzzer's bytes into choices. Past the end every choice is the first option and
/// every `chance` is false, so every input — however short — describes one finished script, and libFuzzer's mutations of a
/// byte change one choice instead of breaking the whole input.
public struct ByteReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { index >= bytes.count }

    public mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    /// A number in `0..<count` (count ≥ 1).
    public mutating func below(_ count: Int) -> Int {
        Int(byte()) % count
    }

    public mutating func pick<T>(_ options: [T]) -> T {
        options[below(options.count)]
    }

    /// True about `percent` times in a hundred.
    public mutating func chance(_ percent: Int) -> Bool {
        !isAtEnd && below(100) < percent
    }
}

/// Raw fuzzer input as a buffer (libFuzzer may pass a null pointer with size 0).
public func inputBuffer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
    guard let data = data, size > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: data, count: size)
}
