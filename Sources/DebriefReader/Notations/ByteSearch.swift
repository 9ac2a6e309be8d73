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
    /// True when `needle`'s UTF-8 bytes occur in the text's (the reader's needles are ASCII).
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.firstOffset(of: needleBytes, in: $0) != nil }) { return found }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.firstOffset(of: needleBytes, in: $0) != nil }
        }
    }
}
