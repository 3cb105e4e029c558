import Synchronization

/// A flag set from a signal handler (Ctrl-C) and polled by the executor, so that a long query
/// stops between rows instead of the process dying.
public final class InterruptFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    /// Safe to call from a signal handler: a single lock-free store.
    public func raise() {
        raised.store(true, ordering: .relaxed)
    }

    public func clear() {
        raised.store(false, ordering: .relaxed)
    }

    public var isRaised: Bool {
        raised.load(ordering: .relaxed)
    }
}

/// Thrown out of a loop that noticed the interrupt flag.
public struct Interrupted: Error, Equatable {
    public init() {}
}

/// Sorting that Ctrl-C can stop: the comparator polls the flag every 4,096 comparisons and the
/// sort is abandoned by throwing, so a million-row sort stops within milliseconds rather than
/// running to the end first.
public enum InterruptibleSort {
    /// How many comparisons pass between two looks at the flag.
    public static let pollInterval = 4096

    /// The positions `0..<count` in the order `precedes` gives.
    public static func positions(
        _ count: Int, interrupt: InterruptFlag?, by precedes: (Int, Int) -> Bool
    ) throws(Interrupted) -> [Int] {
        guard let interrupt else { return Array(0..<count).sorted(by: precedes) }
        var comparisons = 0
        do {
            return try Array(0..<count).sorted { a, b in
                comparisons &+= 1
                if comparisons % pollInterval == 0, interrupt.isRaised { throw Interrupted() }
                return precedes(a, b)
            }
        } catch {
            throw Interrupted()
        }
    }
}
