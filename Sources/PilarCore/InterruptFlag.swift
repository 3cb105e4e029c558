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
