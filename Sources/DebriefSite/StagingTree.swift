import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file tree of a reused staging folder (see ``OutputSession``), walked without
/// following symlinks: what is not wanted is removed, and nothing in it can lead a
/// write out of the folder.
enum StagingTree {
    /// Relative paths below `root`: every entry that is not a folder, and every folder (each before what it holds).
    static func walk(_ root: String) -> (files: [String], folders: [String]) {
        var files: [String] = [], folders: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            guard let dir = opendir(relative.isEmpty ? root : root + "/" + relative) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name != ".", name != ".." else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                if isFolder(root + "/" + path, type: entry.pointee.d_type) {
                    folders.append(path)
                    pending.append(path)
                } else {
                    files.append(path)
                }
            }
        }
        return (files, folders)
    }

    /// Removes every entry below `root` that is not in `keep` (site-relative file paths), then every folder left empty,
    /// deepest first. What each folder holds is counted from the walk, so only a folder left with nothing is removed
    /// (not an `rmdir` tried on every folder of the tree).
    static func prune(_ root: String, keeping keep: Set<String>) throws {
        let tree = walk(root)
        var held: [String: Int] = [:]  // folder → entries the walk found in it ("" is the root)
        for path in tree.files + tree.folders { held[parent(of: path), default: 0] += 1 }
        for file in tree.files where !keep.contains(file) {
            guard unlink(root + "/" + file) == 0 || errno == ENOENT else {
                throw OutputWriter.WriteError(description: "cannot remove \(root)/\(file) from the staging folder: \(String(cString: strerror(errno)))")
            }
            held[parent(of: file), default: 1] -= 1
        }
        for folder in tree.folders.sorted(by: { $0.utf8.count > $1.utf8.count }) where held[folder, default: 0] == 0 {
            if rmdir(root + "/" + folder) == 0 { held[parent(of: folder), default: 1] -= 1 }
        }
    }

    /// The folder a walk path is in ("" for the root).
    private static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Makes sure no part of `directory` below `root` is a file or a symlink (removed if so), so the folders made
    /// there stay inside. True when every part already is a real folder (nothing to make).
    @discardableResult
    static func clearNonFolders(on directory: String, below root: String) -> Bool {
        guard directory.hasPrefix(root + "/") else { return directory == root }
        var path = root
        for part in directory.dropFirst(root.count + 1).split(separator: "/") {
            path += "/" + part
            var info = stat()
            guard lstat(path, &info) == 0 else { return false }
            if (info.st_mode & S_IFMT) != S_IFDIR {
                unlink(path)
                return false
            }
        }
        return true
    }

    private static func isFolder(_ path: String, type: UInt8) -> Bool {
        if type == UInt8(DT_DIR) { return true }
        guard type == UInt8(DT_UNKNOWN) else { return false }
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
