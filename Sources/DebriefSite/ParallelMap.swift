import Foundation

/// Maps over a collection on all cores, keeping the order of results.
enum ParallelMap {
    private final class Results<T>: @unchecked Sendable {
        // Each index is written by exactly one iteration, so no lock is needed.
        var storage: UnsafeMutableBufferPointer<T?>
        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }
        // The stored values are released here too: deallocating alone leaked every
        // result (each page's text, each read incident) for the life of the process.
        deinit {
            storage.deinitialize()
            storage.deallocate()
        }
    }

    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let results = Results<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.storage[index] = transform(items[index])
        }
        return results.storage.map { $0! }
    }
}
