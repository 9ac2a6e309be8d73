import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// The file system as a value of closures, so the pipeline can be tested
/// without disk and I/O stays at the edges.
public struct FileSystem: Sendable {
    public var read: @Sendable (String) throws -> Data
    public var list: @Sendable (String) throws -> [String]
    public var exists: @Sendable (String) -> Bool
    /// Date of the first git commit that added the file, when the file is in a git repository.
    public var firstCommitDate: @Sendable (String) -> LocalDate?
    public var modificationDate: @Sendable (String) -> LocalDate?
    /// A regular file's size in bytes, or nil (missing, or not a regular file).
    public var size: @Sendable (String) -> Int? = { _ in nil }

    public init(read: @escaping @Sendable (String) throws -> Data, list: @escaping @Sendable (String) throws -> [String],
                exists: @escaping @Sendable (String) -> Bool, firstCommitDate: @escaping @Sendable (String) -> LocalDate? = { _ in nil },
                modificationDate: @escaping @Sendable (String) -> LocalDate? = { _ in nil },
                size: @escaping @Sendable (String) -> Int? = { _ in nil }) {
        self.size = size
        self.read = read
        self.list = list
        self.exists = exists
        self.firstCommitDate = firstCommitDate
        self.modificationDate = modificationDate
    }

    /// The real disk.
    public static let disk = FileSystem(
        read: { path in
            // A FIFO would block, a device never end, and /proc holds the build's secrets.
            if let reason = ContentScan.refusal(path) { throw ReadRefusal(description: reason) }
            return try Data(contentsOf: URL(fileURLWithPath: path))
        },
        // Markdown files below `path`, sorted; symlinks out of it and special files are left out.
        list: { ContentScan.markdownFiles(in: $0).files },
        exists: { FileManager.default.fileExists(atPath: $0) },
        firstCommitDate: { GitHistory.system.firstCommitDate(of: $0) },
        modificationDate: { path in
            guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
            return LocalDate(date, offsetSeconds: 0)
        },
        size: { path in
            guard ContentScan.refusal(path) == nil, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
            return (attributes[.size] as? NSNumber)?.intValue
        }
    )
}

extension Process {
    /// Standard output of a program found on PATH, or nil when it fails or is missing.
    static func output(_ program: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
