import DebriefModel
import Foundation

/// How the cache's keys are made. A read entry is valid under the *read salt*: the
/// cache format, the Debrief version, `debrief.yml`'s bytes and the site and content
/// folders. A page is valid under its *page key*: the render salt (read salt, drafts
/// flag, built-in templates and assets, the site's template and asset overrides) and
/// everything the page shows — the incident as the whole-site checks left it (encoded
/// field by field), its body HTML and its related incidents' rows. Every other page
/// (index, services, facets, ledger, digests, feeds, exports, assets) has its own key:
/// the render salt and exactly what it shows, its boxed view or its bytes
/// (``PreparedPage/key(salt:)``), so a change re-renders only the pages that show it.
/// The *site key* — the render salt and every incident page's and image's key — says
/// whether anything changed at all: under the same site key, the live output is kept whole.
enum CacheKeys {
    static func readSalt(version: String, settings: Data?, site: String, content: String) -> UInt64 {
        var hash = StableHash()
        hash.combine("read")
        hash.combine(CacheFrame.format)
        hash.combine(version)
        hash.combine(settings != nil)
        if let settings { hash.combine(settings) }
        hash.combine(site)
        hash.combine(content)
        return hash.value
    }

    static func renderSalt(read: UInt64, includeDrafts: Bool, overrides: [(name: String, text: String)], assets: [String: String]) -> UInt64 {
        var hash = StableHash()
        hash.combine("render")
        hash.combine(read)
        hash.combine(includeDrafts)
        for (name, text) in BuiltinTemplates.all.sorted(by: { $0.key < $1.key }) { hash.combine(name); hash.combine(text) }
        hash.combine(overrides.count)
        for (name, text) in overrides { hash.combine(name); hash.combine(text) }
        for (name, text) in assets.sorted(by: { $0.key < $1.key }) { hash.combine(name); hash.combine(text) }
        return hash.value
    }

    /// The hash of every field of an incident (``IncidentCoding``): what it stands as in every key.
    static func incidentKey(_ incident: Incident) -> UInt64 {
        var out = CacheWriter(capacity: 4096)
        IncidentCoding.write(incident, to: &out)
        return StableHash.of(out.bytes)
    }

    /// The same for an incident kept as a summary: `read` is the hash of every field as it was read
    /// (``IncidentSummary/readKey``), and the slug and diagnostics are those the whole-site checks
    /// left, the only fields they change.
    static func incidentKey(read: UInt64, slug: String, diagnostics: [Diagnostic]) -> UInt64 {
        var out = CacheWriter(capacity: 256)
        out.write(read)
        out.write(slug)
        out.write(diagnostics) { IncidentCoding.write($1, to: &$0) }
        return StableHash.of(out.bytes)
    }

    /// `incident` is the incident's ``incidentKey(read:slug:diagnostics:)``, `body` the hash of its body HTML.
    static func pageKey(salt: UInt64, incident: UInt64, body: UInt64, related: [IncidentRow]) -> UInt64 {
        var hash = StableHash()
        hash.combine(salt)
        hash.combine(incident)
        hash.combine(body)
        hash.combine(related.count)
        for row in related { combine(row, into: &hash) }
        return hash.value
    }

    /// Every field of a related incident's row (`CacheCodingTests` counts them).
    static func combine(_ row: IncidentRow, into hash: inout StableHash) {
        for text in [row.title, row.href, row.dateText, row.dateSort, row.severity, row.severityClass, row.servicesText, row.ttd, row.ttr] {
            hash.combine(text)
        }
        for number in [row.severitySort, row.ttdSort, row.ttrSort] { hash.combine(number) }
        hash.combine(row.isOpen)
    }

    /// An image copied beside a page: its source path and stamp, or nil when it has none (then it is always copied).
    static func imageKey(_ image: ContentImage) -> UInt64? {
        guard let stamp = FileStamp(path: image.source) else { return nil }
        var out = CacheWriter(capacity: 128)
        out.write(image.source)
        out.write(image.destination)
        stamp.write(to: &out)
        return StableHash.of(out.bytes)
    }

    static func siteKey(salt: UInt64, pageKeys: [UInt64], imageKeys: [[UInt64?]]) -> UInt64 {
        var hash = StableHash()
        hash.combine("site")
        hash.combine(salt)
        hash.combine(pageKeys.count)
        for key in pageKeys { hash.combine(key) }
        for keys in imageKeys {
            hash.combine(keys.count)
            for key in keys { hash.combine(key ?? 0) }
        }
        return hash.value
    }
}
