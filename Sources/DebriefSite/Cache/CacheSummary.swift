import Foundation

/// The cache's summary: one file holding every postmortem's ``SummaryItem`` (in path order)
/// under the read salt they were read with, and the ``SiteMemo`` of the last build, so a build
/// reads one file instead of an entry per postmortem. Sealed like every cache file
/// (``CacheFrame``): one cut short, changed or of another format is absent, and each
/// postmortem then falls back to its entry, or to being read.
struct CacheSummary: Sendable, Equatable {
    var salt: UInt64
    var items: [SummaryItem]
    var memo: SiteMemo?

    init(salt: UInt64, items: [SummaryItem], memo: SiteMemo? = nil) {
        (self.salt, self.items, self.memo) = (salt, items, memo)
    }

    /// The items by path.
    var byPath: [String: SummaryItem] {
        Dictionary(items.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func sealed() -> Data {
        var out = CacheWriter(capacity: 64 + items.count * 2048)
        out.write(salt)
        // Each item encoded on its own, on all cores, then put in its section.
        let encoded = ParallelMap.map(items) { item -> [UInt8] in
            var out = CacheWriter(capacity: 4096)
            item.write(to: &out)
            return out.bytes
        }
        out.write(encoded) { out, bytes in out.section { $0.append(bytes) } }
        out.write(memo) { $1.write(to: &$0) }
        return CacheFrame.seal(out, kind: .summary)
    }

    /// The summary in `data`, or nil when it is not a whole summary of this format.
    init?(sealed data: Data) {
        guard var input = CacheFrame.open(data, kind: .summary) else { return nil }
        do {
            salt = try input.uint64()
            items = try Self.items(try input.array { try $0.section() })
            memo = try input.optional { try SiteMemo(&$0) }
        } catch { return nil }
        guard input.isAtEnd else { return nil }
    }

    /// Each item decoded from its own section, on all cores.
    private static func items(_ sections: [CacheReader]) throws -> [SummaryItem] {
        let items = ParallelMap.map(sections) { section -> SummaryItem? in
            var section = section
            guard let item = try? SummaryItem(&section), section.isAtEnd else { return nil }
            return item
        }
        guard !items.contains(where: { $0 == nil }) else { throw CacheReader.Malformed() }
        return items.map { $0! }
    }
}
