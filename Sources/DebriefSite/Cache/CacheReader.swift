import Foundation

/// Reads what ``CacheWriter`` wrote; any read past the end or any value out of range
/// throws ``Malformed``, so a truncated or garbled entry is a cache miss, never a crash.
struct CacheReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0
    /// Where this reader's bytes end (a ``section()`` ends before its buffer does).
    private var end: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        end = bytes.count
    }

    var isAtEnd: Bool { offset == end }

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= end - offset else { throw Malformed() }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func uint64() throws -> UInt64 {
        let slice = try take(8)
        return slice.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    }

    mutating func int() throws -> Int {
        let value = Int64(bitPattern: try uint64())
        guard let exact = Int(exactly: value) else { throw Malformed() }
        return exact
    }

    /// A count of things still to read: never more than the bytes left, so garbage cannot ask for a huge array.
    mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= end - offset else { throw Malformed() }
        return value
    }

    /// What ``CacheWriter/section(_:)`` wrote, as a reader of its own over the same buffer (read apart, or on another thread).
    mutating func section() throws -> CacheReader {
        let length = try count()
        var section = self
        section.end = offset + length
        offset += length
        return section
    }

    mutating func bool() throws -> Bool {
        switch try take(1).first {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    mutating func double() throws -> Double { Double(bitPattern: try uint64()) }
    mutating func date() throws -> Date { Date(timeIntervalSinceReferenceDate: try double()) }

    mutating func string() throws -> String {
        let slice = try take(try count())
        // ASCII, the common case, needs no validation; `String(validating:)` is a slow generic route, for the rest.
        let text = slice.withUnsafeBufferPointer { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
        }
        guard let text else { throw Malformed() }
        return text
    }

    mutating func data() throws -> Data { Data(try take(try count())) }

    mutating func optional<T>(_ body: (inout CacheReader) throws -> T) throws -> T? {
        try bool() ? try body(&self) : nil
    }

    mutating func array<T>(_ body: (inout CacheReader) throws -> T) throws -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try body(&self)) }
        return values
    }

    mutating func strings() throws -> [String] { try array { try $0.string() } }

    /// A raw value of `T`, or ``Malformed``.
    mutating func raw<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }
}
