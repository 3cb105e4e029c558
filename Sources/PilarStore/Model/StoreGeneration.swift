import Synchronization

/// A number unique to each version of a store in this process. A session compares the
/// generation it saved or loaded with the current one to know whether there are unsaved
/// changes; undo brings back an older store and with it the older generation, so undoing
/// back to the saved state is recognised as saved. Numbers are never reused, unlike a depth
/// counter, which would call a different edit made after an undo "saved".
public enum StoreGeneration {
    private static let counter = Atomic<UInt64>(0)

    /// A generation no store has had before.
    public static func next() -> UInt64 {
        counter.add(1, ordering: .relaxed).newValue
    }
}
