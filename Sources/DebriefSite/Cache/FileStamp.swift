import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `lstat` says of a regular file — device, inode, size and modification time to
/// the nanosecond — so a page the last build wrote can be known unchanged without
/// reading it. Writing a file in place or replacing it changes its stamp.
struct FileStamp: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var seconds: Int
    var nanoseconds: Int

    /// The stamp of a regular file (not a symlink), or nil.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        #if canImport(Darwin)
        seconds = Int(info.st_mtimespec.tv_sec)
        nanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
    }

    init(device: UInt64, inode: UInt64, size: Int, seconds: Int, nanoseconds: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    func write(to out: inout CacheWriter) {
        out.write(device); out.write(inode); out.write(size); out.write(seconds); out.write(nanoseconds)
    }

    static func read(_ input: inout CacheReader) throws -> FileStamp {
        FileStamp(device: try input.uint64(), inode: try input.uint64(), size: try input.int(), seconds: try input.int(), nanoseconds: try input.int())
    }
}
