import CDebriefSwap
import Foundation

/// Writes a site into a staging folder beside `Output/`, then swaps it in with
/// one atomic rename, so `Output/` is never half written. A folder Debrief did
/// not create (no marker file) is never deleted; paths cannot leave the output.
/// Both folders are resolved (made absolute, `..` applied, symlinks followed)
/// before any check, so the checks see the folder that is really replaced.
public struct OutputWriter: Sendable {
    /// Marks a folder as made by Debrief, so it may be replaced.
    public static let marker = ".debrief-output"

    public let output: String
    /// The content folder, which the output may neither be, hold nor lie in.
    public let content: String?

    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// `base` is the folder relative paths start from (default: the working directory).
    public init(output: String, content: String? = nil, relativeTo base: String? = nil) {
        self.output = PathResolver.resolve(output, against: base)
        self.content = content.map { PathResolver.resolve($0, against: base) }
    }

    /// Refuses an output that is, holds or lies inside the content folder: adopting
    /// it would delete the postmortems on the next build.
    func checkApartFromContent() throws {
        guard let content else { return }
        let problem: String
        if output == content {
            problem = "is the content folder"
        } else if PathResolver.contains(output, content) {
            problem = "holds the content folder \(content)"
        } else if PathResolver.contains(content, output) {
            problem = "lies inside the content folder \(content)"
        } else {
            return
        }
        throw WriteError(description: "\(output): error: the output folder \(problem); choose another --output (it is replaced as a whole)")
    }

    var staging: String {
        let parent = (output as NSString).deletingLastPathComponent
        return (parent as NSString).appendingPathComponent("." + (output as NSString).lastPathComponent + ".debrief-staging")
    }

    /// True when `path` may be replaced: missing, empty (but for `.gitkeep`), or made by Debrief.
    static func isReplaceable(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return true }
        guard isDirectory.boolValue else { return false }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return contents.contains(marker) || contents.allSatisfy { $0 == ".gitkeep" || $0 == ".DS_Store" }
    }

    /// The file path for a site-relative page path, refusing anything that would land outside.
    static func resolve(_ relative: String, under root: String) throws -> String {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw WriteError(description: "refusing to write '\(relative)': it would leave the output folder")
        }
        return (root as NSString).appendingPathComponent(relative)
    }

    /// Writes all files (site-relative path → bytes) and swaps them in as `output`.
    /// Every path is checked before the disk is touched, so a bad one writes nothing.
    public func write(_ files: [(path: String, data: Data)]) throws {
        for file in files { _ = try Self.resolve(file.path, under: staging) }
        let session = try begin()
        try session.write(files)
        try session.finish()
    }

    /// Checks the output may be replaced and opens a staging folder for files written as
    /// they are made; ``OutputSession/finish()`` swaps it in. With `keepingStaging` (the
    /// build cache is on), a staging folder Debrief made — the tree the last swap put
    /// aside — is updated in place instead of made anew, and the next swap puts the old
    /// live tree aside again; the session makes it, file for file, what this build writes.
    public func begin(keepingStaging: Bool = false) throws -> OutputSession {
        let fileManager = FileManager.default
        try checkApartFromContent()
        guard Self.isReplaceable(output) else {
            throw WriteError(description: "\(output): error: this folder was not made by Debrief (no \(Self.marker) file); move it away or choose another --output")
        }
        let reusable = keepingStaging && Self.isMarkedFolder(staging)
        if !reusable, fileManager.fileExists(atPath: staging) {
            guard Self.isReplaceable(staging) else {
                throw WriteError(description: "\(staging): error: a folder Debrief did not make is in the way")
            }
            try fileManager.removeItem(atPath: staging)
        }
        if !reusable {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            // Marked first, so a build killed half-way leaves a staging folder the next build may remove.
            try Data().write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(Self.marker)))
        }
        let hasLive = fileManager.fileExists(atPath: (output as NSString).appendingPathComponent(Self.marker))
        return OutputSession(writer: self, root: staging, live: hasLive ? output : nil, reused: reusable, keepsStaging: keepingStaging)
    }

    /// True when `path` is a folder (not a symlink) holding Debrief's marker.
    static func isMarkedFolder(_ path: String) -> Bool {
        guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType, type == .typeDirectory else { return false }
        return FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(marker))
    }

    /// Removes the staging folder a build kept aside, only when Debrief made it; false when there was none.
    @discardableResult
    public func removeStaging() throws -> Bool {
        guard FileManager.default.fileExists(atPath: staging) else { return false }
        guard Self.isMarkedFolder(staging) else { throw WriteError(description: "\(staging): error: a folder Debrief did not make; not removed") }
        try FileManager.default.removeItem(atPath: staging)
        return true
    }

    /// Puts the staging folder at `output`: one atomic exchange where the system
    /// allows it, else two renames; then removes the old site, or with `keepingStaging`
    /// leaves it as the next build's staging folder.
    func swapIn(keepingStaging: Bool = false) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output) {
            if debrief_exchange_paths(staging, output) == 0 {
                if !keepingStaging { try fileManager.removeItem(atPath: staging) }
                return
            }
            let old = staging + "-old"
            if fileManager.fileExists(atPath: old) {
                guard Self.isReplaceable(old) else { throw WriteError(description: "\(old): error: a folder Debrief did not make is in the way") }
                try fileManager.removeItem(atPath: old)
            }
            try fileManager.moveItem(atPath: output, toPath: old)
            try fileManager.moveItem(atPath: staging, toPath: output)
            try fileManager.removeItem(atPath: old)
        } else {
            try fileManager.moveItem(atPath: staging, toPath: output)
        }
    }
}
