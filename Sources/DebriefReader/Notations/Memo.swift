import Foundation

/// Results of a pure function of text already computed (stems, clock and date matches), shared
/// by the threads that read documents: the same words and lines come back across entries and
/// across the passes over one document. Bounded, so a long-running `serve` does not grow it
/// without end. Keys that are text should be ASCII: Swift's `==` equates canonically equivalent
/// strings whose bytes (and UTF-16 offsets) differ.
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    let capacity: Int

    init(capacity: Int = 50_000) { self.capacity = capacity }

    /// The value for `key`, computed by `compute` (outside the lock) the first time.
    func value(for key: Key, _ compute: (Key) -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let value = compute(key)
        lock.lock()
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        values[key] = value
        lock.unlock()
        return value
    }
}
