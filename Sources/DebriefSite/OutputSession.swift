import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build's staging folder, open for writing: files are written as they are
/// made (from any thread), and ``finish()`` swaps the folder in as the output.
/// A file whose bytes equal the live output's is hard-linked from it instead of
/// written, so it keeps its modification time; the live output still changes
/// only in the final swap. Dropped without `finish`, the staging folder is removed.
///
/// A *reused* staging folder is the tree an earlier swap put aside: its files may be
/// hard links to the live output's, so a file is never written in place — it is
/// unlinked and made anew (or linked), and one already linked to the live file that
/// is wanted is kept. ``finish()`` then removes every file this build did not place,
/// so the tree swapped in is exactly what the build wrote.
public final class OutputSession: @unchecked Sendable {
    private let writer: OutputWriter
    private let root: String
    /// The live output to reuse unchanged files from; nil when there is none.
    private let live: String?
    private let lock = NSLock()
    private var directories: Set<String> = []
    private var finished = false
    private var counts = (written: 0, unchanged: 0)
    /// True when the staging folder held an earlier tree; then `placed` lists what this build put in it.
    private let reused: Bool
    private let keepsStaging: Bool
    private var placed: Set<String> = []

    /// Files written, and files kept from the live output because their bytes did not change.
    public var written: Int { lock.withLock { counts.written } }
    public var unchanged: Int { lock.withLock { counts.unchanged } }

    init(writer: OutputWriter, root: String, live: String?, reused: Bool = false, keepsStaging: Bool = false) {
        self.writer = writer
        self.root = root
        self.live = live
        self.reused = reused
        self.keepsStaging = keepsStaging
    }

    deinit {
        if !finished { try? FileManager.default.removeItem(atPath: root) }
    }

    /// Writes one site-relative file into the staging folder; a path that would leave it is refused.
    public func write(_ relative: String, _ data: Data) throws {
        let path = try place(relative)
        if let live, Self.sameBytes(live + "/" + relative, data), link(live + "/" + relative, path) == 0 {
            lock.withLock { counts.unchanged += 1 }
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw OutputWriter.WriteError(description: "cannot write \(path): \(error.localizedDescription)")
        }
        lock.withLock { counts.written += 1 }
    }

    /// Links the live output's file at `relative` into the staging folder, unread, when it
    /// still has `stamp` (the last build wrote it and nothing touched it since); false otherwise.
    /// In a reused staging folder, a file that already is that live file is kept as it is.
    func reuse(_ relative: String, stamp: FileStamp) throws -> Bool {
        guard let live, FileStamp(path: live + "/" + relative) == stamp else { return false }
        if reused {
            // Its folders made real first (a symlink there is removed), so the file found is the one in the tree.
            let path = try OutputWriter.resolve(relative, under: root)
            try makeDirectory((path as NSString).deletingLastPathComponent)
            if FileStamp(path: path) == stamp {
                lock.withLock { counts.unchanged += 1; _ = placed.insert(relative) }
                return true
            }
        }
        let path = try place(relative)
        guard link(live + "/" + relative, path) == 0 else { return false }
        lock.withLock { counts.unchanged += 1 }
        return true
    }

    /// The staging path of `relative`, its folder made and, in a reused staging folder, the old file unlinked (never written through).
    private func place(_ relative: String) throws -> String {
        let path = try OutputWriter.resolve(relative, under: root)
        try makeDirectory((path as NSString).deletingLastPathComponent)
        if reused {
            if unlink(path) != 0, errno != ENOENT { try? FileManager.default.removeItem(atPath: path) }
            _ = lock.withLock { placed.insert(relative) }
        }
        return path
    }

    /// The stamp of a file written into the staging folder (it keeps it when swapped in).
    func stamp(_ relative: String) -> FileStamp? { FileStamp(path: root + "/" + relative) }

    /// Writes many files on all cores.
    public func write(_ files: [(path: String, data: Data)]) throws {
        let errors = ParallelMap.map(Array(files.indices)) { index -> Error? in
            do { try self.write(files[index].path, files[index].data) } catch { return error }
            return nil
        }
        if let first = errors.compactMap({ $0 }).first { throw first }
    }

    /// Puts the staging folder in place of the output, in one step.
    public func finish() throws {
        if reused { try StagingTree.prune(root, keeping: lock.withLock { placed }.union([OutputWriter.marker])) }
        try writer.swapIn(keepingStaging: keepsStaging)
        finished = true
    }

    private func makeDirectory(_ directory: String) throws {
        guard !lock.withLock({ directories.contains(directory) }) else { return }
        if !reused || !StagingTree.clearNonFolders(on: directory, below: root) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        _ = lock.withLock { directories.insert(directory) }
    }

    /// True when `path` is a regular file (not a symlink) holding exactly `data`.
    static func sameBytes(_ path: String, _ data: Data) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count else { return false }
        guard let old = FileManager.default.contents(atPath: path) else { return false }
        return old == data
    }
}
