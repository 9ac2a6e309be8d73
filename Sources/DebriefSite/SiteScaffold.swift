import Foundation

/// What `debrief init` lays out: `debrief.yml` with every setting commented at its
/// default, `Content/` with one example postmortem, an empty `Templates/` (overrides
/// only) and a `.gitignore` for the output. It never overwrites a file and refuses a
/// `Content/` that already holds anything.
public enum SiteScaffold {
    /// The disk operations init needs, as closures (tests use a dictionary).
    public struct Disk: Sendable {
        /// Names in a folder, or nil when there is no such folder.
        public var list: @Sendable (String) -> [String]?
        public var exists: @Sendable (String) -> Bool
        public var makeDirectory: @Sendable (String) throws -> Void
        /// Writes a new file; throws when it already exists.
        public var create: @Sendable (String, Data) throws -> Void

        public init(list: @escaping @Sendable (String) -> [String]?, exists: @escaping @Sendable (String) -> Bool,
                    makeDirectory: @escaping @Sendable (String) throws -> Void, create: @escaping @Sendable (String, Data) throws -> Void) {
            self.list = list
            self.exists = exists
            self.makeDirectory = makeDirectory
            self.create = create
        }

        public static let real = Disk(
            list: { try? FileManager.default.contentsOfDirectory(atPath: $0) },
            exists: { FileManager.default.fileExists(atPath: $0) },
            makeDirectory: { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: true) },
            create: { try $1.write(to: URL(fileURLWithPath: $0), options: .withoutOverwriting) }
        )
    }

    /// Why init stopped.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The example postmortem's file name under `Content/`.
    public static let exampleName = "2024-07-15-checkout-latency.md"

    /// `.gitignore`: the built site (and a future build cache) are outputs, not sources.
    public static let gitignore = "# Built by `debrief build`; not a source.\nOutput/\n.debrief-cache/\n"

    /// Files relative to the site folder, in the order they are written.
    public static var files: [(path: String, text: String)] {
        [("debrief.yml", SiteSetting.commentedFile), (".gitignore", gitignore), ("Content/" + exampleName, ExamplePostmortem.text)]
    }

    /// Lays the site out in `site`; returns what it did, one line each ("created debrief.yml", "kept .gitignore").
    public static func create(in site: String, disk: Disk = .real) throws -> [String] {
        let content = (site as NSString).appendingPathComponent("Content")
        if let names = disk.list(content), names.contains(where: { !$0.hasPrefix(".") }) {
            throw Refusal(description: "\(content): error: Content/ already holds postmortems; init only starts new sites (nothing was written)")
        }
        var done: [String] = []
        for folder in ["", "Content", "Templates"] {
            try disk.makeDirectory(folder.isEmpty ? site : (site as NSString).appendingPathComponent(folder))
        }
        for (relative, text) in files {
            let path = (site as NSString).appendingPathComponent(relative)
            if disk.exists(path) {
                done.append("kept \(relative) (already there)")
                continue
            }
            try disk.create(path, Data(text.utf8))
            done.append("created \(relative)")
        }
        done.append("created Templates/ (empty: put NAME.mustache, style.css or archetypes/NAME.md here to override the built-in ones)")
        return done
    }
}
