import Foundation

/// Appends values to a compact little-endian byte buffer: the cache's entry format.
/// Every variable-length value is length-prefixed, so ``CacheReader`` can refuse a
/// truncated or garbled buffer instead of reading past it.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }
    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func write(_ value: Double) { write(value.bitPattern) }
    mutating func write(_ value: Date) { write(value.timeIntervalSinceReferenceDate) }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { buffer in
            write(buffer.count)
            bytes.append(contentsOf: buffer)
        }
    }

    mutating func write(_ data: Data) {
        write(data.count)
        bytes.append(contentsOf: data)
    }

    /// A present flag, then the value when there is one.
    mutating func write<T>(_ value: T?, _ body: (inout CacheWriter, T) -> Void) {
        write(value != nil)
        if let value { body(&self, value) }
    }

    /// A count, then each element.
    mutating func write<T>(_ values: [T], _ body: (inout CacheWriter, T) -> Void) {
        write(values.count)
        for value in values { body(&self, value) }
    }

    mutating func write(_ values: [String]) { write(values) { $0.write($1) } }

    /// Raw bytes, as they are (no length: for a ``section(_:)`` whose bytes were written apart).
    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// What `body` writes, preceded by its length, so a reader can skip it or read it apart (``CacheReader/section()``).
    mutating func section(_ body: (inout CacheWriter) -> Void) {
        let start = bytes.count
        write(0)
        body(&self)
        withUnsafeBytes(of: UInt64(bytes.count - start - 8).littleEndian) { bytes.replaceSubrange(start..<start + 8, with: $0) }
    }
}
