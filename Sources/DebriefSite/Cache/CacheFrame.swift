import Foundation

/// The envelope of every cache file: a magic number, the format, the payload's length
/// and checksum, then the payload. A file of another format, cut short or changed by a
/// single byte fails ``open(_:kind:)`` and is treated as absent.
enum CacheFrame {
    /// "DBRFCACH", little-endian.
    static let magic: UInt64 = 0x4843_4143_4652_4244
    /// Raised whenever the byte layout of any cache file changes.
    static let format = 3

    enum Kind: Int { case entry = 1, manifest = 2, summary = 3 }

    static func seal(_ payload: CacheWriter, kind: Kind) -> Data {
        var header = CacheWriter(capacity: 40)
        header.write(magic)
        header.write(format)
        header.write(kind.rawValue)
        header.write(payload.bytes.count)
        header.write(StableHash.of(payload.bytes))
        var data = Data(header.bytes)
        data.append(contentsOf: payload.bytes)
        return data
    }

    /// The checksum a sealed file's header gives its payload (what ``open(_:kind:)`` checks), or nil when it has no header.
    static func checksum(_ data: Data) -> UInt64? {
        var header = CacheReader(Array(data.prefix(40)))
        for _ in 0..<4 { guard (try? header.uint64()) != nil else { return nil } }
        return try? header.uint64()
    }

    /// The payload of a sealed file, or nil when the file is not one of ours, of this format and whole.
    static func open(_ data: Data, kind: Kind) -> CacheReader? {
        var header = CacheReader(Array(data.prefix(40)))
        guard let magic = try? header.uint64(), magic == Self.magic, (try? header.int()) == format, (try? header.int()) == kind.rawValue,
              let length = try? header.int(), length == data.count - 40, let checksum = try? header.uint64() else { return nil }
        let payload = Array(data.dropFirst(40))
        return StableHash.of(payload) == checksum ? CacheReader(payload) : nil
    }
}
