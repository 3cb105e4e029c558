/// The first `limit` positions of an order without sorting them all: `top 10 by budget` over a
/// million rows keeps a heap of ten instead of sorting a million. Ctrl-C stops it like
/// `InterruptibleSort`.
///
/// `precedes` must be a strict total order (pilar's row order breaks ties by position), so the
/// positions kept are exactly the first `limit` of the full sort; they come back unordered.
public enum FirstRows {
    public static func positions(
        _ count: Int, limit: Int, interrupt: InterruptFlag?, by precedes: (Int, Int) -> Bool
    ) throws(Interrupted) -> [Int] {
        guard limit > 0 else { return [] }
        guard limit < count else { return Array(0..<count) }
        // A heap whose root is the kept position that comes last in the order: a new position
        // enters only if it precedes the root, which it then replaces.
        var heap: [Int] = []
        heap.reserveCapacity(limit)
        for position in 0..<count {
            if position % InterruptibleSort.pollInterval == 0, interrupt?.isRaised == true { throw Interrupted() }
            if heap.count < limit {
                heap.append(position)
                siftUp(&heap, from: heap.count - 1, by: precedes)
            } else if precedes(position, heap[0]) {
                heap[0] = position
                siftDown(&heap, from: 0, by: precedes)
            }
        }
        return heap
    }

    /// Whether `a` belongs above `b` in the heap: later in the order sits higher.
    @inline(__always)
    private static func above(_ a: Int, _ b: Int, _ precedes: (Int, Int) -> Bool) -> Bool {
        precedes(b, a)
    }

    private static func siftUp(_ heap: inout [Int], from start: Int, by precedes: (Int, Int) -> Bool) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard above(heap[child], heap[parent], precedes) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private static func siftDown(_ heap: inout [Int], from start: Int, by precedes: (Int, Int) -> Bool) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            var top = left
            let right = left + 1
            if right < heap.count, above(heap[right], heap[left], precedes) { top = right }
            guard above(heap[top], heap[parent], precedes) else { return }
            heap.swapAt(top, parent)
            parent = top
        }
    }
}
