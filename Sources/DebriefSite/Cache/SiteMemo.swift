import DebriefModel
import Foundation

/// What the checks over the whole site and the page keys made of one set of reads, kept in the
/// cache's summary so a build over the same reads takes them instead of working them out again.
/// Both are pure functions of every postmortem's read (its fields and body, all in its read and
/// body keys, in path order) and the render salt (settings, templates, version, drafts flag),
/// so ``key(salt:summaries:)`` over those says when they hold. Image keys (files' stamps) are not
/// kept: they are taken again every build.
struct SiteMemo: Sendable, Equatable {
    /// One published incident: its index among all the reads, the slug the checks gave it and the diagnostics they added.
    struct Published: Sendable, Equatable {
        var index: Int
        var slug: String
        var added: [Diagnostic]
    }

    var key: UInt64
    var published: [Published]
    /// Per published incident, as ``PageReuse`` holds them.
    var incidentKeys: [UInt64]
    var pageKeys: [UInt64]

    /// The key of a build's reads (every postmortem's, before the checks) under the render salt.
    static func key(salt: UInt64, summaries: [IncidentSummary]) -> UInt64 {
        var hash = StableHash()
        hash.combine("memo")
        hash.combine(salt)
        hash.combine(summaries.count)
        for summary in summaries {
            hash.combine(summary.incident.source)
            hash.combine(summary.readKey)
            hash.combine(summary.bodyKey)
        }
        return hash.value
    }

    /// The memo of `published` (the checks' result: `indices` into `all`) and the keys made for it; nil when a
    /// check did more than add diagnostics, which the memo cannot say.
    init?(key: UInt64, all: [IncidentSummary], published: [IncidentSummary], indices: [Int], reuse: PageReuse) {
        var kept: [Published] = []
        kept.reserveCapacity(published.count)
        for (summary, index) in zip(published, indices) {
            let before = all[index].incident.diagnostics, after = summary.incident.diagnostics
            guard after.starts(with: before) else { return nil }
            kept.append(Published(index: index, slug: summary.incident.slug, added: Array(after[before.count...])))
        }
        self.init(key: key, published: kept, incidentKeys: reuse.incidentKeys, pageKeys: reuse.pageKeys)
    }

    init(key: UInt64, published: [Published], incidentKeys: [UInt64], pageKeys: [UInt64]) {
        (self.key, self.published, self.incidentKeys, self.pageKeys) = (key, published, incidentKeys, pageKeys)
    }

    /// The published summaries the checks make of `all`, when `all` is what the memo was made from.
    func published(from all: [IncidentSummary], key: UInt64) -> [IncidentSummary]? {
        guard key == self.key, incidentKeys.count == published.count, pageKeys.count == published.count,
              published.allSatisfy({ all.indices.contains($0.index) }) else { return nil }
        return published.map { item in
            var summary = all[item.index]
            summary.incident.slug = item.slug
            summary.incident.diagnostics += item.added
            return summary
        }
    }

    func write(to out: inout CacheWriter) {
        out.write(key)
        out.write(published) { out, item in
            out.write(item.index); out.write(item.slug); out.write(item.added) { IncidentCoding.write($1, to: &$0) }
        }
        out.write(incidentKeys) { $0.write($1) }
        out.write(pageKeys) { $0.write($1) }
    }

    init(_ input: inout CacheReader) throws {
        key = try input.uint64()
        published = try input.array { input in
            Published(index: try input.int(), slug: try input.string(), added: try input.array { try IncidentCoding.diagnostic(&$0) })
        }
        incidentKeys = try input.array { try $0.uint64() }
        pageKeys = try input.array { try $0.uint64() }
    }
}
