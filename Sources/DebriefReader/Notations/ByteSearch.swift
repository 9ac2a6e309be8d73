import Foundation

/// Substring tests on UTF-8 bytes, for the reader's per-entry loops: `String.contains(String)`
/// goes through Foundation's locale-aware search, a hundred times slower for the short ASCII
/// words the reader looks for.
enum ByteSearch {
    /// Offset of the first occurrence of `needle` in `hay`, or nil (also for an empty needle, as Foundation's `contains`).
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return nil }
        guard needle.count <= hay.count else { return nil }
        var index = 0
        let last = hay.count - needle.count
        while index <= last {
            if hay[index] == first {
                var offset = 1
                while offset < needle.count, hay[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// `contains(needle)`, on bytes when the text is ASCII (where the two agree); other text goes
    /// to Foundation, whose search respects canonical equivalence ("e" is not in "e\u{301}").
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        let found: Bool?? = needle.withUTF8 { needleBytes in
            utf8.withContiguousStorageIfAvailable { hay -> Bool? in
                guard !hay.contains(where: { $0 >= 0x80 }) else { return nil }
                return ByteSearch.firstOffset(of: needleBytes, in: hay) != nil
            }
        }
        if let found = found ?? nil { return found }
        return contains(needle)
    }
}

extension String {
    /// `replacingOccurrences(of: target, with: replacement)`, on bytes when the text is ASCII
    /// (where the two agree); other text goes to Foundation.
    func replacingBytes(of target: String, with replacement: String) -> String {
        let hay = Array(utf8), needle = Array(target.utf8)
        guard !needle.isEmpty, hay.allSatisfy({ $0 < 0x80 }) else { return replacingOccurrences(of: target, with: replacement) }
        var out: [UInt8] = []
        out.reserveCapacity(hay.count)
        var index = 0
        while index < hay.count {
            if hay[index] == needle[0], index + needle.count <= hay.count, hay[index..<index + needle.count].elementsEqual(needle) {
                out += replacement.utf8
                index += needle.count
            } else {
                out.append(hay[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
