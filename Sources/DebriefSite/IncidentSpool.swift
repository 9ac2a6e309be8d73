import DebriefModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Full reads set aside between the read phase and the incident's page: the incident as
/// read (timeline, section texts, the reader's explanations) and its body HTML, in the
/// cache's byte format, so memory holds only ``IncidentSummary``s of a whole site.
///
/// They go to a file with no name: made beside the output folder (where the staging
/// folder goes too) and unlinked at once, so nothing is left there, even by a crash,
/// and the system frees it when the build ends. Where no such file can be made or
/// written (a read-only folder, a full disk), reads are kept in memory instead.
final class IncidentSpool: @unchecked Sendable {
    /// Where one read was put.
    enum Ref: Sendable {
        case file(offset: Int, count: Int)
        case memory(Int)
        /// Not in the spool: in the cache's entry of the postmortem at `path` sealed with `checksum` (``EntryReads``).
        case entry(path: String, display: String, checksum: UInt64)
    }

    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    private let lock = NSLock()
    private let descriptor: Int32
    private var end = 0
    private var kept: [[UInt8]] = []

    /// Where ``Ref/entry(path:display:checksum:)`` reads are taken from; nil without a cache.
    let entries: EntryReads?

    /// A spool in a nameless file in `folder`; `folder: nil` keeps everything in memory.
    init(beside folder: String?, entries: EntryReads? = nil) {
        descriptor = folder.map(Self.namelessFile) ?? -1
        self.entries = entries
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// True when reads go to a file (else they are kept in memory).
    var isOnDisk: Bool { descriptor >= 0 }

    /// A file made in `folder` and unlinked at once, open for reading and writing; -1 when none could be made.
    private static func namelessFile(in folder: String) -> Int32 {
        var template = Array((folder as NSString).appendingPathComponent(".debrief-spool.XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return -1 }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }

    /// Sets `loaded` aside. `encoded` is ``IncidentCoding``'s bytes of its incident; the body follows them.
    func put(_ loaded: LoadedIncident, encoded: CacheWriter) -> Ref {
        var out = encoded
        out.write(loaded.bodyHTML)
        let bytes = out.bytes
        if descriptor >= 0 {
            let offset: Int = lock.withLock {
                defer { end += bytes.count }
                return end
            }
            if Self.write(bytes, to: descriptor, at: offset) { return .file(offset: offset, count: bytes.count) }
        }
        return lock.withLock {
            kept.append(bytes)
            return .memory(kept.count - 1)
        }
    }

    /// The read put at `ref`, as it was read; one left in the cache must have these keys (``IncidentSummary/keys(of:)``).
    func take(_ ref: Ref, readKey: UInt64 = 0, bodyKey: UInt64 = 0) throws -> LoadedIncident {
        let bytes: [UInt8]
        switch ref {
        case .memory(let index): bytes = lock.withLock { kept[index] }
        case .file(let offset, let count): bytes = try Self.read(count, from: descriptor, at: offset)
        case .entry(let path, let display, let checksum):
            guard let entries else { throw Unreadable(description: "\(display): the build cache is not open") }
            return try entries.take(path: path, display: display, checksum: checksum, keys: (readKey, bodyKey))
        }
        var input = CacheReader(bytes)
        do {
            let incident = try IncidentCoding.read(&input)
            let body = try input.string()
            return LoadedIncident(incident: incident, bodyHTML: body)
        } catch {
            throw Unreadable(description: "the build's spool of read postmortems is damaged")
        }
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, at offset: Int) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let wrote = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if wrote < 0, errno == EINTR { continue }
                guard wrote > 0 else { return false }
                done += wrote
            }
            return true
        }
    }

    private static func read(_ count: Int, from descriptor: Int32, at offset: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let complete = bytes.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < count {
                let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { return false }
                done += got
            }
            return true
        }
        guard complete else { throw Unreadable(description: "cannot read back the build's spool of read postmortems: \(String(cString: strerror(errno)))") }
        return bytes
    }
}
