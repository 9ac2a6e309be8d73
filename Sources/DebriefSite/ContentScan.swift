import Foundation

/// Finds the postmortems under a content folder without ever leaving it: a
/// symlink is followed only when it resolves inside the folder, and devices,
/// FIFOs, sockets and `/proc` files are never opened (reading them would
/// block, or publish the build's environment).
public enum ContentScan {
    /// A file that was left out, and why.
    public struct Skipped: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    static let extensions = [".md", ".markdown", ".qmd", ".md.erb"]

    /// Markdown files below `root`, sorted, and the ones skipped with a reason.
    public static func markdownFiles(in root: String) -> (files: [String], skipped: [Skipped]) {
        let realRoot = PathResolver.realPath(root) ?? root
        var files: [String] = [], skipped: [Skipped] = []
        var folders = [root]
        while let folder = folders.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where !name.hasPrefix(".") {
                let path = (folder as NSString).appendingPathComponent(name)
                let isMarkdown = extensions.contains { name.lowercased().hasSuffix($0) }
                switch FileKind(path, following: false) {
                case .directory: folders.append(path)
                case .regular: if isMarkdown { files.append(path) }
                case .symlink:
                    guard isMarkdown else { continue }
                    if let reason = refusal(path, inside: realRoot) { skipped.append(Skipped(path: path, reason: reason)) } else { files.append(path) }
                case let other:
                    if isMarkdown { skipped.append(Skipped(path: path, reason: "\(other.description), not a regular file; not read")) }
                }
            }
        }
        return (files.sorted(), skipped.sorted { $0.path < $1.path })
    }

    /// Why `path` must not be read (nil when it may be): not a regular file, under
    /// `/proc`, or (when `root` is given) a link that resolves outside `root`.
    public static func refusal(_ path: String, inside root: String? = nil) -> String? {
        guard let real = PathResolver.realPath(path) else { return "a symlink to nothing (\(readLink(path) ?? "?")); not read" }
        if PathResolver.contains("/proc", real) || PathResolver.contains("/sys", real) {
            return "resolves to \(real), a system file; not read"
        }
        if let root, !PathResolver.contains(root, real) {
            return "a symlink to \(real), outside the content folder; not read"
        }
        let kind = FileKind(real, following: true)
        return kind == .regular ? nil : "\(kind.description), not a regular file; not read"
    }

    private static func readLink(_ path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }
}

/// What kind of file a path names, from lstat(2) / stat(2).
enum FileKind: Equatable, CustomStringConvertible {
    case regular, directory, symlink, fifo, device, socket, missing

    init(_ path: String, following: Bool) {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { self = .missing; return }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symlink
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        default: self = .device
        }
    }

    var description: String {
        switch self {
        case .regular: return "a file"
        case .directory: return "a folder"
        case .symlink: return "a symlink"
        case .fifo: return "a FIFO (named pipe)"
        case .device: return "a device"
        case .socket: return "a socket"
        case .missing: return "missing"
        }
    }
}

/// A file Debrief refuses to open; its description is the reason.
public struct ReadRefusal: Error, LocalizedError, CustomStringConvertible {
    public var description: String
    public var errorDescription: String? { description }
}
