import Foundation

/// What the last build wrote into one output folder: for each page it could key, the
/// key of what the page was made from and the stamp of the file it became. A page whose
/// key is unchanged and whose live file still has that stamp is linked from the live
/// output into the new one without being rendered or read (``PageReuse``).
struct OutputManifest: Sendable {
    struct Page: Sendable, Equatable {
        var key: UInt64
        /// An aggregate page's second key, from the view it showed (``PreparedPage/key(salt:)``); 0 for other pages.
        var view: UInt64 = 0
        var stamp: FileStamp
    }

    /// Output path (resolved) it describes; a manifest of another folder is not used.
    var output: String
    var pages: [String: Page] = [:]
    /// The site key of the build that wrote it (``CacheKeys/siteKey(salt:pageKeys:imageKeys:)``).
    var siteKey: UInt64 = 0
    /// True when every file that build wrote is in `pages`: then, under the same site key,
    /// the live output is the whole of what a build would write.
    var complete = false

    init(output: String) { self.output = output }

    /// True when the live output at `live` is, file for file, what this manifest says a build under `siteKey` writes.
    func describesLive(_ live: String, siteKey: UInt64) -> Bool {
        guard complete, self.siteKey == siteKey, FileManager.default.fileExists(atPath: live + "/" + OutputWriter.marker) else { return false }
        return pages.allSatisfy { FileStamp(path: live + "/" + $0.key) == $0.value.stamp }
    }

    func sealed() -> Data {
        var out = CacheWriter(capacity: 64 + pages.count * 96)
        out.write(output)
        out.write(siteKey)
        out.write(complete)
        out.write(pages.sorted { $0.key < $1.key }) { out, pair in
            out.write(pair.key); out.write(pair.value.key); out.write(pair.value.view); pair.value.stamp.write(to: &out)
        }
        return CacheFrame.seal(out, kind: .manifest)
    }

    init?(sealed data: Data, output: String) {
        guard var input = CacheFrame.open(data, kind: .manifest), (try? input.string()) == output,
              let siteKey = try? input.uint64(), let complete = try? input.bool(),
              let pairs = try? input.array({ input in (try input.string(), Page(key: try input.uint64(), view: try input.uint64(), stamp: try FileStamp.read(&input))) }),
              input.isAtEnd else { return nil }
        self.output = output
        self.siteKey = siteKey
        self.complete = complete
        self.pages = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
}
