import Foundation

/// A fast 64-bit non-cryptographic hash for the build cache's keys and checksums:
/// FNV-1a's xor-then-multiply step (64-bit FNV prime) applied to 8-byte little-endian
/// words instead of single bytes (the tail bytewise), with murmur3's fmix64 at the end
/// so every input bit reaches every output bit. Stable across runs and machines (no
/// per-process seed, unlike `Hasher`). Not collision-resistant against an adversary;
/// the cache also compares sizes and paths, and anyone who can plant a colliding
/// postmortem can as well write the page it wants.
struct StableHash: Sendable {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    init() {}

    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        let count = bytes.count
        while index + 8 <= count {
            state = (state ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))) &* Self.prime
            index += 8
        }
        while index < count {
            state = (state ^ UInt64(bytes[index])) &* Self.prime
            index += 1
        }
        // The length ends each piece, so ("ab", "c") and ("a", "bc") differ.
        state = (state ^ UInt64(count)) &* Self.prime
    }

    mutating func combine(_ data: Data) { data.withUnsafeBytes { combine($0) } }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    mutating func combine(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { combine($0) }
    }

    mutating func combine(_ value: Int) { combine(UInt64(bitPattern: Int64(value))) }
    mutating func combine(_ value: Bool) { combine(value ? 1 : 0) }

    var value: UInt64 {
        var h = state
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    static func of(_ data: Data) -> UInt64 {
        var hash = StableHash()
        hash.combine(data)
        return hash.value
    }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        var hash = StableHash()
        bytes.withUnsafeBytes { hash.combine($0) }
        return hash.value
    }

    static func of(_ text: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(text)
        return hash.value
    }

    /// Sixteen lowercase hex digits, for file names.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
